import { describe, expect, it } from 'vitest';
import { formatBandwidth, formatSeconds, parseBandwidth } from '../../src/report/format.js';

describe('link speeds and durations', () => {
  it.each([
    ['100Mbit/s', 100e6],
    ['1 Gbit/s', 1e9],
    ['500kbit/s', 500e3],
    ['50MB/s', 400e6],
    ['2.5 Gbps', 2.5e9],
  ])('reads %s as %d bit/s', (text, bits) => {
    expect(parseBandwidth(text)).toBe(bits);
  });

  it.each(['fast', '100', '0Mbit/s', '10 MiB/s'])('refuses %s', (text) => {
    expect(parseBandwidth(text)).toBeNull();
  });

  it('writes speeds and times as a person reads them', () => {
    expect(formatBandwidth(100e6)).toBe('100 Mbit/s');
    expect(formatBandwidth(2.5e9)).toBe('2.5 Gbit/s');
    expect(formatSeconds(0.01)).toBe('under 0.1 s');
    expect(formatSeconds(2.048)).toBe('2 s');
    expect(formatSeconds(42.4)).toBe('42 s');
    expect(formatSeconds(125)).toBe('2 min 5 s');
  });
});
