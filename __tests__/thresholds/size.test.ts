import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseSize } from '../../src/thresholds/size.js';

describe('parseSize', () => {
  it.each([
    ['0', 0],
    ['1234', 1234],
    ['17B', 17],
    ['20kB', 20_000],
    ['20 KB', 20_000],
    ['20MB', 20_000_000],
    ['1.5GB', 1_500_000_000],
    ['1KiB', 1024],
    ['20MiB', 20_971_520],
    ['2 GiB', 2_147_483_648],
    [' 3 mb ', 3_000_000],
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'MB', '-5MB', '5 XB', '5 MB extra', 'ten', '1,000'])('rejects %j with a UserError', (text) => {
    expect(() => parseSize(text)).toThrow(UserError);
    expect(() => parseSize(text)).toThrow(/is not a size/);
  });
});
