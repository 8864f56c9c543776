import { describe, expect, it } from 'vitest';
import { parseThresholds } from '../../src/thresholds/parse.js';

describe('parseThresholds', () => {
  it('leaves every limit unset by default, measuring compressed sizes and failing on errors', () => {
    expect(parseThresholds({})).toEqual({
      maxSize: null,
      maxIncrease: null,
      maxIncreasePercent: null,
      maxLayerIncrease: null,
      warnIncrease: null,
      warnIncreasePercent: null,
      minEfficiency: null,
      maxWastedBytes: null,
      maxUserWastedPercent: null,
      maxLayers: null,
      sizeMetric: 'compressed',
      failOn: 'error',
    });
  });

  it('reads sizes, percentages and ratios as users write them', () => {
    const t = parseThresholds({
      'max-size': '250MB',
      'max-increase': '10 MiB',
      'max-increase-percent': '5%',
      'max-layer-increase': '1GB',
      'warn-increase': '512kB',
      'warn-increase-percent': '2.5',
      'min-efficiency': '90%',
      'max-wasted-bytes': '20MB',
      'max-user-wasted-percent': '10 %',
      'max-layers': '12',
      'size-metric': 'uncompressed',
      'fail-on': 'warning',
    });
    expect(t).toEqual({
      maxSize: 250_000_000,
      maxIncrease: 10_485_760,
      maxIncreasePercent: 5,
      maxLayerIncrease: 1_000_000_000,
      warnIncrease: 512_000,
      warnIncreasePercent: 2.5,
      minEfficiency: 0.9,
      maxWastedBytes: 20_000_000,
      maxUserWastedPercent: 10,
      maxLayers: 12,
      sizeMetric: 'uncompressed',
      failOn: 'warning',
    });
    expect(parseThresholds({ 'min-efficiency': '0.95' }).minEfficiency).toBe(0.95);
  });

  it.each([
    [{ 'max-size': '250 MBs' }, /^Input "max-size": "250 MBs" is not a size/],
    [{ 'max-increase-percent': 'five' }, /^Input "max-increase-percent" is "five": write a percentage/],
    [{ 'min-efficiency': '95' }, /^Input "min-efficiency" is "95": write a ratio from 0 to 1 \(0.9\) or a percentage/],
    [{ 'size-metric': 'disk' }, /^Input "size-metric" is "disk": use one of compressed, uncompressed$/],
    [{ 'max-layers': '2.5' }, /^Input "max-layers" is "2.5": write a whole number of layers, such as 20$/],
    [{ 'max-layers': '0' }, /^Input "max-layers" is "0": write a whole number of layers/],
    [{ 'fail-on': 'always' }, /^Input "fail-on" is "always": use one of error, warning, never$/],
  ])('refuses %j with a message naming the input', (text, message) => {
    expect(() => parseThresholds(text)).toThrow(message);
  });
});
