/**
 * The final filesystem as a container runtime (overlayfs) assembles it from the layers, and what it
 * hides: a later layer's entry replaces a path (and, unless it is a directory, everything below
 * it), a whiteout `.wh.<name>` deletes `<name>` and its subtree, and an opaque marker
 * `.wh..wh..opq` hides everything the lower layers had in its directory.
 */
import { baseName, OPAQUE_MARKER, parentOf, WHITEOUT_PREFIX, type TreeEntry } from './entry.js';

export interface VisibleFile {
  path: string;
  size: number;
  layer: number;
}

export interface HiddenFile {
  path: string;
  size: number;
  layer: number;
  /** The first layer above that hid it (its own layer when the same tar wrote the path twice). */
  removedIn: number;
  how: 'deleted' | 'overwritten';
}

export interface MergedView {
  /** Regular files of the final filesystem, in layer order. */
  visible: VisibleFile[];
  /** Regular files stored in a layer that the final filesystem does not show. */
  hidden: HiddenFile[];
  /** Σ size of `hidden`: bytes shipped in the layers but unreachable in a container. */
  hiddenBytes: number;
}

interface Cover {
  layer: number;
  how: 'deleted' | 'overwritten';
}

/** Merges layers (bottom to top) into the final view. Pure; linear in entries × path depth. */
export function mergeLayers(layers: readonly (readonly TreeEntry[])[]): MergedView {
  // What the layers above the one being read hide: a path itself, or everything below a directory.
  // Layers are read top-down so each cover records the lowest layer that applies it.
  const coversPath = new Map<string, Cover>();
  const coversBelow = new Map<string, Cover>();
  const visible: VisibleFile[][] = [];
  const hidden: HiddenFile[] = [];

  const coverOf = (path: string): Cover | null => {
    let best = coversPath.get(path) ?? null;
    for (let dir = path; dir !== '';) {
      dir = parentOf(dir);
      const below = coversBelow.get(dir);
      if (below && (!best || below.layer < best.layer)) best = below;
    }
    return best;
  };

  for (let layer = layers.length - 1; layer >= 0; layer--) {
    const entries = layers[layer]!;
    // The same path twice in one tar: the last member wins.
    const last = new Map<string, number>();
    // A hard link shares its target's content: that content stays reachable through any of its names.
    const links = new Map<string, string[]>();
    entries.forEach((e, i) => {
      last.set(e.path, i);
      if (e.type === 'hardlink') links.set(e.linkName, [...(links.get(e.linkName) ?? []), e.path]);
    });
    const shown: VisibleFile[] = [];
    entries.forEach((e, i) => {
      if (e.type !== 'file' || isMarker(e.path)) return;
      if (last.get(e.path) !== i) {
        hidden.push({ path: e.path, size: e.size, layer, removedIn: layer, how: 'overwritten' });
        return;
      }
      const cover = coverOf(e.path);
      if (!cover) {
        shown.push({ path: e.path, size: e.size, layer });
        return;
      }
      const reachable = (links.get(e.path) ?? []).some((name) => !coverOf(name));
      if (!reachable) hidden.push({ path: e.path, size: e.size, layer, removedIn: cover.layer, how: cover.how });
    });
    visible[layer] = shown;

    for (const e of entries) {
      const name = baseName(e.path);
      if (name === OPAQUE_MARKER) {
        coversBelow.set(parentOf(e.path), { layer, how: 'deleted' });
      } else if (name.startsWith(WHITEOUT_PREFIX)) {
        if (name.startsWith(`${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) continue; // other AUFS metadata
        const dir = parentOf(e.path);
        const target = (dir ? `${dir}/` : '') + name.slice(WHITEOUT_PREFIX.length);
        coversPath.set(target, { layer, how: 'deleted' });
        coversBelow.set(target, { layer, how: 'deleted' });
      } else if (e.path !== '') {
        coversPath.set(e.path, { layer, how: 'overwritten' });
        // A file or link replacing a directory takes the directory's contents away with it.
        if (e.type !== 'directory') coversBelow.set(e.path, { layer, how: 'overwritten' });
      }
    }
  }

  return {
    visible: visible.flat(),
    hidden,
    hiddenBytes: hidden.reduce((n, h) => n + h.size, 0),
  };
}

function isMarker(path: string): boolean {
  return baseName(path).startsWith(WHITEOUT_PREFIX);
}
