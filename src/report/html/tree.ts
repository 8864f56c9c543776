/**
 * The final filesystem of an image as the HTML report draws it: rebuilt from the layer records by
 * the same merge the analysis uses, small files grouped so a 45,000-file image stays a few
 * thousand rectangles, and each path set against the baseline's filesystem. Pure.
 */
import { fromRecord, layerKey } from '../../analysis/record.js';
import type { ImageAnalysis, LayerRecord } from '../../analysis/types.js';
import { mergeLayers, type VisibleFile } from '../../filetree/merge.js';

/** Below this many files nothing is grouped: every file gets its own rectangle. */
export const UNGROUPED_FILES = 3000;
/** Otherwise a file or folder smaller than total / GROUP_DIVISOR joins its folder's group. */
export const GROUP_DIVISOR = 4000;

/** The tree in pre-order as parallel arrays: compact in JSON, and cheap to walk in the browser. */
export interface TreeData {
  /** A node's own name; the root's is "". */
  name: string[];
  /** Index of the parent node; -1 for the root. */
  parent: number[];
  bytes: number[];
  /** Regular files at or below the node. */
  files: number[];
  /** The layer that holds most of the node's bytes. */
  layer: number[];
  /** One letter per node: d folder, f file, g a group of small files and folders. */
  kind: string;
  /** Bytes at the same path in the baseline; -1 when the path is new; absent without a baseline. */
  base?: number[];
  /** For each group: its node index and the paths of its files, relative to the group's folder. */
  members: [number, string[]][];
  /** Files and folders smaller than this joined a group. */
  groupedBelow: number;
}

/** A baseline path gone from the image, largest first (a gone folder stands for everything in it). */
export interface RemovedPath {
  path: string;
  bytes: number;
  files: number;
}

interface Dir {
  name: string;
  bytes: number;
  files: number;
  /** Bytes by layer, to colour the folder when it ends up inside a group. */
  byLayer: Map<number, number>;
  dirs: Map<string, Dir>;
  fileList: VisibleFile[];
}

/**
 * The regular files of the image's final filesystem, from the records of its layers; null when a
 * layer's record is missing (an old baseline may not hold every record).
 */
export function finalFiles(analysis: ImageAnalysis, records: ReadonlyMap<string, LayerRecord>): VisibleFile[] | null {
  const layers = [];
  for (const layer of analysis.layers) {
    const record = records.get(layerKey(layer));
    const scan = record ? fromRecord(record, layer.diffId) : null;
    if (!scan) return null;
    layers.push(scan.entries);
  }
  return mergeLayers(layers).visible;
}

function newDir(name: string): Dir {
  return { name, bytes: 0, files: 0, byLayer: new Map(), dirs: new Map(), fileList: [] };
}

function folderTree(files: readonly VisibleFile[]): Dir {
  const root = newDir('');
  const dirs = new Map<string, Dir>([['', root]]);
  const dirOf = (path: string): Dir => {
    let dir = dirs.get(path);
    if (dir) return dir;
    const slash = path.lastIndexOf('/');
    const parent = dirOf(slash === -1 ? '' : path.slice(0, slash));
    dir = newDir(path.slice(slash + 1));
    parent.dirs.set(dir.name, dir);
    dirs.set(path, dir);
    return dir;
  };
  // Files of one folder mostly come one after another: the folder before is recognised without
  // cutting the path, and totals are summed per folder, then once per folder into its parent.
  let path = '\0';
  let dir = root;
  for (const f of files) {
    const slash = f.path.lastIndexOf('/');
    if (slash !== path.length || !f.path.startsWith(path)) {
      path = slash === -1 ? '' : f.path.slice(0, slash);
      dir = dirOf(path);
    }
    dir.fileList.push(f);
  }
  const sum = (d: Dir): void => {
    for (const f of d.fileList) {
      d.bytes += f.size;
      d.files++;
      d.byLayer.set(f.layer, (d.byLayer.get(f.layer) ?? 0) + f.size);
    }
    for (const child of d.dirs.values()) {
      sum(child);
      d.bytes += child.bytes;
      d.files += child.files;
      for (const [layer, bytes] of child.byLayer) d.byLayer.set(layer, (d.byLayer.get(layer) ?? 0) + bytes);
    }
  };
  sum(root);
  return root;
}

function mainLayer(byLayer: ReadonlyMap<number, number>): number {
  let best = -1;
  let most = -1;
  for (const [layer, bytes] of byLayer) {
    if (bytes > most || (bytes === most && layer > best)) [best, most] = [layer, bytes];
  }
  return best;
}

/** Sizes by path (files and folders, relative, no leading slash) of a filesystem. */
function sizesByPath(files: readonly VisibleFile[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const f of files) {
    sizes.set(f.path, f.size);
    for (let slash = f.path.indexOf('/'); slash !== -1; slash = f.path.indexOf('/', slash + 1)) {
      const dir = f.path.slice(0, slash);
      sizes.set(dir, (sizes.get(dir) ?? 0) + f.size);
    }
  }
  return sizes;
}

/** The tree to draw, grouped; with `baseline`, each node carries the baseline's bytes at its path. */
export function treeData(files: readonly VisibleFile[], baseline: readonly VisibleFile[] | null): TreeData {
  const root = folderTree(files);
  const threshold = root.files <= UNGROUPED_FILES ? 0 : root.bytes / GROUP_DIVISOR;
  const baseSizes = baseline ? sizesByPath(baseline) : null;
  const out: TreeData = {
    name: [],
    parent: [],
    bytes: [],
    files: [],
    layer: [],
    kind: '',
    members: [],
    groupedBelow: threshold,
  };
  const kinds: string[] = [];
  const base: number[] = [];
  const push = (name: string, parent: number, kind: string, bytes: number, count: number, layer: number): number => {
    out.name.push(name);
    out.parent.push(parent);
    out.bytes.push(bytes);
    out.files.push(count);
    out.layer.push(layer);
    kinds.push(kind);
    return out.name.length - 1;
  };
  const baseOf = (path: string): number => baseSizes?.get(path) ?? -1;

  const visit = (dir: Dir, path: string, parent: number): void => {
    const index = push(dir.name, parent, 'd', dir.bytes, dir.files, mainLayer(dir.byLayer));
    base.push(path === '' ? (baseline ? baselineTotal(baseline) : -1) : baseOf(path));
    const prefix = path === '' ? '' : `${path}/`;
    const big: (Dir | VisibleFile)[] = [];
    const small: (Dir | VisibleFile)[] = [];
    for (const d of dir.dirs.values()) (d.bytes >= threshold ? big : small).push(d);
    for (const f of dir.fileList) (f.size >= threshold ? big : small).push(f);
    // A group of one is no group: it is drawn as itself.
    if (small.length === 1) big.push(small.pop()!);
    big.sort((a, b) => sizeOf(b) - sizeOf(a) || nameOf(a).localeCompare(nameOf(b)));
    for (const child of big) {
      if ('fileList' in child) visit(child, prefix + child.name, index);
      else {
        push(nameOf(child), index, 'f', child.size, 1, child.layer);
        base.push(baseOf(child.path));
      }
    }
    if (small.length === 0) return;
    const paths: string[] = [];
    const byLayer = new Map<number, number>();
    let bytes = 0;
    let count = 0;
    let before = 0;
    let existed = false;
    const addFile = (f: VisibleFile): void => {
      paths.push(f.path.slice(prefix.length));
      byLayer.set(f.layer, (byLayer.get(f.layer) ?? 0) + f.size);
      bytes += f.size;
      count++;
      const was = baseSizes?.get(f.path);
      if (was !== undefined) {
        before += was;
        existed = true;
      }
    };
    const addDir = (d: Dir): void => {
      d.fileList.forEach(addFile);
      d.dirs.forEach(addDir);
    };
    for (const child of small) {
      if ('fileList' in child) addDir(child);
      else addFile(child);
    }
    const group = push('', index, 'g', bytes, count, mainLayer(byLayer));
    base.push(existed ? before : -1);
    out.members.push([group, paths]);
  };
  visit(root, '', -1);
  out.kind = kinds.join('');
  if (baseline) out.base = base;
  return out;
}

function baselineTotal(files: readonly VisibleFile[]): number {
  return files.reduce((n, f) => n + f.size, 0);
}

const sizeOf = (x: Dir | VisibleFile): number => ('fileList' in x ? x.bytes : x.size);
const nameOf = (x: Dir | VisibleFile): string => ('fileList' in x ? x.name : x.path.slice(x.path.lastIndexOf('/') + 1));

/** Baseline paths the image no longer has: the highest gone folder, not each file in it. */
export function removedPaths(
  files: readonly VisibleFile[],
  baseline: readonly VisibleFile[],
  limit = 100,
): RemovedPath[] {
  const now = sizesByPath(files);
  const gone = new Map<string, RemovedPath>();
  for (const f of baseline) {
    if (now.has(f.path)) continue;
    // The highest folder of the path that is gone altogether, else the file itself.
    let key = f.path;
    for (let slash = f.path.indexOf('/'); slash !== -1; slash = f.path.indexOf('/', slash + 1)) {
      const dir = f.path.slice(0, slash);
      if (!now.has(dir)) {
        key = dir;
        break;
      }
    }
    const entry = gone.get(key);
    if (entry) {
      entry.bytes += f.size;
      entry.files++;
    } else gone.set(key, { path: `/${key}`, bytes: f.size, files: 1 });
  }
  return [...gone.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, limit);
}
