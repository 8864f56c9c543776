import { UserError } from '../errors.js';
import type { FailOn, SizeMetric, Thresholds } from './evaluate.js';
import { parseSize } from './size.js';

/** The threshold inputs as written in the workflow; empty means not set. */
export interface ThresholdText {
  'max-size'?: string;
  'max-increase'?: string;
  'max-increase-percent'?: string;
  'max-layer-increase'?: string;
  'warn-increase'?: string;
  'warn-increase-percent'?: string;
  'min-efficiency'?: string;
  'max-wasted-bytes'?: string;
  'max-user-wasted-percent'?: string;
  'max-layers'?: string;
  'size-metric'?: string;
  'fail-on'?: string;
}

/** `name` is how the user wrote the threshold's name: an input of the action, or a CLI flag. */
export type NameOf = (name: string) => string;
const inputName: NameOf = (name) => `Input "${name}"`;

export function parseThresholds(text: ThresholdText, nameOf: NameOf = inputName): Thresholds {
  const size = (name: keyof ThresholdText): number | null => {
    const value = text[name]?.trim();
    if (!value) return null;
    try {
      return parseSize(value);
    } catch (err) {
      throw new UserError(`${nameOf(name)}: ${(err as Error).message}`);
    }
  };
  const percent = (name: keyof ThresholdText): number | null => {
    const value = text[name]?.trim();
    return value ? parsePercent(value, nameOf(name)) : null;
  };
  const count = (name: keyof ThresholdText): number | null => {
    const value = text[name]?.trim();
    if (!value) return null;
    if (!/^\d+$/.test(value) || Number(value) < 1) {
      throw new UserError(`${nameOf(name)} is "${value.slice(0, 40)}": write a whole number of layers, such as 20`);
    }
    return Number(value);
  };
  const efficiency = text['min-efficiency']?.trim();
  return {
    maxSize: size('max-size'),
    maxIncrease: size('max-increase'),
    maxIncreasePercent: percent('max-increase-percent'),
    maxLayerIncrease: size('max-layer-increase'),
    warnIncrease: size('warn-increase'),
    warnIncreasePercent: percent('warn-increase-percent'),
    minEfficiency: efficiency ? parseRatio(efficiency, nameOf('min-efficiency')) : null,
    maxWastedBytes: size('max-wasted-bytes'),
    maxUserWastedPercent: percent('max-user-wasted-percent'),
    maxLayers: count('max-layers'),
    sizeMetric: oneOf<SizeMetric>(text['size-metric'], nameOf('size-metric'), ['compressed', 'uncompressed']),
    failOn: oneOf<FailOn>(text['fail-on'], nameOf('fail-on'), ['error', 'warning', 'never']),
  };
}

/** `5`, `5%` or `5 %` → 5. */
export function parsePercent(text: string, name: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
  if (!m) throw new UserError(`${name} is "${text}": write a percentage such as 5 or 5%`);
  return Number(m[1]);
}

/** dive's ratio (`0.9`) or a percentage (`90%`) → 0.9. */
export function parseRatio(text: string, name: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text.trim());
  const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!m || value > 1) {
    throw new UserError(`${name} is "${text}": write a ratio from 0 to 1 (0.9) or a percentage (90%)`);
  }
  return value;
}

function oneOf<T extends string>(text: string | undefined, name: string, allowed: readonly T[]): T {
  const value = (text?.trim() || allowed[0]!) as T;
  if (!allowed.includes(value)) {
    throw new UserError(`${name} is "${text}": use one of ${allowed.join(', ')}`);
  }
  return value;
}
