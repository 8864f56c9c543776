import { diveFigures, layerTree, type LayerTree } from '../filetree/dive.js';
import { displayPath } from '../filetree/entry.js';
import { Merger, type VisibleFile } from '../filetree/merge.js';
import type { ResolvedImage } from '../image/types.js';
import type { LayerScan } from '../layers/scan.js';
import { findPackages } from '../packages/find.js';
import { hintFacts, layerFacts, type LayerFacts } from './facts.js';
import { measure } from './measure.js';
import type { DirectoryTotal, FileRecord, ImageAnalysis } from './types.js';

/** Bounds that keep an analysis of a 100,000-file image to a few tens of kilobytes. */
export const FILE_LIMIT = 200;
export const DIRECTORY_LIMIT = 200;
export const DIRECTORY_DEPTH = 4;

/**
 * Everything known about one image from its metadata and its layers' scans, fed each layer's scan
 * as it is read: what can be worked out from the layers given so far is, so the work left when
 * the last (largest) layer is in is small.
 */
export class ImageAnalyzer {
  private readonly scans: LayerScan[] = [];
  private readonly merger: Merger;
  private readonly trees: LayerTree[] = [];
  private readonly facts: LayerFacts[] = [];

  constructor(private readonly image: ResolvedImage) {
    this.merger = new Merger(image.layers.length);
  }

  add(index: number, scan: LayerScan): void {
    this.scans[index] = scan;
    this.merger.add(index, scan.entries);
    this.trees[index] = layerTree(scan.entries);
    this.facts[index] = layerFacts(scan.entries, index);
  }

  finish(): ImageAnalysis {
    const layers = this.scans.map((s) => s.entries);
    const merged = this.merger.finish();
    const { ownerUnder, ...packages } = findPackages(this.scans, merged.visible);
    const facts = hintFacts({
      layers,
      visible: merged.visible,
      hidden: merged.hidden,
      user: this.image.config.config?.User || null,
      perLayer: this.facts,
    });
    // A toolchain hint names the package that brought it, where a package database says.
    for (const t of facts.toolchains) {
      const owner = ownerUnder(t.path);
      if (owner) t.package = owner;
    }
    return {
      ...measure(this.image, this.scans),
      dive: diveFigures(layers, this.trees),
      hiddenBytes: merged.hiddenBytes,
      directories: directoryTotals(merged.visible),
      files: largestFiles(merged.visible),
      facts,
      ...packages,
    };
  }
}

export function largestFiles(visible: readonly VisibleFile[], limit = FILE_LIMIT): FileRecord[] {
  // Only files at least as large as the limit-th largest can be listed: sort those, not all of them.
  let candidates = visible;
  if (visible.length > limit) {
    const sizes = Float64Array.from(visible, (f) => f.size).sort();
    const threshold = sizes[sizes.length - limit]!;
    candidates = visible.filter((f) => f.size >= threshold);
  }
  return [...candidates]
    .sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))
    .slice(0, limit)
    .map((f) => ({ path: displayPath(f.path), size: f.size, layer: f.layer }));
}

/** Visible bytes and files under `/` and every directory down to `depth`, largest first. */
export function directoryTotals(
  visible: readonly VisibleFile[],
  depth = DIRECTORY_DEPTH,
  limit = DIRECTORY_LIMIT,
): DirectoryTotal[] {
  // Files are summed into their own directory first, then each directory (far fewer than files)
  // into its ancestors: a path prefix is cut once per directory instead of once per file and level.
  const own = new Map<string, { bytes: number; files: number }>();
  // Files of one directory mostly come one after another: the directory before is recognised
  // without cutting the path.
  let dir = '\0';
  let t = { bytes: 0, files: 0 };
  for (const f of visible) {
    const slash = Math.max(0, f.path.lastIndexOf('/'));
    if (slash !== dir.length || !f.path.startsWith(dir)) {
      dir = f.path.slice(0, slash);
      const known = own.get(dir);
      if (known) t = known;
      else own.set(dir, (t = { bytes: 0, files: 0 }));
    }
    t.bytes += f.size;
    t.files++;
  }
  const totals = new Map<string, DirectoryTotal>();
  for (const [dir, t] of own) {
    const add = (path: string): void => {
      const total = totals.get(path);
      if (total) {
        total.bytes += t.bytes;
        total.files += t.files;
      } else totals.set(path, { path, bytes: t.bytes, files: t.files });
    };
    add('/');
    if (dir === '') continue;
    let end = dir.indexOf('/');
    for (let level = 1; level <= depth; level++) {
      add(`/${end === -1 ? dir : dir.slice(0, end)}`);
      if (end === -1) break;
      end = dir.indexOf('/', end + 1);
    }
  }
  return [...totals.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, limit);
}
