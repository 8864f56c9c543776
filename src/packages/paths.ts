/**
 * Which files of a layer are package databases, kept while the layer is scanned. Only these small
 * files' contents are kept, each up to a cap and all of a layer's together up to another, so an
 * image with a huge or hostile database costs bounded memory.
 */

/** A kept file larger than this is left out (its packages are then unknown). */
export const CAPTURE_FILE_LIMIT = 8 * 1024 * 1024;
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
  return path.endsWith('RECORD') || path.endsWith('installed-files.txt') ? PYTHON.test(path) : false;
}

/**
 * What is kept of a package file: a package.json is reduced to its name and version (a package's
 * manifest can be large, and an image holds thousands); everything else as it is.
 */
export function keptContents(path: string, data: Buffer): Buffer | null {
  if (!path.endsWith('package.json')) return data;
  try {
    const doc = JSON.parse(data.toString('utf8')) as { name?: unknown; version?: unknown };
    if (typeof doc.name !== 'string') return null;
    const version = typeof doc.version === 'string' ? doc.version : null;
    return Buffer.from(JSON.stringify({ name: doc.name, version }));
  } catch {
    return null;
  }
}
