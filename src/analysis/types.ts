/**
 * What the analysis of one image (one platform) produces. This is the contract between the
 * analysis, the baseline document, the comparison and the report: rename nothing without changing
 * all four. `ImageAnalysis` extends the measured sizes (./measure.ts) with what is inside the layers.
 */
import type { ImageMeasurement } from './measure.js';

/** The figures wagoodman/dive reports for the same image, with its quirks (see the README). */
export interface DiveFigures {
  /** Σ minimum / Σ cumulative over all paths; 1 when nothing was counted. */
  efficiency: number;
  wastedBytes: number;
  /** wastedBytes / userSizeBytes as a ratio (0.48, not 48); null when the user layers hold nothing. */
  userWastedRatio: number | null;
  sizeBytes: number;
  userSizeBytes: number;
  /** Paths seen at least twice, largest cumulative first. */
  inefficiencies: { path: string; count: number; bytes: number }[];
}

/** A file visible in the final filesystem. */
export interface FileRecord {
  path: string;
  size: number;
  /** Index of the layer the visible version comes from. */
  layer: number;
}

/** Bytes of visible regular files under a directory (recursively), in the final filesystem. */
export interface DirectoryTotal {
  path: string;
  bytes: number;
  files: number;
}

export type PackageCacheKind =
  'apt-lists' | 'apt-archives' | 'apk' | 'npm' | 'yarn' | 'pnpm' | 'pip' | 'go-build' | 'maven' | 'gradle' | 'other';
export type ToolchainKind = 'compiler' | 'headers' | 'jdk' | 'build-tools';

/** Facts the hints are made from; each carries the bytes involved and the layer responsible. */
export interface HintFacts {
  /** Package-manager caches left in a layer (bytes still visible or stored in that layer). */
  packageCaches: { kind: PackageCacheKind; path: string; layer: number; bytes: number }[];
  /** Files stored in a layer but deleted or overwritten by a later one, largest first. */
  removedLater: { path: string; layer: number; removedIn: number; how: 'deleted' | 'overwritten'; bytes: number }[];
  /** Build toolchains present in the final image. */
  /** `package`: the installed package (`deb openjdk-17-jdk-headless`) owning most of it, when known. */
  toolchains: { kind: ToolchainKind; path: string; layer: number; bytes: number; package?: string }[];
  /** Files whose names look like secrets (names only, never contents). */
  secrets: { path: string; layer: number }[];
  /** The image's configured user; null or "root"/"0" means it runs as root. */
  user: string | null;
  runsAsRoot: boolean;
}

/** Where a package came from: an OS package database or a language's installed-package metadata. */
export const PACKAGE_TYPES = ['deb', 'apk', 'rpm', 'pip', 'npm', 'go', 'jar'] as const;
export type PackageType = (typeof PACKAGE_TYPES)[number];

/**
 * One installed package. Its `bytes` are the sizes of the regular files of the final filesystem that
 * its own file list names (a path named by two packages counts for both); `files` counts those
 * paths; `layer` is the layer that holds most of those bytes.
 */
export interface PackageRecord {
  type: PackageType;
  name: string;
  version: string | null;
  bytes: number;
  files: number;
  layer: number;
}

/** Visible bytes by package type, and `unowned`: what no package names. */
export type PackageTotals = Partial<Record<PackageType, number>> & { unowned: number };

export interface ImageAnalysis extends ImageMeasurement {
  dive: DiveFigures;
  /** Bytes stored in the layers that are not visible in the final filesystem. */
  hiddenBytes: number;
  /** Directory totals of the final filesystem, largest first (bounded: see the analysis). */
  directories: DirectoryTotal[];
  /** The largest visible files, largest first (bounded). */
  files: FileRecord[];
  facts: HintFacts;
  /** Installed packages, largest first (bounded); empty when the image has no package database. */
  packages?: PackageRecord[];
  packageTotals?: PackageTotals;
  /**
   * What the analysis could not do, one line each, for the user to read (a package database this
   * Node cannot read); absent when there is nothing to say.
   */
  notes?: string[];
}

/**
 * One layer's analysis, reusable by layer digest: compact and JSON-serialisable, so the baseline can
 * store it and a later run can skip reading a layer it already knows. Its fields beyond these belong
 * to the analysis; a record of another `version` is ignored and the layer is read again.
 */
export interface LayerRecord {
  /** The blob's digest; for a source that stores layers without one (legacy `docker save`), the diff_id. */
  digest: string;
  version: number;
  diffId: string;
  compression: 'gzip' | 'zstd' | 'none';
  estargz: boolean;
  /** Bytes of the blob as stored in the source. */
  compressedBytes: number;
  uncompressedBytes: number;
  /** For a layer stored uncompressed: what gzip makes of it; else null. */
  gzipEstimateBytes: number | null;
  /** The layer's tar members in order, as parallel arrays (see ./record.ts). */
  entries: LayerEntries;
  /** The layer's package database files (src/packages/paths.ts), deflated and base64-encoded. */
  packageFiles?: string;
}

/**
 * Tar members, compact: one string of type letters (f file, h hard link, l symlink, d directory,
 * o other), paths front-coded against the previous member (`shared` leading characters kept, then
 * `suffix`), sizes of the regular files only, in order, and hard-link and symlink targets by member index.
 */
export interface LayerEntries {
  types: string;
  shared: number[];
  suffix: string[];
  fileSizes: number[];
  /** Hard-link and symlink targets, by member index. */
  links: [number, string][];
}

/** What analysing a source yields: one analysis per platform, and the layer records behind them. */
export interface AnalysisResult {
  images: ImageAnalysis[];
  layers: LayerRecord[];
}
