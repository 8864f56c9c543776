import { diveFigures } from '../filetree/dive.js';
import { displayPath } from '../filetree/entry.js';
import { mergeLayers, type VisibleFile } from '../filetree/merge.js';
import type { ResolvedImage } from '../image/types.js';
import type { LayerScan } from '../layers/scan.js';
import { hintFacts } from './facts.js';
import { measure } from './measure.js';
import type { DirectoryTotal, FileRecord, ImageAnalysis } from './types.js';

/** Bounds that keep an analysis of a 100,000-file image to a few tens of kilobytes. */
export const FILE_LIMIT = 200;
export const DIRECTORY_LIMIT = 200;
export const DIRECTORY_DEPTH = 4;

/** Everything known about one image from its metadata and its layers' scans. Pure. */
export function analyzeImage(image: ResolvedImage, scans: readonly LayerScan[]): ImageAnalysis {
  const layers = scans.map((s) => s.entries);
  const merged = mergeLayers(layers);
  return {
    ...measure(image, scans),
    dive: diveFigures(layers),
    hiddenBytes: merged.hiddenBytes,
    directories: directoryTotals(merged.visible),
    files: largestFiles(merged.visible),
    facts: hintFacts({
      layers,
      visible: merged.visible,
      hidden: merged.hidden,
      user: image.config.config?.User || null,
    }),
  };
}

export function largestFiles(visible: readonly VisibleFile[], limit = FILE_LIMIT): FileRecord[] {
  return [...visible]
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
  for (const f of visible) {
    const dir = f.path.slice(0, Math.max(0, f.path.lastIndexOf('/')));
    const t = own.get(dir);
    if (t) {
      t.bytes += f.size;
      t.files++;
    } else own.set(dir, { bytes: f.size, files: 1 });
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
