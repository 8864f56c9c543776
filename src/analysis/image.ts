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
  const totals = new Map<string, DirectoryTotal>();
  const add = (path: string, size: number): void => {
    const t = totals.get(path);
    if (t) {
      t.bytes += size;
      t.files++;
    } else totals.set(path, { path, bytes: size, files: 1 });
  };
  for (const f of visible) {
    add('/', f.size);
    let end = f.path.indexOf('/');
    for (let level = 1; level <= depth && end !== -1; level++) {
      add(`/${f.path.slice(0, end)}`, f.size);
      end = f.path.indexOf('/', end + 1);
    }
  }
  return [...totals.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, limit);
}
