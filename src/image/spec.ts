/** What the user wrote for `image`: a path to an archive or layout, or an image reference. */

/** File name endings of image archives and layouts. */
export const ARCHIVE_SUFFIX = /\.(tar|tgz|tar\.gz|oci)$/;

/**
 * A path, not a reference: image references never start with `/` or `.`, and a name ending like an
 * archive is taken for one even when the file is missing, so the error says so.
 */
export function looksLikePath(spec: string): boolean {
  return spec.startsWith('/') || spec.startsWith('.') || ARCHIVE_SUFFIX.test(spec);
}
