/**
 * dive's CI rules (`dive --ci` with a `.dive-ci` file), evaluated the way dive evaluates them, so a
 * team's existing thresholds carry over unchanged. Pure: the caller reads the file.
 */
import { parse } from 'yaml';
import type { DiveFigures } from '../analysis/types.js';
import { UserError } from '../errors.js';
import { formatBytes } from '../report/format.js';
import { parseSize } from './size.js';

export interface DiveRules {
  /** Fails when this is greater than the efficiency (a ratio in [0, 1]). */
  lowestEfficiency: number | null;
  /** Fails when wasted bytes exceed this. */
  highestWastedBytes: number | null;
  /** Fails when wasted bytes / user layer bytes exceeds this ratio in [0, 1]. */
  highestUserWastedPercent: number | null;
}

/** dive's defaults when a rule is not configured. */
export const DEFAULT_DIVE_RULES: DiveRules = {
  lowestEfficiency: 0.9,
  highestWastedBytes: null,
  highestUserWastedPercent: 0.1,
};

export interface DiveRuleResult {
  rule: keyof DiveRules;
  limit: number;
  actual: number | null;
  passed: boolean;
  message: string;
}

const RULES = Object.keys(DEFAULT_DIVE_RULES) as (keyof DiveRules)[];
const OFF = new Set(['', 'disabled', 'off', 'false']);

/** The rules a `.dive-ci` YAML document sets, over dive's defaults. `file` names it in errors. */
export function parseDiveCi(text: string, file: string): DiveRules {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    throw new UserError(`${file} is not valid YAML (${reason}): fix it or point to another dive CI file`);
  }
  const rules: DiveRules = { ...DEFAULT_DIVE_RULES };
  if (doc === null || doc === undefined) return rules;
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UserError(`${file} must be a YAML mapping with a "rules:" section, as dive's .dive-ci is`);
  }
  const section = (doc as Record<string, unknown>).rules;
  if (section === null || section === undefined) return rules;
  if (typeof section !== 'object' || Array.isArray(section)) {
    throw new UserError(`${file}: "rules" must be a mapping of ${RULES.join(', ')}`);
  }
  for (const [name, value] of Object.entries(section as Record<string, unknown>)) {
    if (!RULES.includes(name as keyof DiveRules)) {
      throw new UserError(`${file}: unknown rule "${name}"; dive's rules are ${RULES.join(', ')}`);
    }
    rules[name as keyof DiveRules] = ruleValue(name as keyof DiveRules, value, file);
  }
  return rules;
}

function ruleValue(rule: keyof DiveRules, value: unknown, file: string): number | null {
  if (value === null || value === false) return null;
  const text = String(value).trim();
  if (OFF.has(text.toLowerCase())) return null;
  if (rule === 'highestWastedBytes') {
    try {
      return parseSize(text);
    } catch (err) {
      throw new UserError(`${file}: rule ${rule}: ${(err as Error).message}`);
    }
  }
  const ratio = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (!(ratio >= 0 && ratio <= 1)) {
    throw new UserError(
      `${file}: rule ${rule} must be a ratio between 0 and 1 (e.g. 0.9), or "disabled"; it is "${text}"`,
    );
  }
  return ratio;
}

const ratio = (n: number): string => String(Math.round(n * 10000) / 10000);
const percent = (n: number): string => `${Math.round(n * 10000) / 100}%`;

/** The result of every enabled rule, in dive's order. Equal values pass, as in dive. */
export function evaluateDiveRules(dive: DiveFigures, rules: DiveRules): DiveRuleResult[] {
  const results: DiveRuleResult[] = [];
  const { lowestEfficiency, highestWastedBytes, highestUserWastedPercent } = rules;
  if (lowestEfficiency !== null) {
    const passed = !(lowestEfficiency > dive.efficiency);
    results.push({
      rule: 'lowestEfficiency',
      limit: lowestEfficiency,
      actual: dive.efficiency,
      passed,
      message: `image efficiency ${ratio(dive.efficiency)} ${passed ? 'meets' : 'is below'} the lowest allowed ${ratio(lowestEfficiency)}`,
    });
  }
  if (highestWastedBytes !== null) {
    const passed = !(dive.wastedBytes > highestWastedBytes);
    results.push({
      rule: 'highestWastedBytes',
      limit: highestWastedBytes,
      actual: dive.wastedBytes,
      passed,
      message: `wasted bytes ${formatBytes(dive.wastedBytes)} (${dive.wastedBytes}) ${passed ? 'within' : 'exceed'} the highest allowed ${formatBytes(highestWastedBytes)} (${highestWastedBytes})`,
    });
  }
  if (highestUserWastedPercent !== null) {
    const actual = dive.userWastedRatio;
    // A ratio over empty user layers does not exist, and what does not exist cannot exceed a limit.
    const passed = actual === null || !(actual > highestUserWastedPercent);
    results.push({
      rule: 'highestUserWastedPercent',
      limit: highestUserWastedPercent,
      actual,
      passed,
      message:
        actual === null
          ? 'user wasted percent not applicable: the layers above the base hold no bytes'
          : `user wasted percent ${percent(actual)} ${passed ? 'within' : 'exceeds'} the highest allowed ${percent(highestUserWastedPercent)}`,
    });
  }
  return results;
}
