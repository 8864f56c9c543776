import { describe, expect, it } from 'vitest';
import { analysis } from '../../__fixtures__/analysis.js';
import { diveOutcomes } from '../../src/action/report.js';
import { compare } from '../../src/compare/compare.js';
import { parseDiveCi } from '../../src/thresholds/dive-ci.js';
import { evaluate } from '../../src/thresholds/evaluate.js';

describe('dive-ci-config', () => {
  it("fails the verdict with one line per failed .dive-ci rule, per platform, in dive's words", () => {
    const layers = [{ instruction: null, compressed: 10, uncompressed: 20 }];
    const images = [
      analysis({
        platform: 'linux/amd64',
        layers,
        dive: { efficiency: 0.8, wastedBytes: 5_000_000, userWastedRatio: 0.3 },
      }),
      analysis({ platform: 'linux/arm64', layers, dive: { efficiency: 0.95, wastedBytes: 0, userWastedRatio: 0 } }),
    ];
    const rules = parseDiveCi(
      'rules:\n  lowestEfficiency: 0.9\n  highestWastedBytes: 1MB\n  highestUserWastedPercent: 0.2\n',
      '.dive-ci',
    );
    const verdict = evaluate(
      compare(images, null, null),
      { sizeMetric: 'compressed', failOn: 'error' },
      diveOutcomes(images, rules),
    );
    expect(verdict.result).toBe('fail');
    expect(verdict.crossings.map((c) => c.message)).toEqual([
      'dive-ci lowestEfficiency: linux/amd64 image efficiency 0.8 is below the lowest allowed 0.9',
      'dive-ci highestWastedBytes: linux/amd64 wasted bytes 5.00 MB (5000000) exceed the highest allowed 1.00 MB (1000000)',
      'dive-ci highestUserWastedPercent: linux/amd64 user wasted percent 30% exceeds the highest allowed 20%',
    ]);
  });
});
