/**
 * The final filesystem as a container runtime (overlayfs) assembles it from the layers, and what it
 * hides: a later layer's entry replaces a path (and, unless it is a directory, everything below
 * it), a whiteout `.wh.<name>` deletes `<name>` and its subtree, and an opaque marker
 * `.wh..wh..opq` hides everything the lower layers had in its directory.
 */
import { OPAQUE_MARKER, parentOf, WHITEOUT_PREFIX, type TreeEntry } from './entry.js';

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
  // What the layers above the one being read hide, by path: the path itself, and everything below
  // it. Layers are read top-down so each cover records the lowest layer that applies it.
  const covers = new Map<string, { path: Cover | null; below: Cover | null }>();
  const setCover = (path: string, own: Cover | null, below: Cover | null): void => {
    const c = covers.get(path);
    if (!c) covers.set(path, { path: own, below });
    else {
      if (own) c.path = own;
      if (below) c.below = below;
    }
  };
  const visible: VisibleFile[][] = [];
  const hidden: HiddenFile[] = [];

  // Covers change only between layers, so what covers everything below a directory is worked out
  // once per directory and layer: an entry then costs one lookup for its directory, not one per level.
  let belowDir = new Map<string, Cover | null>();
  const coverBelow = (dir: string): Cover | null => {
    let found = belowDir.get(dir);
    if (found !== undefined) return found;
    found = covers.get(dir)?.below ?? null;
    if (dir !== '') {
      const above = coverBelow(parentOf(dir));
      if (above && (!found || above.layer < found.layer)) found = above;
    }
    belowDir.set(dir, found);
    return found;
  };
  const coverOf = (path: string): Cover | null => {
    const own = covers.get(path)?.path ?? null;
    const below = coverBelow(parentOf(path));
    return own && (!below || own.layer < below.layer) ? own : below;
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
    belowDir = new Map();
    if (layer === 0) break; // nothing lies below the bottom layer to cover

    const deleted: Cover = { layer, how: 'deleted' };
    const overwritten: Cover = { layer, how: 'overwritten' };
    for (const e of entries) {
      const slash = e.path.lastIndexOf('/');
      if (!e.path.startsWith(WHITEOUT_PREFIX, slash + 1)) {
        // A file or link replacing a directory takes the directory's contents away with it.
        if (e.path !== '') setCover(e.path, overwritten, e.type === 'directory' ? null : overwritten);
        continue;
      }
      const name = e.path.slice(slash + 1);
      const dir = slash === -1 ? '' : e.path.slice(0, slash);
      if (name === OPAQUE_MARKER) setCover(dir, null, deleted);
      else if (!name.startsWith(`${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) {
        // Other `.wh..wh.` names are AUFS metadata, not whiteouts.
        const target = (dir ? `${dir}/` : '') + name.slice(WHITEOUT_PREFIX.length);
        setCover(target, deleted, deleted);
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
  return path.startsWith(WHITEOUT_PREFIX, path.lastIndexOf('/') + 1);
}
