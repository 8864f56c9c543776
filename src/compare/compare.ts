import type { ImageAnalysis } from '../analysis/types.js';
import type { BuildStats } from '../build/types.js';
import { matchLayerLines, normaliseInstruction } from '../dockerfile/match.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { findHints } from '../hints/find.js';
import type { HintKind } from '../hints/types.js';
import { comparePackages } from './packages.js';
import type {
  BaselineImage,
  BuildComparison,
  Comparison,
  Delta,
  HistoryPoint,
  LayerChange,
  PathChange,
  PathChanges,
  PlatformComparison,
} from './types.js';

/**
 * Hints read from the image itself, which the baseline's image can be checked for too. The others
 * come from the Dockerfile or the build context, which the baseline does not keep: never called new.
 */
const FROM_IMAGE = new Set<HintKind>(['package-cache', 'removed-later', 'toolchain', 'jdk', 'root-user']);

/**
 * Hints whose fix is to change the RUN that made the layer. In a base image's layers there is no
 * such RUN in this Dockerfile, so they are left out; a toolchain or a JDK in the final image is
 * still worth a multi-stage build wherever it came from.
 */
const FIXED_IN_ITS_LAYER = new Set<HintKind>(['package-cache', 'removed-later']);

export interface CompareOptions {
  /** The Dockerfile's text: layers get their line, hints read it. */
  dockerfile?: string | null;
  hasDockerignore?: boolean | null;
  /** How many file and directory changes of each kind to keep. */
  top?: number;
  /** This change's commit and time, for its point on the trend. */
  commit?: string;
  time?: string;
  /** Why no baseline could be used (one line), when the caller knows. */
  noBaselineReason?: string | null;
}

export function delta(current: number, baseline: number | null | undefined): Delta {
  if (baseline === null || baseline === undefined) return { current, baseline: null, delta: null, percent: null };
  const d = current - baseline;
  return { current, baseline, delta: d, percent: baseline === 0 ? null : (d / baseline) * 100 };
}

/**
 * This build against the baseline, platform by platform. Pure: everything it knows comes in
 * through its parameters. `baseline` is null (or empty) when there is none.
 */
export function compare(
  current: readonly ImageAnalysis[],
  build: BuildStats | null,
  baseline: readonly BaselineImage[] | null,
  options: CompareOptions = {},
): Comparison {
  const dockerfile = options.dockerfile ? parseDockerfile(options.dockerfile) : null;
  const platforms = current.map((image) => {
    const base = baseline?.find((b) => b.analysis.image.platform === image.image.platform) ?? null;
    const lines = dockerfile
      ? matchLayerLines(
          image.layers.map((l) => l.instruction),
          dockerfile,
        )
      : image.layers.map(() => null);
    return comparePlatform(image, base, lines, build, options);
  });
  const withBaseline = baseline?.find((b) => current.some((c) => c.image.platform === b.analysis.image.platform));
  const first = current[0];
  const history: HistoryPoint[] = [...(withBaseline?.history ?? [])];
  if (first) {
    history.push({
      time: options.time ?? new Date(0).toISOString(),
      commit: options.commit ?? '',
      compressed: first.totals.compressedBytes,
      uncompressed: first.totals.uncompressedBytes,
      wasted: first.dive.wastedBytes,
    });
  }
  let noBaselineReason: string | null = null;
  if (!withBaseline) {
    noBaselineReason =
      options.noBaselineReason ??
      (baseline && baseline.length > 0
        ? `The baseline has other platforms (${baseline.map((b) => b.analysis.image.platform).join(', ')})`
        : 'No baseline yet: the first run of the default branch will record one');
  }
  return {
    platforms,
    build: compareBuild(build, withBaseline?.build ?? null),
    baselineCommit: withBaseline?.commit ?? null,
    history,
    noBaselineReason,
  };
}

function comparePlatform(
  image: ImageAnalysis,
  base: BaselineImage | null,
  lines: (number | null)[],
  build: BuildStats | null,
  options: CompareOptions,
): PlatformComparison {
  const b = base?.analysis ?? null;
  const baseLayerCount = countBaseLayers(image, lines);
  const hints = findHints(image, {
    dockerfile: options.dockerfile,
    hasDockerignore: options.hasDockerignore,
    build,
  }).filter((h) => !(FIXED_IN_ITS_LAYER.has(h.kind) && h.layer !== null && h.layer < baseLayerCount));
  const knownHints = new Set(b ? findHints(b).map((h) => h.key) : []);
  const top = options.top ?? 10;
  return {
    platform: image.image.platform,
    current: image,
    baseline: base,
    totals: {
      compressed: delta(image.totals.compressedBytes, b?.totals.compressedBytes),
      uncompressed: delta(image.totals.uncompressedBytes, b?.totals.uncompressedBytes),
      content: delta(image.totals.contentBytes, b?.totals.contentBytes),
    },
    layers: alignLayers(image, b, baseLayerCount, b ? countBaseLayers(b, []) : 0, lines),
    baseLayerCount,
    files: b ? comparePaths(image.files, b.files, (f) => f.size, top) : { added: [], grown: [], removed: [] },
    packages: b ? comparePackages(image, b, top) : null,
    directories: b
      ? comparePaths(image.directories, b.directories, (d) => d.bytes, top)
      : { added: [], grown: [], removed: [] },
    waste: {
      efficiency: delta(image.dive.efficiency, b?.dive.efficiency),
      wastedBytes: delta(image.dive.wastedBytes, b?.dive.wastedBytes),
      hiddenBytes: delta(image.hiddenBytes, b?.hiddenBytes),
      userWastedRatio: image.dive.userWastedRatio,
    },
    hints: hints.map((h) => ({ ...h, isNew: b !== null && FROM_IMAGE.has(h.kind) && !knownHints.has(h.key) })),
    download: b ? download(image, b) : null,
  };
}

/**
 * The layers a node that holds the baseline image must still fetch: those whose blob it does not
 * have, by digest (by diff_id for a source without blob digests), each once; their compressed bytes.
 */
export function download(image: ImageAnalysis, baseline: ImageAnalysis): { bytes: number; layers: number } {
  const held = new Set(baseline.layers.map((l) => l.digest ?? l.diffId));
  const fetched = new Set<string>();
  let bytes = 0;
  for (const layer of image.layers) {
    const id = layer.digest ?? layer.diffId;
    if (held.has(id) || fetched.has(id)) continue;
    fetched.add(id);
    bytes += layer.compressedBytes;
  }
  return { bytes, layers: fetched.size };
}

/**
 * Layers below the Dockerfile's own: those under the first layer matched to a Dockerfile line, or
 * without a Dockerfile, the bottom layers BuildKit did not mark as its own (`# buildkit`). Zero
 * when that cannot be told (no BuildKit marks at all).
 */
export function countBaseLayers(image: ImageAnalysis, lines: readonly (number | null)[]): number {
  const matched = lines.findIndex((l) => l !== null);
  if (matched >= 0) return matched;
  const own = image.layers.findIndex((l) => (l.instruction ?? '').trimEnd().endsWith('# buildkit'));
  return own > 0 ? own : 0;
}

/**
 * Same diffId: unchanged. Else the same normalised instruction: changed. Else added, and baseline
 * layers left over are removed. Each baseline layer pairs with at most one current layer.
 */
export function alignLayers(
  image: ImageAnalysis,
  baseline: ImageAnalysis | null,
  baseCount: number,
  baselineBaseCount: number,
  lines: readonly (number | null)[],
): LayerChange[] {
  const used = new Set<number>();
  const byDiffId = new Map<string, number[]>();
  baseline?.layers.forEach((l, i) => byDiffId.set(l.diffId, [...(byDiffId.get(l.diffId) ?? []), i]));
  const changes: LayerChange[] = image.layers.map((layer, i) => {
    const common = {
      index: i,
      instruction: layer.instruction,
      base: i < baseCount,
      line: lines[i] ?? null,
    };
    if (!baseline) {
      return {
        ...common,
        status: 'added' as const,
        baselineIndex: null,
        compressed: delta(layer.compressedBytes, null),
        uncompressed: delta(layer.uncompressedBytes, null),
      };
    }
    let match = (byDiffId.get(layer.diffId) ?? []).find((j) => !used.has(j));
    let status: LayerChange['status'] = 'unchanged';
    if (match === undefined) {
      const wanted = normaliseInstruction(layer.instruction);
      match = wanted
        ? baseline.layers.findIndex((l, j) => !used.has(j) && normaliseInstruction(l.instruction) === wanted)
        : -1;
      status = match >= 0 ? 'changed' : 'added';
      if (match < 0) match = undefined;
    }
    if (match !== undefined) used.add(match);
    const old = match === undefined ? null : baseline.layers[match]!;
    return {
      ...common,
      status,
      baselineIndex: match ?? null,
      // An added layer is all growth: its baseline figure is 0, not unknown.
      compressed: delta(layer.compressedBytes, old ? old.compressedBytes : 0),
      uncompressed: delta(layer.uncompressedBytes, old ? old.uncompressedBytes : 0),
    };
  });
  baseline?.layers.forEach((old, j) => {
    if (used.has(j)) return;
    changes.push({
      status: 'removed',
      index: null,
      baselineIndex: j,
      instruction: old.instruction,
      base: j < baselineBaseCount,
      line: null,
      compressed: delta(0, old.compressedBytes),
      uncompressed: delta(0, old.uncompressedBytes),
    });
  });
  return changes;
}

/**
 * Largest additions, growths and removals between two bounded "largest first" lists. A path
 * missing from one list but smaller than everything that list holds may just have been left out
 * of it, so it is not reported as added or removed.
 */
export function comparePaths<T extends { path: string }>(
  current: readonly T[],
  baseline: readonly T[],
  size: (item: T) => number,
  top: number,
): PathChanges {
  const before = new Map(baseline.map((item) => [item.path, size(item)]));
  const now = new Map(current.map((item) => [item.path, size(item)]));
  const smallest = (list: readonly T[]): number => (list.length ? Math.min(...list.map(size)) : 0);
  const floorBefore = smallest(baseline);
  const floorNow = smallest(current);
  const added: PathChange[] = [];
  const grown: PathChange[] = [];
  const removed: PathChange[] = [];
  for (const [path, bytes] of now) {
    const old = before.get(path);
    if (old === undefined) {
      if (bytes > floorBefore || baseline.length === 0) added.push({ path, bytes, baselineBytes: 0 });
    } else if (bytes > old) grown.push({ path, bytes, baselineBytes: old });
  }
  for (const [path, bytes] of before) {
    if (!now.has(path) && (bytes > floorNow || current.length === 0))
      removed.push({ path, bytes: 0, baselineBytes: bytes });
  }
  const byChange = (a: PathChange, b: PathChange) =>
    Math.abs(b.bytes - b.baselineBytes) - Math.abs(a.bytes - a.baselineBytes) || a.path.localeCompare(b.path);
  return {
    added: added.sort(byChange).slice(0, top),
    grown: grown.sort(byChange).slice(0, top),
    removed: removed.sort(byChange).slice(0, top),
  };
}

function compareBuild(build: BuildStats | null, baseline: BuildStats | null): BuildComparison | null {
  if (!build) return null;
  return {
    seconds: delta(build.seconds, baseline?.seconds),
    cachedSteps: delta(build.cachedSteps, baseline?.cachedSteps),
    totalSteps: build.totalSteps,
    cacheMode: build.cacheMode,
  };
}
