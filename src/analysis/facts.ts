/**
 * Facts the optimisation hints are made from. Pure: it sees tar members and the merged view, never
 * file contents (a secret is recognised by its name only).
 */
import { baseName, displayPath, type TreeEntry } from '../filetree/entry.js';
import type { HiddenFile, VisibleFile } from '../filetree/merge.js';
import type { HintFacts, PackageCacheKind, ToolchainKind } from './types.js';

const HOME = '(?:root|home/[^/]+)';

/** Package-manager caches: the folder that is the cache, matched at the start of a path. */
const CACHES: [PackageCacheKind, RegExp][] = [
  ['apt-lists', /^(var\/lib\/apt\/lists)\//],
  ['apt-archives', /^(var\/cache\/apt)\//],
  ['apk', /^(var\/cache\/apk|etc\/apk\/cache)\//],
  ['npm', new RegExp(`^(${HOME}/\\.npm)/`)],
  ['yarn', new RegExp(`^(${HOME}/\\.cache/yarn|usr/local/share/\\.cache/yarn|${HOME}/\\.yarn/berry/cache)/`)],
  ['pnpm', new RegExp(`^(${HOME}/\\.local/share/pnpm/store|${HOME}/\\.pnpm-store|${HOME}/\\.cache/pnpm)/`)],
  ['pip', new RegExp(`^(${HOME}/\\.cache/pip)/`)],
  ['go-build', new RegExp(`^(${HOME}/\\.cache/go-build)/`)],
  ['maven', new RegExp(`^(${HOME}/\\.m2/repository)/`)],
  ['gradle', new RegExp(`^(${HOME}/\\.gradle/caches)/`)],
  ['other', /^(var\/cache\/(?:yum|dnf|zypp|pacman\/pkg))\//],
];

/** Where any of the caches can be: a cheap first test before the patterns above. */
const CACHE_ROOTS = /^(var\/|root\/|home\/|usr\/local\/share\/|etc\/apk\/)/;

/**
 * A toolchain is recognised by a file only it ships; the folder named is what it costs. A JDK has
 * `javac` and `jmods`, which a JRE lacks. Go's toolchain is its compiler under `pkg/tool` plus its
 * standard library's sources, which Debian keeps apart (/usr/lib/go-N, /usr/share/go-N) and the
 * official image keeps together (/usr/local/go). TypeScript is a compiler too: in a final image it
 * means the dev dependencies were installed there.
 */
const TOOLCHAINS: [ToolchainKind, RegExp][] = [
  ['compiler', /^(usr\/lib\/gcc)\/[^/]+\/[^/]+\/(?:cc1|cc1plus|f951|lto1)$/],
  ['compiler', /^(usr\/lib\/llvm-[^/]+)\/bin\/clang$/],
  ['compiler', /^(.+)\/pkg\/tool\/[^/]+\/compile$/],
  ['compiler', /^(.+)\/src\/cmd\/compile\/main\.go$/],
  ['compiler', /^((?:.+\/)?node_modules\/typescript)\/lib\/tsc\.js$/],
  ['headers', /^(usr\/(?:local\/)?include)\//],
  ['jdk', /^(.+)\/bin\/javac$/],
  ['jdk', /^(.+)\/jmods\/[^/]+\.jmod$/],
  ['build-tools', /^(usr\/bin\/(?:make|cmake|ninja|[^/]*ld\.bfd|[^/]*-linux-gnu-as))$/],
];

/**
 * Patterns as one regular expression, tried on each of tens of thousands of paths: an alternation
 * of the patterns (each with one capture group), so that group i + 1 is pattern i's. Being
 * anchored, the first pattern that matches is the one that captures.
 */
function either<K>(patterns: readonly [K, RegExp][]): (path: string) => [K, string] | null {
  const all = new RegExp(patterns.map(([, re]) => `(?:${re.source})`).join('|'));
  return (path) => {
    const m = all.exec(path);
    if (!m) return null;
    const i = m.findIndex((group, n) => n > 0 && group !== undefined);
    return [patterns[i - 1]![0], m[i]!];
  };
}

const cacheOf = either(CACHES);

/** What every toolchain pattern needs somewhere in the path: a cheap first test. */
const TOOLCHAIN_HINT =
  /^usr\/(?:lib\/gcc\/|lib\/llvm-|include\/|local\/include\/|bin\/)|\/bin\/javac$|\/jmods\/|\/compile(?:\/main\.go)?$|node_modules\/typescript\/lib\/tsc\.js$/;

const SECRET_NAMES = new Set([
  '.env',
  'id_rsa',
  'id_dsa',
  'id_ecdsa',
  'id_ed25519',
  '.npmrc',
  '.pypirc',
  '.netrc',
  '.git-credentials',
  'credentials',
  '.dockercfg',
]);
// Public certificates are .pem files too: trust stores and CA bundles are not secrets.
const PUBLIC_CERTS =
  /^(etc\/ssl\/certs|etc\/pki|usr\/share\/ca-certificates|usr\/local\/share\/ca-certificates|usr\/lib\/ssl\/certs)\/|(^|\/)(cacert|ca-bundle|ca-certificates)\.(pem|crt)$/;

const SECRET_EXTENSION = /\.(pem|key|p12|pfx)$/;

/** The first characters of SECRET_NAMES: most files' names start otherwise and are settled at once. */
const SECRET_INITIALS = new Set([...SECRET_NAMES].map((n) => n.charCodeAt(0)));

export function looksSecret(path: string): boolean {
  if (
    !SECRET_INITIALS.has(path.charCodeAt(path.lastIndexOf('/') + 1)) &&
    !path.endsWith('config.json') &&
    !SECRET_EXTENSION.test(path)
  )
    return false;
  const name = baseName(path);
  if (SECRET_NAMES.has(name)) return true;
  // Most names have none of these shapes: settle them without a regular expression.
  if (!name.startsWith('.env') && !name.endsWith('config.json') && !SECRET_EXTENSION.test(name)) return false;
  if (/^\.env\.(?!example$|sample$|template$|dist$)/.test(name)) return true;
  if (path.endsWith('.docker/config.json')) return true;
  return SECRET_EXTENSION.test(name) && !PUBLIC_CERTS.test(path);
}

export function runsAsRoot(user: string | null): boolean {
  return !user || /^(root|0)(:.*)?$/.test(user);
}

const REMOVED_LIMIT = 100;
const SECRET_LIMIT = 100;

export interface FactInput {
  layers: readonly (readonly TreeEntry[])[];
  visible: readonly VisibleFile[];
  hidden: readonly HiddenFile[];
  user: string | null;
  /** What `layerFacts` found in each layer, when it ran already (as each layer was read). */
  perLayer?: readonly LayerFacts[];
}

/** The facts one layer holds by itself: package caches and secret-looking files. */
export interface LayerFacts {
  caches: HintFacts['packageCaches'];
  secrets: HintFacts['secrets'];
}

export function layerFacts(entries: readonly TreeEntry[], layer: number): LayerFacts {
  const caches = new Map<string, HintFacts['packageCaches'][number]>();
  const secrets: HintFacts['secrets'] = [];
  for (const e of entries) {
    if (e.type !== 'file') continue;
    if (secrets.length < SECRET_LIMIT && looksSecret(e.path)) secrets.push({ path: displayPath(e.path), layer });
    if (e.size === 0 || !CACHE_ROOTS.test(e.path)) continue;
    const cache = cacheOf(e.path);
    if (!cache) continue;
    const [kind, folder] = cache;
    const found = caches.get(folder);
    if (found) found.bytes += e.size;
    else caches.set(folder, { kind, path: displayPath(folder), layer, bytes: e.size });
  }
  return { caches: [...caches.values()], secrets };
}

export function hintFacts({ layers, visible, hidden, user, perLayer }: FactInput): HintFacts {
  const found = perLayer ?? layers.map(layerFacts);
  const secrets = found.flatMap((f) => f.secrets).slice(0, SECRET_LIMIT);

  // Toolchains: the folders, then what is visible below them and which layer holds most of it.
  const roots = new Map<string, ToolchainKind>();
  for (const f of visible) {
    if (!TOOLCHAIN_HINT.test(f.path)) continue;
    for (const [kind, pattern] of TOOLCHAINS) {
      const m = pattern.exec(f.path);
      if (m && !roots.has(m[1]!)) roots.set(m[1]!, kind);
    }
  }
  // What is visible below each toolchain's folder, in one pass over the files.
  const sums = [...roots].map(([root, kind]) => ({
    root,
    below: `${root}/`,
    kind,
    bytes: 0,
    perLayer: new Map<number, number>(),
  }));
  if (sums.length) {
    for (const f of visible) {
      for (const sum of sums) {
        if (f.path.startsWith(sum.below) || f.path === sum.root) {
          sum.bytes += f.size;
          sum.perLayer.set(f.layer, (sum.perLayer.get(f.layer) ?? 0) + f.size);
        }
      }
    }
  }
  const toolchains: HintFacts['toolchains'] = sums.map(({ root, kind, bytes, perLayer }) => ({
    kind,
    path: displayPath(root),
    layer: [...perLayer].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0,
    bytes,
  }));

  const removedLater = hidden
    .filter((h) => h.removedIn > h.layer && h.size > 0)
    .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))
    .slice(0, REMOVED_LIMIT)
    .map((h) => ({ path: displayPath(h.path), layer: h.layer, removedIn: h.removedIn, how: h.how, bytes: h.size }));

  return {
    packageCaches: found.flatMap((f) => f.caches).sort((a, b) => b.bytes - a.bytes),
    removedLater,
    toolchains: toolchains.sort((a, b) => b.bytes - a.bytes),
    secrets,
    user,
    runsAsRoot: runsAsRoot(user),
  };
}
