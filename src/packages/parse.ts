/**
 * Package databases, parsed into each package's name, version and file list (paths normalised as
 * the layers' tar members are: no leading `/`). Each parser takes the database's files as the final
 * filesystem shows them; broken records are skipped, never thrown on: the files come from an image.
 */
import type { PackageType } from '../analysis/types.js';
import { RPMDB_PATHS } from './paths.js';
import { RPM_UNREADABLE } from './rpm.js';

export interface DeclaredPackage {
  type: PackageType;
  name: string;
  version: string | null;
  /** Paths the package's own file list names. */
  files: string[];
}

/** A package database's file, as the final filesystem has it. */
export type DatabaseFile = (path: string) => string | null;

/** Joins `rel` to the folder `dir` (both normalised), resolving `.` and `..`; null when it leaves the root. */
export function joinPath(dir: string, rel: string): string | null {
  const parts = rel.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** RFC 822-style stanzas (dpkg's status, apk's installed): blank-line separated `Key: value` blocks. */
function stanzas(text: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    let last: string | null = null;
    for (const line of block.split('\n')) {
      if ((line.startsWith(' ') || line.startsWith('\t')) && last) continue; // continuation lines (descriptions)
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      last = line.slice(0, colon);
      fields.set(last, line.slice(colon + 1).trim());
    }
    if (fields.size) out.push(fields);
  }
  return out;
}

/** The paths of a file list, one a line. */
function listed(text: string | null): string[] {
  if (text === null) return [];
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const path = line.trim();
    // Most lines are already as the layers name their members (`/usr/bin/jq`): no dots, no doubled slashes.
    const plain = path.startsWith('/') && !path.endsWith('/') && !path.includes('//') && !path.includes('/.');
    const joined = plain ? path.slice(1) : joinPath('', path);
    if (joined) out.push(joined);
  }
  return out;
}

/** dpkg: `var/lib/dpkg/status` with each package's `info/NAME[:ARCH].list`. */
export function dpkgStatus(read: DatabaseFile): DeclaredPackage[] {
  const status = read('var/lib/dpkg/status');
  if (status === null) return [];
  const out: DeclaredPackage[] = [];
  for (const f of stanzas(status)) {
    const name = f.get('Package');
    if (!name || !/\binstalled$/.test(f.get('Status') ?? '')) continue;
    const arch = f.get('Architecture');
    const list =
      (arch ? read(`var/lib/dpkg/info/${name}:${arch}.list`) : null) ?? read(`var/lib/dpkg/info/${name}.list`);
    out.push({ type: 'deb', name, version: f.get('Version') ?? null, files: listed(list) });
  }
  return out;
}

/** dpkg as distroless images have it: one stanza per file in `status.d/`, files in `status.d/NAME.md5sums`. */
export function dpkgStatusD(read: DatabaseFile, paths: readonly string[]): DeclaredPackage[] {
  const out: DeclaredPackage[] = [];
  for (const path of paths) {
    if (!path.startsWith('var/lib/dpkg/status.d/') || path.endsWith('.md5sums')) continue;
    const text = read(path);
    if (text === null) continue;
    const sums = read(`${path}.md5sums`);
    const files = sums === null ? [] : listed(sums.replace(/^[0-9a-f]+ +/gm, ''));
    for (const f of stanzas(text)) {
      const name = f.get('Package');
      if (name) out.push({ type: 'deb', name, version: f.get('Version') ?? null, files });
    }
  }
  return out;
}

/** Alpine's apk: `lib/apk/db/installed`, `P:` name, `V:` version, `F:` folder, `R:` file in it. */
export function apkInstalled(read: DatabaseFile): DeclaredPackage[] {
  const text = read('lib/apk/db/installed');
  if (text === null) return [];
  const out: DeclaredPackage[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    let pkg: DeclaredPackage | null = null;
    let dir = '';
    for (const line of block.split('\n')) {
      const key = line.slice(0, 2);
      const value = line.slice(2);
      if (key === 'P:') pkg = { type: 'apk', name: value, version: null, files: [] };
      else if (!pkg) continue;
      else if (key === 'V:') pkg.version = value;
      else if (key === 'F:') dir = joinPath('', value) ?? '';
      else if (key === 'R:') {
        const file = joinPath(dir, value);
        if (file) pkg.files.push(file);
      }
    }
    if (pkg?.name) out.push(pkg);
  }
  return out;
}

/** The first field of a RECORD line (CSV: a path with a comma is quoted). */
function csvFirst(line: string): string {
  if (!line.startsWith('"')) return line.split(',')[0]!;
  let out = '';
  for (let i = 1; i < line.length; i++) {
    if (line[i] === '"') {
      if (line[i + 1] !== '"') break;
      i++;
    }
    out += line[i];
  }
  return out;
}

/** Python: `NAME-VERSION.dist-info/RECORD` (paths from site-packages) and `.egg-info/installed-files.txt`. */
export function python(read: DatabaseFile, paths: readonly string[]): DeclaredPackage[] {
  const out: DeclaredPackage[] = [];
  for (const path of paths) {
    const m = /^(.*?)([^/]+)\.(dist-info\/RECORD|egg-info\/installed-files\.txt)$/.exec(path);
    if (!m) continue;
    const text = read(path);
    if (text === null) continue;
    const [, dir, stem, kind] = m as unknown as [string, string, string, string];
    const dash = stem.indexOf('-');
    const name = dash === -1 ? stem : stem.slice(0, dash);
    // An egg's folder name may end in its Python version: NAME-VERSION-py3.11.
    const version = dash === -1 ? null : stem.slice(dash + 1).replace(/-py\d+(\.\d+)*$/, '');
    const base = kind.startsWith('dist-info') ? dir.replace(/\/$/, '') : path.slice(0, path.lastIndexOf('/'));
    const files: string[] = [];
    for (const line of text.split('\n')) {
      const rel = kind.startsWith('dist-info') ? csvFirst(line.trim()) : line.trim();
      const file = rel ? joinPath(base, rel) : null;
      if (file) files.push(file);
    }
    out.push({ type: 'pip', name, version, files });
  }
  return out;
}

/**
 * RPM: the list ./rpm.ts made of `rpmdb.sqlite` while the layer was read. A database this Node
 * could not read is told to `note` (the analysis carries it to the user), not thrown on.
 */
export function rpm(read: DatabaseFile, note: (message: string) => void): DeclaredPackage[] {
  const out: DeclaredPackage[] = [];
  for (const path of RPMDB_PATHS) {
    const text = read(path);
    if (!text) continue;
    if (text === RPM_UNREADABLE) {
      note(`${path}: the image's RPM packages are not listed: reading RPM's database needs Node 22.5 or later`);
      continue;
    }
    for (const line of text.split('\n')) {
      try {
        const [name, version, files] = JSON.parse(line) as [string, string, string[]];
        out.push({
          type: 'rpm',
          name,
          version,
          files: files.map((f) => joinPath('', f)).filter((f): f is string => !!f),
        });
      } catch {
        // a line this version did not write
      }
    }
  }
  return out;
}
