/**
 * The final filesystem as a container runtime (overlayfs) assembles it from the layers, and what it
 * hides: a later layer's entry replaces a path (and, unless it is a directory, everything below
 * it), a whiteout `.wh.<name>` deletes `<name>` and its subtree, and an opaque marker
 * `.wh..wh..opq` hides everything the lower layers had in its directory.
 */
import { isWhiteoutPath, OPAQUE_MARKER, parentOf, WHITEOUT_PREFIX, type TreeEntry } from './entry.js';

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
  const merger = new Merger(layers.length);
  layers.forEach((entries, layer) => merger.add(layer, entries));
  return merger.finish();
}

/**
 * The merge, layer by layer as the layers come: each is merged as soon as every layer above it
 * has been, so the layers read first need not wait for the slowest one.
 */
export class Merger {
  // What the layers above the one being merged hide, by path: the path itself (`covers`), and
  // everything below it (`coversBelow`). Layers are merged top-down, so each cover records the
  // lowest layer that applies it. A layer's covers are two shared objects, not one per path.
  private readonly covers = new Map<string, Cover>();
  private readonly coversBelow = new Map<string, Cover>();
  private readonly visible: VisibleFile[][] = [];
  private readonly hidden: HiddenFile[] = [];
  /** Layers given before the ones above them, by index. */
  private readonly waiting = new Map<number, readonly TreeEntry[]>();
  /** The layer to merge next. */
  private next: number;

  constructor(layerCount: number) {
    this.next = layerCount - 1;
  }

  add(layer: number, entries: readonly TreeEntry[]): void {
    this.waiting.set(layer, entries);
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.merge(this.next--, ready);
    }
  }

  finish(): MergedView {
    if (this.next >= 0) throw new Error(`layer ${this.next} was never given to the merge`);
    return {
      visible: this.visible.flat(),
      hidden: this.hidden,
      hiddenBytes: this.hidden.reduce((n, h) => n + h.size, 0),
    };
  }

  private setCover(path: string, own: Cover | null, below: Cover | null): void {
    if (own) this.covers.set(path, own);
    if (below) this.coversBelow.set(path, below);
  }

  private merge(layer: number, entries: readonly TreeEntry[]): void {
    const { covers, coversBelow, hidden } = this;
    // Covers change only between layers, so what covers everything below a directory is worked
    // out once per directory and layer: an entry then costs one lookup for its directory, not one
    // per level.
    const belowDir = new Map<string, Cover | null>();
    const coverBelow = (dir: string): Cover | null => {
      let found = belowDir.get(dir);
      if (found !== undefined) return found;
      found = coversBelow.get(dir) ?? null;
      if (dir !== '') {
        const above = coverBelow(parentOf(dir));
        if (above && (!found || above.layer < found.layer)) found = above;
      }
      belowDir.set(dir, found);
      return found;
    };
    const coverOf = (path: string): Cover | null => {
      const own = covers.get(path) ?? null;
      const below = coverBelow(parentOf(path));
      return own && (!below || own.layer < below.layer) ? own : below;
    };

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
      if (e.type !== 'file' || isWhiteoutPath(e.path)) return;
      if (last.get(e.path) !== i) {
        hidden.push({ path: e.path, size: e.size, layer, removedIn: layer, how: 'overwritten' });
        return;
      }
      const cover = coverOf(e.path);
      if (!cover) {
        shown.push({ path: e.path, size: e.size, layer });
        return;
      }
      // Its first name is gone, but the content stays in the final filesystem under a name that is not.
      const kept = (links.get(e.path) ?? []).find((name) => !coverOf(name));
      if (kept !== undefined) shown.push({ path: kept, size: e.size, layer });
      else hidden.push({ path: e.path, size: e.size, layer, removedIn: cover.layer, how: cover.how });
    });
    this.visible[layer] = shown;
    if (layer === 0) return; // nothing lies below the bottom layer to cover

    const deleted: Cover = { layer, how: 'deleted' };
    const overwritten: Cover = { layer, how: 'overwritten' };
    for (const e of entries) {
      const slash = e.path.lastIndexOf('/');
      if (!e.path.startsWith(WHITEOUT_PREFIX, slash + 1)) {
        // A file or link replacing a directory takes the directory's contents away with it.
        if (e.path !== '') this.setCover(e.path, overwritten, e.type === 'directory' ? null : overwritten);
        continue;
      }
      const name = e.path.slice(slash + 1);
      const dir = slash === -1 ? '' : e.path.slice(0, slash);
      if (name === OPAQUE_MARKER) this.setCover(dir, null, deleted);
      else if (!name.startsWith(`${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) {
        // Other `.wh..wh.` names are AUFS metadata, not whiteouts.
        const target = (dir ? `${dir}/` : '') + name.slice(WHITEOUT_PREFIX.length);
        this.setCover(target, deleted, deleted);
      }
    }
  }
}
