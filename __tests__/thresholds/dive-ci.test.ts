import { describe, expect, it } from 'vitest';
import type { DiveFigures } from '../../src/analysis/types.js';
import { UserError } from '../../src/errors.js';
import { DEFAULT_DIVE_RULES, evaluateDiveRules, parseDiveCi } from '../../src/thresholds/dive-ci.js';

const figures = (efficiency: number, wastedBytes: number, userWastedRatio: number | null): DiveFigures => ({
  efficiency,
  wastedBytes,
  userWastedRatio,
  sizeBytes: 0,
  userSizeBytes: 0,
  inefficiencies: [],
});

describe('parseDiveCi', () => {
  it("keeps dive's defaults for what the file does not set", () => {
    expect(DEFAULT_DIVE_RULES).toEqual({
      lowestEfficiency: 0.9,
      highestWastedBytes: null,
      highestUserWastedPercent: 0.1,
    });
    expect(parseDiveCi('', '.dive-ci')).toEqual(DEFAULT_DIVE_RULES);
    expect(parseDiveCi('rules:\n  lowestEfficiency: 0.95\n', '.dive-ci')).toEqual({
      ...DEFAULT_DIVE_RULES,
      lowestEfficiency: 0.95,
    });
  });

  it('reads byte units and switches rules off', () => {
    const rules = parseDiveCi(
      ['rules:', '  lowestEfficiency: disabled', '  highestWastedBytes: 20MB', '  highestUserWastedPercent: off'].join(
        '\n',
      ),
      '.dive-ci',
    );
    expect(rules).toEqual({ lowestEfficiency: null, highestWastedBytes: 20_000_000, highestUserWastedPercent: null });
    expect(parseDiveCi('rules:\n  highestWastedBytes: 2MiB\n', 'f').highestWastedBytes).toBe(2_097_152);
    for (const off of ['""', 'false', 'off', 'disabled', '']) {
      expect(parseDiveCi(`rules:\n  highestUserWastedPercent: ${off}\n`, 'f').highestUserWastedPercent).toBeNull();
    }
  });

  it.each([
    ['rules:\n  lowestEfficiency: 1.5\n', /ci\.yml: rule lowestEfficiency must be a ratio between 0 and 1/],
    ['rules:\n  highestUserWastedPercent: 20%\n', /rule highestUserWastedPercent must be a ratio.*"20%"/],
    ['rules:\n  lowestEfficiency: high\n', /rule lowestEfficiency must be a ratio/],
    ['rules:\n  highestWastedBytes: lots\n', /ci\.yml: rule highestWastedBytes: "lots" is not a size/],
    ['rules:\n  lowestEfficency: 0.9\n', /ci\.yml: unknown rule "lowestEfficency"/],
    ['rules: [1, 2]\n', /"rules" must be a mapping/],
    ['rules:\n  a: [\n', /ci\.yml is not valid YAML/],
  ])('rejects %j naming the file and the rule', (text, message) => {
    expect(() => parseDiveCi(text, 'ci.yml')).toThrow(UserError);
    expect(() => parseDiveCi(text, 'ci.yml')).toThrow(message);
  });
});

describe('evaluateDiveRules', () => {
  const all = { lowestEfficiency: 0.9, highestWastedBytes: 1000, highestUserWastedPercent: 0.1 };

  it('passes at exactly the limits, as dive does', () => {
    const results = evaluateDiveRules(figures(0.9, 1000, 0.1), all);
    expect(results.map((r) => [r.rule, r.passed])).toEqual([
      ['lowestEfficiency', true],
      ['highestWastedBytes', true],
      ['highestUserWastedPercent', true],
    ]);
  });

  it('fails each rule just past its limit, with the figures in the message', () => {
    const results = evaluateDiveRules(figures(0.8999, 1001, 0.1001), all);
    expect(results.map((r) => r.passed)).toEqual([false, false, false]);
    expect(results[0]).toMatchObject({ limit: 0.9, actual: 0.8999 });
    expect(results[0]!.message).toBe('image efficiency 0.8999 is below the lowest allowed 0.9');
    expect(results[1]!.message).toBe('wasted bytes 1.00 kB (1001) exceed the highest allowed 1.00 kB (1000)');
    expect(results[2]!.message).toBe('user wasted percent 10.01% exceeds the highest allowed 10%');
  });

  it('never fails on a missing user-wasted ratio and evaluates only enabled rules', () => {
    const results = evaluateDiveRules(figures(1, 0, null), DEFAULT_DIVE_RULES);
    expect(results.map((r) => [r.rule, r.passed, r.actual])).toEqual([
      ['lowestEfficiency', true, 1],
      ['highestUserWastedPercent', true, null],
    ]);
  });
});
