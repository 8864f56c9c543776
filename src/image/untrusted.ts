/**
 * An archive or layout folder is untrusted input: whoever made it chose every name and string in
 * it. Messages show such a string only quoted, escaped and short, never the file's bytes, and a
 * file it names is read only when that name stays inside the archive or folder.
 */
import * as path from 'node:path';
import { UserError } from '../errors.js';

/**
 * A string from an archive as a message may show it: as it is when it is a short run of the
 * characters names, digests and media types are made of, else JSON-quoted (no line breaks) and cut
 * to `max` characters.
 */
export function shown(value: unknown, max = 80): string {
  if (typeof value === 'string' && value.length <= max && /^[\w.+/:@=-]+$/.test(value)) return value;
  const text = typeof value === 'string' ? value : String(JSON.stringify(value) ?? value);
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  // JSON.stringify escapes control characters; U+2028/2029 would still break a line in some views.
  return JSON.stringify(cut).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * The relative `/`-separated name of a file that `name` (from an archive's own JSON) points to, or
 * null when it leaves the archive: an absolute path, `..` above the top, a backslash or a NUL.
 */
export function nameInside(name: string): string | null {
  if (name === '' || name.includes('\0') || name.includes('\\') || path.posix.isAbsolute(name)) return null;
  const normal = path.posix.normalize(name);
  if (normal === '..' || normal.startsWith('../') || normal === '.') return null;
  return normal.replace(/\/+$/, '');
}

/** Where an archive or a folder is, and which it is, for the one-line messages. */
export interface Place {
  readonly location: string;
  readonly kind: 'archive' | 'folder' | 'registry';
}

/** `<where>: the archive is damaged: <file>: <reason>`, with what to do. */
export function damaged(place: Place, file: string, reason: string): UserError {
  if (place.kind === 'registry') {
    // A registry's blobs are named by digest, as the registry names them.
    const blob = file.replace(/^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/, '$1:$2');
    return new UserError(`${place.location}: the image in the registry is damaged: ${blob}: ${reason}; push it again`);
  }
  return new UserError(
    `${place.location}: the ${place.kind} is damaged: ${file}: ${reason}; save or build the image again`,
  );
}

/** Refuses a name from `namedBy` that points outside the archive or folder. */
export function outside(place: Place, namedBy: string, name: string): UserError {
  return new UserError(
    `${place.location}: ${namedBy} names ${shown(name)}, which is outside the ${place.kind}: refusing to read it`,
  );
}
