import { describe, expect, it } from 'vitest';
import { BUILD, DOCKERFILE, baselineApp, baselineOf, grownApp, shrunkApp } from '../../__fixtures__/scenarios.js';
import { compare } from '../../src/compare/compare.js';
import { describeThresholds, evaluate, type Thresholds } from '../../src/thresholds/evaluate.js';

const grown = compare([grownApp()], BUILD, [baselineOf(baselineApp())], { dockerfile: DOCKERFILE });
const none: Thresholds = { sizeMetric: 'compressed', failOn: 'error' };

// Grown vs baseline, worked out by hand from the fixture: compressed 59,501,000 → 74,601,000
// (+15,100,000, +25.378 %); uncompressed 172,004,000 → 212,504,000 (+40,500,000, +23.546 %). The apt
// step is a new layer of 25 MB compressed / 70 MB uncompressed on Dockerfile line 3. Efficiency 0.97,
// 3 MB wasted, 2.5 % of the user layers.
describe('evaluate', () => {
  it.each<[string, Partial<Thresholds>, string[], string]>([
    ['nothing set', {}, [], 'pass'],
    ['max-size under', { maxSize: 100_000_000 }, [], 'pass'],
    [
      'max-size over',
      { maxSize: 70_000_000 },
      ['max-size: linux/amd64 compressed size is 74.6 MB, limit 70.0 MB'],
      'fail',
    ],
    [
      'max-size on uncompressed',
      { maxSize: 200_000_000, sizeMetric: 'uncompressed' },
      ['max-size: linux/amd64 uncompressed size is 213 MB, limit 200 MB'],
      'fail',
    ],
    [
      'max-increase',
      { maxIncrease: 10_000_000 },
      ['max-increase: linux/amd64 compressed size grew by +15.1 MB, limit +10.0 MB'],
      'fail',
    ],
    ['max-increase not crossed', { maxIncrease: 15_100_000 }, [], 'pass'],
    [
      'max-increase-percent',
      { maxIncreasePercent: 20 },
      ['max-increase-percent: linux/amd64 compressed size grew by +25.38 %, limit +20 %'],
      'fail',
    ],
    [
      'warn-increase',
      { warnIncrease: 5_000_000 },
      ['warn-increase: linux/amd64 compressed size grew by +15.1 MB, limit +5.00 MB'],
      'warn',
    ],
    [
      'warn-increase-percent',
      { warnIncreasePercent: 25 },
      ['warn-increase-percent: linux/amd64 compressed size grew by +25.38 %, limit +25 %'],
      'warn',
    ],
    [
      'max over warn: only the error',
      { maxIncrease: 10_000_000, warnIncrease: 1_000_000 },
      ['max-increase: linux/amd64 compressed size grew by +15.1 MB, limit +10.0 MB'],
      'fail',
    ],
    [
      'max-layer-increase',
      { maxLayerIncrease: 20_000_000 },
      ['max-layer-increase: linux/amd64 layer 1 (Dockerfile line 3) compressed size grew by +25.0 MB, limit +20.0 MB'],
      'fail',
    ],
    ['min-efficiency', { minEfficiency: 0.98 }, ['min-efficiency: linux/amd64 efficiency is 97 %, limit 98 %'], 'fail'],
    [
      'max-wasted-bytes',
      { maxWastedBytes: 2_000_000 },
      ['max-wasted-bytes: linux/amd64 wasted bytes are 3.00 MB, limit 2.00 MB'],
      'fail',
    ],
    [
      'max-user-wasted-percent',
      { maxUserWastedPercent: 2 },
      ['max-user-wasted-percent: linux/amd64 wasted bytes are 2.5 %, limit 2 % of the user layers'],
      'fail',
    ],
    ['max-layers', { maxLayers: 4 }, ['max-layers: linux/amd64 has 5 layers, limit 4'], 'fail'],
    ['max-layers not crossed', { maxLayers: 5 }, [], 'pass'],
    [
      'fail-on warning makes a warning fail',
      { warnIncrease: 5_000_000, failOn: 'warning' },
      ['warn-increase: linux/amd64 compressed size grew by +15.1 MB, limit +5.00 MB'],
      'fail',
    ],
    [
      'fail-on never reports but passes',
      { maxIncrease: 10_000_000, failOn: 'never' },
      ['max-increase: linux/amd64 compressed size grew by +15.1 MB, limit +10.0 MB'],
      'warn',
    ],
  ])('%s', (_name, limits, messages, result) => {
    const v = evaluate(grown, { ...none, ...limits });
    expect(v.crossings.map((c) => c.message)).toEqual(messages);
    expect(v.result).toBe(result);
    expect(v.failed).toBe(result === 'fail');
  });

  it('shows exact bytes when the rounded sizes would look the same', () => {
    const v = evaluate(grown, { ...none, maxSize: 74_600_000 });
    expect(v.crossings[0]!.message).toBe('max-size: linux/amd64 compressed size is 74601000 B, limit 74600000 B');
  });

  it('points the layer threshold at its layer and Dockerfile line', () => {
    const [c] = evaluate(grown, { ...none, maxLayerIncrease: 1_000_000 }).crossings;
    expect(c).toMatchObject({ threshold: 'max-layer-increase', level: 'error', layer: 1, line: 3 });
  });

  it('a shrinking image crosses no increase threshold', () => {
    const shrunk = compare([shrunkApp()], null, [baselineOf(baselineApp())]);
    const v = evaluate(shrunk, { ...none, maxIncrease: 0, maxIncreasePercent: 0, maxLayerIncrease: 0 });
    expect(v).toEqual({ result: 'pass', crossings: [], failed: false, acceptedBy: null });
  });

  it('without a baseline only the absolute limits apply, and the result says no-baseline', () => {
    const first = compare([grownApp()], null, null);
    expect(evaluate(first, { ...none, maxIncrease: 0, maxIncreasePercent: 0 }).result).toBe('no-baseline');
    expect(evaluate(first, { ...none, maxSize: 1 }).result).toBe('fail');
  });

  it('fails on a failed .dive-ci rule, one line each', () => {
    const v = evaluate(grown, none, [
      {
        platform: 'linux/amd64',
        rule: 'lowestEfficiency',
        failed: true,
        message: 'image efficiency 0.97 is below the lowest allowed 0.98',
      },
      { platform: 'linux/amd64', rule: 'highestWastedBytes', failed: false, message: 'wasted bytes 3.00 MB within' },
    ]);
    expect(v.crossings.map((c) => c.message)).toEqual([
      'dive-ci lowestEfficiency: linux/amd64 image efficiency 0.97 is below the lowest allowed 0.98',
    ]);
    expect(v.result).toBe('fail');
  });

  it('on a baseline run, growth warns while budgets still fail; baseline-increase: fail keeps growth failing', () => {
    const limits: Thresholds = { ...none, maxIncrease: 10_000_000, maxLayerIncrease: 1_000_000, maxSize: 70_000_000 };
    const levels = (v: ReturnType<typeof evaluate>) => v.crossings.map((c) => `${c.threshold} ${c.level}`);
    const warned = evaluate(grown, limits, [], { baselineIncrease: 'warn' });
    expect(levels(warned)).toEqual(['max-size error', 'max-increase warning', 'max-layer-increase warning']);
    expect(warned.result).toBe('fail');
    expect(evaluate(grown, { ...limits, maxSize: null }, [], { baselineIncrease: 'warn' }).result).toBe('warn');
    const strict = evaluate(grown, limits, [], { baselineIncrease: 'fail' });
    expect(levels(strict)).toEqual(['max-size error', 'max-increase error', 'max-layer-increase error']);
  });

  it('an accept label turns every failing crossing into a warning and is named in the verdict', () => {
    const v = evaluate(grown, { ...none, maxIncrease: 10_000_000, maxLayers: 2 }, [], {
      acceptedBy: 'image-size-accepted',
    });
    expect(v.crossings.map((c) => c.level)).toEqual(['warning', 'warning']);
    expect(v).toMatchObject({ result: 'warn', failed: false, acceptedBy: 'image-size-accepted' });
    // Nothing to accept: the label is not mentioned.
    expect(evaluate(grown, none, [], { acceptedBy: 'image-size-accepted' }).acceptedBy).toBeNull();
  });

  it('names the thresholds in force for the footer', () => {
    expect(describeThresholds({ ...none, maxSize: 250_000_000, maxIncreasePercent: 5, minEfficiency: 0.9 })).toEqual([
      'max-size 250 MB',
      'max-increase-percent 5 %',
      'min-efficiency 90 %',
    ]);
  });
});
