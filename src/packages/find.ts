/**
 * Installed packages and the bytes each holds in the final filesystem.
 *
 * A package's bytes are the sizes of the regular files of the final filesystem that its own file list
 * names (a path named by two packages counts for both); `files` counts those paths; its layer is the
 * layer that holds most of those bytes. A Node package (a `node_modules/NAME/package.json`) owns the
 * files of its folder except those of nested `node_modules`. What no package names is `unowned`.
 */
import type { PackageRecord, PackageTotals, PackageType } from '../analysis/types.js';
import type { VisibleFile } from '../filetree/merge.js';
import type { CapturedFile } from '../layers/scan.js';
import type { TarEntry } from '../layers/tar.js';
import { apkInstalled, dpkgStatus, dpkgStatusD, joinPath, python, rpm, type DeclaredPackage } from './parse.js';
import { npmManifest } from './paths.js';

/** Packages listed in an analysis (the largest); totals always cover all of them. */
export const PACKAGE_LIMIT = 1000;

export interface PackageLayer {
  entries: readonly TarEntry[];
  captured?: readonly CapturedFile[];
}

export interface FoundPackages {
  packages: PackageRecord[];
  packageTotals: PackageTotals;
  /** The package (`deb openjdk-17-jre-headless`) that owns most bytes under a folder, if any does. */
  ownerUnder(folder: string): string | null;
  /** What could not be read (once each); absent when everything was. */
  notes?: string[];
}

export function findPackages(layers: readonly PackageLayer[], visible: readonly VisibleFile[]): FoundPackages {
  // Files are numbered by their place in `visible`: which packages own a file, and which package
  // counted it last, are then arrays indexed by that number rather than sets of files.
  const index = new Map<string, number>();
  visible.forEach((f, i) => index.set(f.path, i));

  // Each database file as the final filesystem shows it: the captured copy of the visible version.
  const databases = new Map<string, string>();
  layers.forEach((layer, layerIndex) => {
    for (const c of layer.captured ?? []) {
      if (visible[index.get(c.path) ?? -1]?.layer === layerIndex) databases.set(c.path, c.data.toString('utf8'));
    }
  });
  const paths = [...databases.keys()];
  const resolve = symlinkResolver(layers);
  // A database is read where the image's own links put it (apk's lib/ may be a link to usr/lib).
  const read = (path: string): string | null => databases.get(path) ?? databases.get(resolve(path) ?? '') ?? null;

  const notes = new Set<string>();
  const declared: DeclaredPackage[] = [
    ...dpkgStatus(read),
    ...dpkgStatusD(read, paths),
    ...apkInstalled(read),
    ...python(read, paths),
    ...rpm(read, (message) => notes.add(message)),
  ];

  const types: PackageType[] = [];
  /** Bit t set: a package of types[t] owns the file. */
  const ownedBy = new Uint32Array(visible.length);
  /** The package (its number + 1) that counted the file last: a file named twice counts once. */
  const countedBy = new Int32Array(visible.length);
  const records: PackageRecord[] = [];
  const owners: { label: string; files: number[] }[] = [];
  const record = (pkg: { type: PackageType; name: string; version: string | null }, found: Iterable<number>) => {
    let typeIndex = types.indexOf(pkg.type);
    if (typeIndex === -1) typeIndex = types.push(pkg.type) - 1;
    const bit = 1 << typeIndex;
    const stamp = records.length + 1;
    const files: number[] = [];
    let bytes = 0;
    const perLayer = new Map<number, number>();
    for (const i of found) {
      if (countedBy[i] === stamp) continue;
      countedBy[i] = stamp;
      files.push(i);
      const f = visible[i]!;
      bytes += f.size;
      perLayer.set(f.layer, (perLayer.get(f.layer) ?? 0) + f.size);
      ownedBy[i]! |= bit;
    }
    let layer = -1;
    let most = -1;
    for (const [l, b] of perLayer) if (b > most || (b === most && l < layer)) [layer, most] = [l, b];
    records.push({ type: pkg.type, name: pkg.name, version: pkg.version, bytes, files: files.length, layer });
    owners.push({ label: `${pkg.type} ${pkg.name}`, files });
  };

  for (const pkg of declared) {
    const found: number[] = [];
    for (const path of pkg.files) {
      const i = index.get(path) ?? index.get(resolve(path) ?? '');
      if (i !== undefined) found.push(i);
    }
    record(pkg, found);
  }

  // Node packages own their folder: a range of the sorted paths, minus nested node_modules.
  const manifests = paths.filter((p) => p.endsWith('/package.json') && p.includes('node_modules/'));
  if (manifests.length) {
    const sorted = visible.map((_, i) => i).sort((a, b) => cmp(visible[a]!.path, visible[b]!.path));
    for (const path of manifests) {
      const manifest = npmManifest(read(path)!);
      if (!manifest) continue;
      const dir = path.slice(0, -'/package.json'.length) + '/';
      const found: number[] = [];
      for (let i = lowerBound(sorted, visible, dir); i < sorted.length; i++) {
        const file = visible[sorted[i]!]!.path;
        if (!file.startsWith(dir)) break;
        if (!file.includes('/node_modules/', dir.length - 1)) found.push(sorted[i]!);
      }
      record({ type: 'npm', ...manifest }, found);
    }
  }

  records.sort((a, b) => b.bytes - a.bytes || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || cmp(a.name, b.name));
  const byType = new Array<number>(types.length).fill(0);
  let total = 0;
  let ownedBytes = 0;
  visible.forEach((f, i) => {
    total += f.size;
    const mask = ownedBy[i]!;
    if (mask === 0) return;
    ownedBytes += f.size;
    for (let t = 0; t < types.length; t++) if (mask & (1 << t)) byType[t]! += f.size;
  });
  const packageTotals: PackageTotals = { unowned: total - ownedBytes };
  for (const t of types.map((_, t) => t).sort((a, b) => cmp(types[a]!, types[b]!)))
    packageTotals[types[t]!] = byType[t]!;
  const ownerUnder = (folder: string): string | null => {
    const below = `${folder.replace(/^\/+/, '')}/`;
    let best: string | null = null;
    let most = 0;
    for (const { label, files } of owners) {
      let bytes = 0;
      for (const i of files) if (visible[i]!.path.startsWith(below)) bytes += visible[i]!.size;
      if (bytes > most) [best, most] = [label, bytes];
    }
    return best;
  };
  return {
    packages: records.slice(0, PACKAGE_LIMIT),
    packageTotals,
    ownerUnder,
    ...(notes.size ? { notes: [...notes] } : {}),
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The first place in `sorted` (numbers of `visible`'s files, by path) whose path is not before `prefix`. */
function lowerBound(sorted: readonly number[], visible: readonly VisibleFile[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (visible[sorted[mid]!]!.path < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Resolves the folder symlinks on a path (a package lists `/bin/ls`; with merged /usr the file is at
 * `usr/bin/ls`), as the final filesystem has them: the topmost layer's entry for a path wins. A
 * package list names thousands of paths in a few hundred folders: each folder is resolved once.
 */
function symlinkResolver(layers: readonly PackageLayer[]): (path: string) => string | null {
  const links = new Map<string, string>();
  for (const layer of layers) {
    for (const e of layer.entries) {
      if (e.type === 'symlink') links.set(e.path, e.linkName);
      else if (links.size) links.delete(e.path);
    }
  }
  if (links.size === 0) return () => null;
  const folders = new Map<string, string | null>([['', '']]);
  // A folder with every link on its way followed; null when a link leads out of the root or in a loop.
  const folder = (dir: string): string | null => {
    const known = folders.get(dir);
    if (known !== undefined) return known;
    folders.set(dir, null); // a loop of links comes back here, and ends
    const slash = dir.lastIndexOf('/');
    const parent = slash === -1 ? '' : folder(dir.slice(0, slash));
    let resolved: string | null = null;
    if (parent !== null) {
      const here = parent === '' ? dir.slice(slash + 1) : `${parent}/${dir.slice(slash + 1)}`;
      const target = links.get(here);
      if (target === undefined) resolved = here;
      else {
        const joined = joinPath(parent, target);
        resolved = joined === null ? null : folder(joined);
      }
    }
    folders.set(dir, resolved);
    return resolved;
  };
  return (path) => {
    const slash = path.lastIndexOf('/');
    if (slash === -1) return path;
    const dir = folder(path.slice(0, slash));
    if (dir === null) return null;
    return dir === '' ? path.slice(slash + 1) : `${dir}/${path.slice(slash + 1)}`;
  };
}
