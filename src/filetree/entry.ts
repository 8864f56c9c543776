/**
 * The file tree works on tar members as any layer format describes them; it knows nothing of
 * images, blobs or compression.
 */
export type EntryKind = 'file' | 'hardlink' | 'symlink' | 'directory' | 'other';

export interface TreeEntry {
  /** Relative, `/`-separated, no leading `./` or `/`; `""` is the root. */
  path: string;
  type: EntryKind;
  /** The size in the tar header: content bytes for regular files, 0 for everything else. */
  size: number;
  /** A hard link's target (a path of the same layer); ignored for other types. */
  linkName: string;
}

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';

/** Whether a path's own name is a whiteout or an opaque marker (`.wh.…`): a marker, not a file. */
export function isWhiteoutPath(path: string): boolean {
  return path.startsWith(WHITEOUT_PREFIX, path.lastIndexOf('/') + 1);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** How a path is shown to users: absolute, as dive and `ls` print it. */
export function displayPath(path: string): string {
  return `/${path}`;
}

/**
 * Go's sort.Strings order (UTF-8 bytes), which dive walks trees in. JavaScript's `<` compares
 * UTF-16 code units and differs for characters beyond the BMP, so compare code points.
 */
export function compareBytewise(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (0xD800–0xDFFF) stands for a code point above every BMP character.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
