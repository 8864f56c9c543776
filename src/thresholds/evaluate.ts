import { estimateNote, layerEstimateNote } from '../compare/estimate.js';
import type { Comparison, Delta, PlatformComparison } from '../compare/types.js';
import { formatBytes } from '../report/format.js';

export type SizeMetric = 'compressed' | 'uncompressed';
export type FailOn = 'error' | 'warning' | 'never';
export type Result = 'pass' | 'warn' | 'fail' | 'no-baseline';

/** The thresholds in force; a null or absent limit is not checked. Sizes in bytes. */
export interface Thresholds {
  maxSize?: number | null;
  maxIncrease?: number | null;
  /** Percent: 5 means +5 %. */
  maxIncreasePercent?: number | null;
  maxLayerIncrease?: number | null;
  warnIncrease?: number | null;
  warnIncreasePercent?: number | null;
  /** Ratio, 0.9 for 90 %, as dive's `lowestEfficiency`. */
  minEfficiency?: number | null;
  maxWastedBytes?: number | null;
  /** Percent of the user layers' bytes: 20 means 20 %. */
  maxUserWastedPercent?: number | null;
  /** Most layers an image may have. */
  maxLayers?: number | null;
  sizeMetric: SizeMetric;
  failOn: FailOn;
}

/** The outcome of one `.dive-ci` rule, as the dive-ci evaluation reports it. */
export interface DiveRuleOutcome {
  platform: string;
  /** The rule's name in `.dive-ci`, e.g. `lowestEfficiency`. */
  rule: string;
  failed: boolean;
  /** What was measured against what limit, e.g. `image efficiency 0.8 is below the lowest allowed 0.9`. */
  message: string;
}

export interface Crossing {
  /** The input (or `.dive-ci` rule) that was crossed. */
  threshold: string;
  level: 'error' | 'warning';
  platform: string;
  /** One line: which threshold, the measured value, the limit. */
  message: string;
  layer: number | null;
  /** Dockerfile line (1-based), when known. */
  line: number | null;
}

export interface Verdict {
  result: Result;
  crossings: Crossing[];
  /** Whether the step should fail, per `fail-on`. */
  failed: boolean;
  /** The pull request label that accepted the crossings (they are warnings then); null when none did. */
  acceptedBy: string | null;
}

/** What the run is, beyond the thresholds: it decides what a crossing costs. */
export interface GateContext {
  /**
   * How a run that writes the baseline treats growth over the previous baseline: `warn` (the
   * increase was reviewed in its pull request) or `fail`. Absolute budgets always fail.
   */
  baselineIncrease?: 'warn' | 'fail' | null;
  /** The label that accepts this pull request's increase, when the pull request carries it. */
  acceptedBy?: string | null;
}

/** Thresholds on growth since the baseline, as opposed to absolute budgets. */
export const INCREASE_THRESHOLDS: readonly string[] = [
  'max-increase',
  'max-increase-percent',
  'max-layer-increase',
  'warn-increase',
  'warn-increase-percent',
];

/** Checks every threshold in force against the comparison. Pure. */
export function evaluate(
  comparison: Comparison,
  thresholds: Thresholds,
  diveRules: DiveRuleOutcome[] = [],
  gate: GateContext = {},
): Verdict {
  const crossings: Crossing[] = [];
  for (const p of comparison.platforms) crossings.push(...platformCrossings(p, thresholds));
  for (const r of diveRules.filter((r) => r.failed)) {
    crossings.push({
      threshold: `dive-ci ${r.rule}`,
      level: 'error',
      platform: r.platform,
      message: `dive-ci ${r.rule}: ${r.platform} ${r.message}`,
      layer: null,
      line: null,
    });
  }
  // fail-on decides what a crossing means: `never` makes every one a warning, `warning` an error.
  if (thresholds.failOn === 'never') for (const c of crossings) c.level = 'warning';
  if (thresholds.failOn === 'warning') for (const c of crossings) c.level = 'error';
  // A baseline run measures what was already merged: its growth was reviewed in the pull request.
  if (gate.baselineIncrease === 'warn') {
    for (const c of crossings) if (INCREASE_THRESHOLDS.includes(c.threshold)) c.level = 'warning';
  }
  const acceptedBy = gate.acceptedBy && crossings.some((c) => c.level === 'error') ? gate.acceptedBy : null;
  if (acceptedBy) for (const c of crossings) c.level = 'warning';
  const failed = crossings.some((c) => c.level === 'error');
  const warnings = crossings.some((c) => c.level === 'warning');
  const compared = comparison.platforms.some((p) => p.baseline !== null);
  const result: Result = failed ? 'fail' : warnings ? 'warn' : compared ? 'pass' : 'no-baseline';
  return { result, crossings, failed, acceptedBy };
}

function platformCrossings(p: PlatformComparison, t: Thresholds): Crossing[] {
  const out: Crossing[] = [];
  const metric = t.sizeMetric;
  const total: Delta = metric === 'compressed' ? p.totals.compressed : p.totals.uncompressed;
  const cross = (
    threshold: string,
    level: Crossing['level'],
    what: string,
    layer: number | null = null,
    line: number | null = null,
  ) =>
    out.push({ threshold, level, platform: p.platform, message: `${threshold}: ${p.platform} ${what}`, layer, line });

  if (t.maxSize != null && total.current > t.maxSize) {
    cross('max-size', 'error', `${metric} size is ${bytesAgainst(total.current, t.maxSize)}`);
  }
  // A compressed delta between an estimate and an exact size says so in its line.
  const estimate = metric === 'compressed' ? estimateNote(p) : null;
  const grew = (what: string) => (estimate ? `${what}; ${estimate}` : what);
  if (total.delta !== null) {
    const increase = total.delta;
    if (t.maxIncrease != null && increase > t.maxIncrease) {
      cross('max-increase', 'error', grew(`${metric} size grew by ${bytesAgainst(increase, t.maxIncrease, '+')}`));
    } else if (t.warnIncrease != null && increase > t.warnIncrease) {
      cross('warn-increase', 'warning', grew(`${metric} size grew by ${bytesAgainst(increase, t.warnIncrease, '+')}`));
    }
    if (total.percent !== null) {
      if (t.maxIncreasePercent != null && total.percent > t.maxIncreasePercent) {
        cross(
          'max-increase-percent',
          'error',
          grew(`${metric} size grew by ${percentAgainst(total.percent, t.maxIncreasePercent)}`),
        );
      } else if (t.warnIncreasePercent != null && total.percent > t.warnIncreasePercent) {
        cross(
          'warn-increase-percent',
          'warning',
          grew(`${metric} size grew by ${percentAgainst(total.percent, t.warnIncreasePercent)}`),
        );
      }
    }
  }
  if (t.maxLayerIncrease != null && p.baseline) {
    for (const layer of p.layers) {
      const d = metric === 'compressed' ? layer.compressed : layer.uncompressed;
      if (layer.status === 'removed' || d.delta === null || d.delta <= t.maxLayerIncrease) continue;
      const where = layer.line !== null ? ` (Dockerfile line ${layer.line})` : '';
      const layerNote = metric === 'compressed' ? layerEstimateNote(p, layer) : null;
      cross(
        'max-layer-increase',
        'error',
        `layer ${layer.index}${where} ${metric} size grew by ${bytesAgainst(d.delta, t.maxLayerIncrease, '+')}` +
          (layerNote ? `; ${layerNote}` : ''),
        layer.index,
        layer.line,
      );
    }
  }
  if (t.maxLayers != null && p.current.totals.layerCount > t.maxLayers) {
    cross('max-layers', 'error', `has ${p.current.totals.layerCount} layers, limit ${t.maxLayers}`);
  }
  const dive = p.current.dive;
  if (t.minEfficiency != null && dive.efficiency < t.minEfficiency) {
    cross(
      'min-efficiency',
      'error',
      `efficiency is ${pct(dive.efficiency * 100)}, limit ${pct(t.minEfficiency * 100)}`,
    );
  }
  if (t.maxWastedBytes != null && dive.wastedBytes > t.maxWastedBytes) {
    cross('max-wasted-bytes', 'error', `wasted bytes are ${bytesAgainst(dive.wastedBytes, t.maxWastedBytes)}`);
  }
  if (
    t.maxUserWastedPercent != null &&
    dive.userWastedRatio !== null &&
    dive.userWastedRatio * 100 > t.maxUserWastedPercent
  ) {
    cross(
      'max-user-wasted-percent',
      'error',
      `wasted bytes are ${percentAgainst(dive.userWastedRatio * 100, t.maxUserWastedPercent, '')} of the user layers`,
    );
  }
  return out;
}

function pct(value: number): string {
  return `${Number(value.toFixed(2))} %`;
}

/** `12.3 MB, limit 10 MB`, with exact bytes when the rounded figures would look equal. */
function bytesAgainst(measured: number, limit: number, sign = ''): string {
  let m = formatBytes(measured);
  let l = formatBytes(limit);
  if (m === l) {
    m = `${measured} B`;
    l = `${limit} B`;
  }
  return `${sign}${m}, limit ${sign}${l}`;
}

function percentAgainst(measured: number, limit: number, sign = '+'): string {
  return `${sign}${pct(measured)}, limit ${sign}${pct(limit)}`;
}

/** The thresholds in force, one short phrase each, for the report's footer. */
export function describeThresholds(t: Thresholds): string[] {
  const out: string[] = [];
  const b = (name: string, v: number | null | undefined) => v != null && out.push(`${name} ${formatBytes(v)}`);
  const p = (name: string, v: number | null | undefined) => v != null && out.push(`${name} ${pct(v)}`);
  b('max-size', t.maxSize);
  b('max-increase', t.maxIncrease);
  p('max-increase-percent', t.maxIncreasePercent);
  b('max-layer-increase', t.maxLayerIncrease);
  b('warn-increase', t.warnIncrease);
  p('warn-increase-percent', t.warnIncreasePercent);
  if (t.minEfficiency != null) out.push(`min-efficiency ${pct(t.minEfficiency * 100)}`);
  b('max-wasted-bytes', t.maxWastedBytes);
  p('max-user-wasted-percent', t.maxUserWastedPercent);
  if (t.maxLayers != null) out.push(`max-layers ${t.maxLayers}`);
  return out;
}
