import type { ImageAnalysis } from '../analysis/types.js';
import type { BuildStats } from '../build/types.js';
import type { HistoryPoint } from '../baseline/document.js';
import type { Hint } from '../hints/types.js';
import type { PackageChanges } from './packages.js';

export type { PackageChange, PackageChanges } from './packages.js';

/** One point of the baseline's history (the baseline document's own type), oldest first. */
export type { HistoryPoint } from '../baseline/document.js';

/** What the comparison needs of the baseline for one platform. */
export interface BaselineImage {
  analysis: ImageAnalysis;
  build: BuildStats | null;
  commit: string | null;
  history: HistoryPoint[];
}

/** A figure now and in the baseline; the delta and percent are null without a baseline figure. */
export interface Delta {
  current: number;
  baseline: number | null;
  delta: number | null;
  /** Change in percent of the baseline (12.5 for +12.5 %); null when the baseline is 0 or missing. */
  percent: number | null;
}

export type LayerStatus = 'unchanged' | 'changed' | 'added' | 'removed';

export interface LayerChange {
  status: LayerStatus;
  /** Index in the current image; null for a removed layer. */
  index: number | null;
  /** Index in the baseline image; null for an added layer. */
  baselineIndex: number | null;
  instruction: string | null;
  compressed: Delta;
  uncompressed: Delta;
  /** Part of the base image (below the Dockerfile's own layers). */
  base: boolean;
  /** Dockerfile line of the instruction (1-based), when the Dockerfile is known. */
  line: number | null;
}

export interface PathChange {
  path: string;
  /** Bytes now (0 when removed). */
  bytes: number;
  /** Bytes in the baseline (0 when added). */
  baselineBytes: number;
}

export interface PathChanges {
  added: PathChange[];
  grown: PathChange[];
  removed: PathChange[];
}

export interface PlatformComparison {
  platform: string;
  current: ImageAnalysis;
  baseline: BaselineImage | null;
  totals: { compressed: Delta; uncompressed: Delta; content: Delta };
  /** Current layers bottom to top, then removed ones. */
  layers: LayerChange[];
  /** How many of the current layers belong to the base image. */
  baseLayerCount: number;
  files: PathChanges;
  directories: PathChanges;
  /** Installed packages that changed; null without package lists on both sides. */
  packages: PackageChanges | null;
  waste: { efficiency: Delta; wastedBytes: Delta; hiddenBytes: Delta; userWastedRatio: number | null };
  hints: (Hint & { isNew: boolean })[];
  /** What a node that already holds the baseline image downloads to pull this one; null without a baseline. */
  download: { bytes: number; layers: number } | null;
}

export interface BuildComparison {
  seconds: Delta;
  cachedSteps: Delta;
  totalSteps: number;
  cacheMode: BuildStats['cacheMode'];
}

export interface Comparison {
  platforms: PlatformComparison[];
  build: BuildComparison | null;
  /** The baseline's commit, when there is a baseline. */
  baselineCommit: string | null;
  /** Baseline history (of the first platform that has one) plus this change as the last point. */
  history: HistoryPoint[];
  /** Why there is nothing to compare with, when so (one line). */
  noBaselineReason: string | null;
}
