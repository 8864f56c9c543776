/**
 * Which packages changed between the baseline and this image: added, removed, grown or shrunk, and
 * version-changed, with byte deltas, largest change first. A package is the same across runs when its
 * type and name are. Analyses list only their largest packages: a package missing from a list that
 * was cut is not called new or removed when it is smaller than the smallest one listed.
 */
import type { ImageAnalysis, PackageRecord, PackageType } from '../analysis/types.js';
import { PACKAGE_LIMIT } from '../packages/find.js';

export type PackageStatus = 'added' | 'removed' | 'changed';

export interface PackageChange {
  status: PackageStatus;
  type: PackageType;
  name: string;
  version: string | null;
  baselineVersion: string | null;
  bytes: number;
  baselineBytes: number;
}

export interface PackageChanges {
  /** Largest byte change first (bounded). */
  changes: PackageChange[];
  /** Bytes by package type (and `unowned`), now and in the baseline. */
  totals: { type: PackageType | 'unowned'; bytes: number; baselineBytes: number }[];
}

const key = (p: { type: string; name: string }): string => `${p.type}\u0000${p.name}`;

/** Null when either side has no package list (an older baseline, or an analysis without one). */
export function comparePackages(current: ImageAnalysis, baseline: ImageAnalysis, top = 10): PackageChanges | null {
  if (!current.packages || !baseline.packages || !current.packageTotals || !baseline.packageTotals) return null;
  const before = new Map(baseline.packages.map((p) => [key(p), p]));
  const now = new Map(current.packages.map((p) => [key(p), p]));
  // Below these sizes a list that was cut may simply have left a package out.
  const floor = (list: readonly PackageRecord[]) => (list.length >= PACKAGE_LIMIT ? list.at(-1)!.bytes : -1);
  const beforeFloor = floor(baseline.packages);
  const nowFloor = floor(current.packages);

  const changes: PackageChange[] = [];
  for (const p of current.packages) {
    const b = before.get(key(p));
    if (!b) {
      if (p.bytes > beforeFloor) changes.push(change('added', p, null));
    } else if (b.bytes !== p.bytes || b.version !== p.version) changes.push(change('changed', p, b));
  }
  for (const b of baseline.packages) {
    if (!now.has(key(b)) && b.bytes > nowFloor) changes.push(change('removed', null, b));
  }
  changes.sort(
    (a, b) =>
      Math.abs(b.bytes - b.baselineBytes) - Math.abs(a.bytes - a.baselineBytes) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );

  const types = new Set([...Object.keys(current.packageTotals), ...Object.keys(baseline.packageTotals)]) as Set<
    PackageType | 'unowned'
  >;
  const totals = [...types]
    .sort((a, b) => (a === 'unowned' ? 1 : b === 'unowned' ? -1 : a < b ? -1 : 1))
    .map((type) => ({
      type,
      bytes: (current.packageTotals as Record<string, number>)[type] ?? 0,
      baselineBytes: (baseline.packageTotals as Record<string, number>)[type] ?? 0,
    }));
  return { changes: changes.slice(0, top), totals };
}

function change(status: PackageStatus, now: PackageRecord | null, before: PackageRecord | null): PackageChange {
  const p = (now ?? before)!;
  return {
    status,
    type: p.type,
    name: p.name,
    version: now?.version ?? null,
    baselineVersion: before?.version ?? null,
    bytes: now?.bytes ?? 0,
    baselineBytes: before?.bytes ?? 0,
  };
}

/**
 * How a change reads: `new`, `removed`, `from 1.2` (a new version; `show` prints the old one, escaped
 * as the caller needs), `grew` or `shrank`.
 */
export function describeChange(x: PackageChange, show: (version: string) => string): string {
  if (x.status === 'added') return 'new';
  if (x.status === 'removed') return 'removed';
  if (x.version !== x.baselineVersion) return `from ${x.baselineVersion ? show(x.baselineVersion) : '?'}`;
  return x.bytes > x.baselineBytes ? 'grew' : 'shrank';
}

/** The version a change shows: the old one for a removed package, else the current one. */
export const shownVersion = (x: PackageChange): string | null =>
  x.status === 'removed' ? x.baselineVersion : x.version;
