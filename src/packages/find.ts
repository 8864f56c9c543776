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
  const byPath = new Map<string, VisibleFile>();
  for (const f of visible) byPath.set(f.path, f);

  // Each database file as the final filesystem shows it: the captured copy of the visible version.
  const databases = new Map<string, string>();
  layers.forEach((layer, index) => {
    for (const c of layer.captured ?? []) {
      if (byPath.get(c.path)?.layer === index) databases.set(c.path, c.data.toString('utf8'));
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

  const records: PackageRecord[] = [];
  const fileSets: { label: string; files: Iterable<VisibleFile> }[] = [];
  const ownedByType = new Map<PackageType, Set<VisibleFile>>();
  const owned = new Set<VisibleFile>();
  const record = (pkg: { type: PackageType; name: string; version: string | null }, files: Iterable<VisibleFile>) => {
    let bytes = 0;
    let count = 0;
    const perLayer = new Map<number, number>();
    const typeSet = ownedByType.get(pkg.type) ?? new Set<VisibleFile>();
    ownedByType.set(pkg.type, typeSet);
    for (const f of files) {
      bytes += f.size;
      count++;
      perLayer.set(f.layer, (perLayer.get(f.layer) ?? 0) + f.size);
      typeSet.add(f);
      owned.add(f);
    }
    let layer = -1;
    let most = -1;
    for (const [l, b] of perLayer) if (b > most || (b === most && l < layer)) [layer, most] = [l, b];
    records.push({ type: pkg.type, name: pkg.name, version: pkg.version, bytes, files: count, layer });
    fileSets.push({ label: `${pkg.type} ${pkg.name}`, files });
  };

  for (const pkg of declared) {
    const files = new Set<VisibleFile>();
    for (const path of pkg.files) {
      const file = byPath.get(path) ?? byPath.get(resolve(path) ?? '');
      if (file) files.add(file);
    }
    record(pkg, files);
  }

  // Node packages own their folder: a range of the sorted paths, minus nested node_modules.
  const manifests = paths.filter((p) => p.endsWith('/package.json') && p.includes('node_modules/'));
  if (manifests.length) {
    const sorted = [...visible].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const path of manifests) {
      const manifest = npmManifest(read(path)!);
      if (!manifest) continue;
      const dir = path.slice(0, -'/package.json'.length) + '/';
      const files: VisibleFile[] = [];
      for (let i = lowerBound(sorted, dir); i < sorted.length && sorted[i]!.path.startsWith(dir); i++) {
        if (!sorted[i]!.path.includes('/node_modules/', dir.length - 1)) files.push(sorted[i]!);
      }
      record({ type: 'npm', ...manifest }, files);
    }
  }

  records.sort((a, b) => b.bytes - a.bytes || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || cmp(a.name, b.name));
  let ownedBytes = 0;
  for (const f of owned) ownedBytes += f.size;
  let total = 0;
  for (const f of visible) total += f.size;
  const packageTotals: PackageTotals = { unowned: total - ownedBytes };
  for (const [type, set] of [...ownedByType].sort(([a], [b]) => cmp(a, b))) {
    let bytes = 0;
    for (const f of set) bytes += f.size;
    packageTotals[type] = bytes;
  }
  const ownerUnder = (folder: string): string | null => {
    const below = `${folder.replace(/^\/+/, '')}/`;
    let best: string | null = null;
    let most = 0;
    for (const { label, files } of fileSets) {
      let bytes = 0;
      for (const f of files) if (f.path.startsWith(below)) bytes += f.size;
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

function lowerBound(sorted: readonly VisibleFile[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.path < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Resolves the folder symlinks on a path (a package lists `/bin/ls`; with merged /usr the file is at
 * `usr/bin/ls`), as the final filesystem has them: the topmost layer's entry for a path wins.
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
  return (path) => {
    let parts = path.split('/');
    let hops = 0;
    for (let i = 0; i < parts.length - 1; i++) {
      const prefix = parts.slice(0, i + 1).join('/');
      const target = links.get(prefix);
      if (target === undefined) continue;
      if (++hops > 40) return null;
      const parent = parts.slice(0, i).join('/');
      const resolved = joinPath(parent, target);
      if (resolved === null) return null;
      parts = [...resolved.split('/').filter(Boolean), ...parts.slice(i + 1)];
      i = -1; // the new prefix may hold links of its own
    }
    return parts.join('/');
  };
}
