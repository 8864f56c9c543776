import { rpmdbToText } from './rpm.js';

/**
 * Which files of a layer are package databases, kept while the layer is scanned. Only these small
 * files' contents are kept, each up to a cap and all of a layer's together up to another, so an
 * image with a huge or hostile database costs bounded memory.
 */

/** A kept file larger than this is left out (its packages are then unknown). */
export const CAPTURE_FILE_LIMIT = 8 * 1024 * 1024;
/** RPM's database is larger: it is turned into a short list as soon as it is read. */
export const RPMDB_LIMIT = 32 * 1024 * 1024;
export const RPMDB_PATHS = new Set(['var/lib/rpm/rpmdb.sqlite', 'usr/lib/sysimage/rpm/rpmdb.sqlite']);

/** The largest file kept at `path`. */
export function captureLimit(path: string): number {
  return RPMDB_PATHS.has(path) ? RPMDB_LIMIT : CAPTURE_FILE_LIMIT;
}

/** All the files kept from one layer. */
export const CAPTURE_LAYER_LIMIT = 64 * 1024 * 1024;

const PYTHON = /(?:^|\/)(?:site|dist)-packages\/[^/]+\.(?:dist-info\/RECORD|egg-info\/installed-files\.txt)$/;
// A package's own package.json: node_modules/NAME/package.json or node_modules/@SCOPE/NAME/package.json.
const NPM = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@][^/]*\/package\.json$/;

/** Whether a tar member's contents are kept: `path` is normalised (no leading `/`). */
export function isPackageFile(path: string): boolean {
  if (path.startsWith('var/lib/dpkg/')) {
    const rest = path.slice('var/lib/dpkg/'.length);
    return (
      rest === 'status' ||
      (rest.startsWith('info/') && rest.endsWith('.list')) ||
      (rest.startsWith('status.d/') && !rest.slice(9).includes('/'))
    );
  }
  // usr/lib/…: where it lands when /lib is a link to usr/lib (a merged-/usr system).
  if (path === 'lib/apk/db/installed' || path === 'usr/lib/apk/db/installed') return true;
  if (path.endsWith('package.json')) return NPM.test(path);
  if (RPMDB_PATHS.has(path)) return true;
  return path.endsWith('RECORD') || path.endsWith('installed-files.txt') ? PYTHON.test(path) : false;
}

/**
 * What is kept of a package file: a package.json is reduced to its name and version (a package's
 * manifest can be large, and an image holds thousands), RPM's database to its packages' names,
 * versions and files (./rpm.ts); everything else as it is.
 */
export function keptContents(path: string, data: Buffer): Buffer | null {
  if (RPMDB_PATHS.has(path)) return Buffer.from(rpmdbToText(data));
  if (!path.endsWith('package.json')) return data;
  const manifest = npmManifest(data.toString('utf8'));
  return manifest ? Buffer.from(JSON.stringify(manifest)) : null;
}

/** A Node package's name and version from its package.json (or from what keptContents kept of it). */
export function npmManifest(text: string): { name: string; version: string | null } | null {
  try {
    const doc = JSON.parse(text) as { name?: unknown; version?: unknown };
    return typeof doc.name === 'string'
      ? { name: doc.name, version: typeof doc.version === 'string' ? doc.version : null }
      : null;
  } catch {
    return null;
  }
}
