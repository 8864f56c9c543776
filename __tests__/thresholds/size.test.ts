import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseSize } from '../../src/thresholds/size.js';

describe('parseSize', () => {
  it.each([
    ['0', 0],
    ['1234', 1234],
    ['512B', 512],
    ['512 B', 512],
    ['1kB', 1000],
    ['1KB', 1000],
    ['250MB', 250_000_000],
    ['250 mb', 250_000_000],
    ['1.5GB', 1_500_000_000],
    ['1KiB', 1024],
    ['10 MiB', 10_485_760],
    ['2GiB', 2_147_483_648],
    ['0.5MiB', 524_288],
    [' 3 MB ', 3_000_000],
  ])('%j is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'MB', '-1MB', '10 MBs', '10 Mb/s', 'ten', '1e6', '1,5MB', '10 XB'])('%j is refused', (text) => {
    expect(() => parseSize(text)).toThrow(UserError);
    expect(() => parseSize(text)).toThrow(/is not a size: write a number of bytes/);
  });
});
