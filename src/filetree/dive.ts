/**
 * The waste figures wagoodman/dive reports (its filetree/efficiency.go), reproduced with its quirks
 * so that a team's `.dive-ci` thresholds mean the same here. Each quirk is marked "dive:" below.
 */
import type { DiveFigures } from '../analysis/types.js';
import { compareBytewise, isWhiteoutPath, WHITEOUT_PREFIX, type TreeEntry } from './entry.js';

const OPAQUE_PREFIX = `${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`;

/**
 * A node of dive's FileTree. Most nodes are files, so children are only allocated for directories:
 * an image with 100,000 files then costs a few tens of megabytes here, not hundreds.
 */
class Node {
  children: Map<string, Node> | null = null;
  // dive: a parent directory missing from a layer's tar gets an empty payload: size 0, not a directory.
  isDir = false;
  size = 0;
  constructor(readonly name: string) {}

  get isWhiteout(): boolean {
    return this.name.startsWith(WHITEOUT_PREFIX);
  }

  child(name: string): Node {
    this.children ??= new Map();
    let node = this.children.get(name);
    if (!node) {
      node = new Node(name);
      this.children.set(name, node);
    }
    return node;
  }

  sortedChildren(): Node[] {
    if (!this.children) return [];
    return [...this.children.values()].sort((a, b) => compareBytewise(a.name, b.name));
  }
}

/** A layer's tree, built ahead of `diveFigures` (which consumes it) while other layers are read. */
export type LayerTree = Node;

/** One layer's tree as dive's FileTree.AddPath builds it: implied parents, the last member wins. */
export function layerTree(entries: readonly TreeEntry[]): LayerTree {
  const root = new Node('');
  // Tar writers list a directory's members together: a member's directory is found by its path
  // (one lookup) rather than walked down to from the root (one lookup per level).
  const dirs = new Map<string, Node>([['', root]]);
  const dirNode = (path: string): Node => {
    let node = dirs.get(path);
    if (!node) {
      const slash = path.lastIndexOf('/');
      node = dirNode(slash === -1 ? '' : path.slice(0, slash)).child(path.slice(slash + 1));
      dirs.set(path, node);
    }
    return node;
  };
  for (const entry of entries) {
    if (entry.path === '') continue;
    if (entry.path.includes(OPAQUE_PREFIX)) {
      addOpaquePath(root, entry);
      continue;
    }
    const slash = entry.path.lastIndexOf('/');
    const node = dirNode(slash === -1 ? '' : entry.path.slice(0, slash)).child(entry.path.slice(slash + 1));
    node.isDir = entry.type === 'directory';
    node.size = entry.size;
  }
  return root;
}

/** A path with an opaque marker in it, added name by name. */
function addOpaquePath(root: Node, entry: TreeEntry): void {
  const names = entry.path.split('/');
  let node = root;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    // dive: an opaque marker is dropped (the parents before it stay); lower contents stay visible.
    if (name.startsWith(OPAQUE_PREFIX) && !node.children?.has(name)) return;
    node = node.child(name);
    if (i === names.length - 1) {
      node.isDir = entry.type === 'directory';
      node.size = entry.size;
    }
  }
}

/**
 * dive's node.Path() as a name list: the whiteout prefix is dropped from the node's own name only,
 * so a whiteout counts under the path it removes.
 */
function ownName(node: Node): string {
  return node.isWhiteout ? node.name.slice(WHITEOUT_PREFIX.length) : node.name;
}

/**
 * The paths whiteouts remove, as a tree of names. The stacked tree is only ever asked about them
 * (does it hold one, and how much lies below it), so stacking a layer only needs the nodes on the
 * way to them and below them: everything else is left out, and stacking an upper layer costs next
 * to nothing when it deletes little.
 */
class Removed {
  readonly children = new Map<string, Removed>();
  /** A whiteout names this path: everything below it counts. */
  whole = false;

  child(name: string): Removed {
    let next = this.children.get(name);
    if (!next) {
      next = new Removed();
      this.children.set(name, next);
    }
    return next;
  }

  /** What is asked about below `name`: everything (below a removed path), some paths, or nothing. */
  below(name: string): Removed | undefined {
    if (this.whole) return this;
    return this.children.get(name);
  }
}

/** The name a whiteout removes (`.wh.<name>`); null for any other name, an opaque marker's too. */
function removedName(name: string): string | null {
  return name.startsWith(WHITEOUT_PREFIX) && !name.startsWith(OPAQUE_PREFIX)
    ? name.slice(WHITEOUT_PREFIX.length)
    : null;
}

/** Every whiteout's path (a name starting with `.wh.`, anywhere in a member's path). */
function removedPaths(layers: readonly (readonly TreeEntry[])[]): Removed {
  const root = new Removed();
  for (const entries of layers) {
    for (const e of entries) {
      if (!e.path.includes(WHITEOUT_PREFIX)) continue;
      const names = e.path.split('/');
      names.forEach((name, i) => {
        const removed = removedName(name);
        if (removed === null) return;
        let at = root;
        for (const above of names.slice(0, i)) at = at.child(above);
        at.child(removed).whole = true;
      });
    }
  }
  return root;
}

/**
 * dive's FileTree.Stack: every node of the upper tree, implied ones too, children first and
 * siblings in byte order, is grafted onto the lower tree (its payload replaces the lower one) or,
 * for a whiteout, removes the path. Walking both trees together spares a lookup from the root.
 * The order only matters between a whiteout and its siblings, so an upper layer without
 * whiteouts (`ordered` false) is stacked in any order. Only the nodes `removed` asks about are
 * stacked (see Removed).
 */
function stack(lower: Node, upper: Node, ordered: boolean, removed: Removed): void {
  for (const node of ordered ? upper.sortedChildren() : (upper.children?.values() ?? [])) {
    const below = removed.below(node.name);
    if (below) {
      if (node.children) stack(lower.child(node.name), node, ordered, below);
      if (!node.isWhiteout) {
        const target = lower.child(node.name);
        target.isDir = node.isDir;
        target.size = node.size;
      }
    }
    if (node.isWhiteout && removed.below(ownName(node))) lower.children?.delete(ownName(node));
  }
}

function copyTree(node: Node): Node {
  const copy = new Node(node.name);
  copy.isDir = node.isDir;
  copy.size = node.size;
  if (node.children) {
    copy.children = new Map();
    for (const [name, child] of node.children) copy.children.set(name, copyTree(child));
  }
  return copy;
}

function subtreeSize(node: Node): number {
  let total = node.size;
  if (node.children) for (const child of node.children.values()) total += subtreeSize(child);
  return total;
}

/** What dive counts for one path over all layers, kept in a tree by name like the layers' trees. */
class PathData {
  children: Map<string, PathData> | null = null;
  count = 0;
  cumulative = 0;
  minimum = 0;

  child(name: string): PathData {
    this.children ??= new Map();
    let data = this.children.get(name);
    if (!data) {
      data = new PathData();
      this.children.set(name, data);
    }
    return data;
  }

  add(size: number): void {
    if (this.count === 0 || size < this.minimum) this.minimum = size;
    this.count++;
    this.cumulative += size;
  }
}

function hasWhiteout(entries: readonly TreeEntry[]): boolean {
  return entries.some((e) => isWhiteoutPath(e.path));
}

/** Whether a whiteout among these members names a path the stacked tree lacks. */
function removesMissing(entries: readonly TreeEntry[], stacked: Node): boolean {
  for (const e of entries) {
    if (!e.path.includes(WHITEOUT_PREFIX)) continue;
    const names = e.path.split('/');
    let at: Node | undefined = stacked;
    for (const name of names) {
      const removed = removedName(name);
      if (removed !== null && !at?.children?.has(removed)) return true;
      at = at?.children?.get(name);
    }
  }
  return false;
}

/**
 * dive's figures for an image whose layers, bottom to top, hold these tar members. `trees` may
 * bring the layers' trees built already (by `layerTree`); they are used up.
 */
export function diveFigures(layers: readonly (readonly TreeEntry[])[], trees: readonly LayerTree[] = []): DiveFigures {
  const data = new PathData();

  // dive: a whiteout is weighed against StackTreeRange(trees, 0, current-1), which starts from a
  // copy of layer 0 and stacks layers 0..current-1 on it (for layer 0 itself: layer 0's own tree).
  // It is kept up to date one layer at a time, and only up to the last layer that has a whiteout.
  const whiteouts = layers.map(hasWhiteout);
  const lastWithWhiteout = whiteouts.lastIndexOf(true);
  const removed = lastWithWhiteout === -1 ? new Removed() : removedPaths(layers.slice(0, lastWithWhiteout + 1));
  let stacked: Node | null = null;
  let previous: Node | null = null;

  layers.forEach((entries, index) => {
    const tree = trees[index] ?? layerTree(entries);
    if (index <= lastWithWhiteout) {
      // Stacking layer 0 on a copy of itself changes nothing unless it has whiteouts of its own,
      // so without them layer 0's tree is used as the stacked tree directly (it is not needed again).
      if (index === 0) stacked = whiteouts[0] ? copyTree(tree) : tree;
      else if (index > 1 || whiteouts[0]) stack(stacked!, previous!, whiteouts[index - 1]!, removed);
    }
    previous = index < lastWithWhiteout ? tree : null;

    // dive: only the leaves of each layer's tree are counted (an empty directory is a leaf), walked
    // children first with siblings in byte order. The order matters only where a whiteout ends the
    // walk (below), so a layer none of whose whiteouts would is walked in any order. `lower` is the
    // same directory in the stacked tree below, where a whiteout finds what it removes.
    const ordered = whiteouts[index]! && removesMissing(entries, stacked!);
    const walk = (dir: Node, at: PathData, lower: Node | null): boolean => {
      for (const node of ordered ? dir.sortedChildren() : dir.children!.values()) {
        if (node.children) {
          if (!walk(node, at.child(node.name), lower?.children?.get(node.name) ?? null)) return false;
          continue;
        }
        const own = ownName(node);
        let size = node.size;
        if (node.isWhiteout) {
          const removed = lower?.children?.get(own);
          // dive: a whiteout of a path the lower layers lack makes the visitor fail, which ends the
          // walk of this layer's tree: the rest of the layer's leaves go uncounted.
          if (!removed) return false;
          // dive: only a real directory weighs its whole subtree; a file or an implied directory 0.
          size = removed.isDir ? subtreeSize(removed) : 0;
        }
        at.child(own).add(size);
      }
      return true;
    };
    if (tree.children) walk(tree, data, whiteouts[index] ? stacked : null);
  });

  let minimum = 0;
  let cumulative = 0;
  const inefficiencies: DiveFigures['inefficiencies'] = [];
  // The names on the way to the node being totalled: a path is only spelled out for the few that
  // are listed, not for every one of tens of thousands of nodes.
  const names: string[] = [];
  const total = (at: PathData): void => {
    if (at.count > 0) {
      minimum += at.minimum;
      cumulative += at.cumulative;
      // dive: a path seen twice weighs its whole cumulative size, the copy that stays included.
      if (at.count >= 2) inefficiencies.push({ path: `/${names.join('/')}`, count: at.count, bytes: at.cumulative });
    }
    if (!at.children) return;
    for (const [name, child] of at.children) {
      names.push(name);
      total(child);
      names.pop();
    }
  };
  total(data);
  inefficiencies.sort((a, b) => b.bytes - a.bytes || compareBytewise(a.path, b.path));

  // dive: a layer's size is the sum of its tar headers' sizes, duplicates included, and only
  // layer 0 is "base" however many layers the base image had.
  const layerSizes = layers.map((entries) => entries.reduce((n, e) => n + e.size, 0));
  const sizeBytes = layerSizes.reduce((a, b) => a + b, 0);
  const userSizeBytes = sizeBytes - (layerSizes[0] ?? 0);
  const wastedBytes = inefficiencies.reduce((n, i) => n + i.bytes, 0);
  return {
    efficiency: cumulative === 0 ? 1 : minimum / cumulative,
    wastedBytes,
    // Unlike dive, which divides by zero here, a ratio over nothing is no figure at all.
    userWastedRatio: userSizeBytes === 0 ? null : wastedBytes / userSizeBytes,
    sizeBytes,
    userSizeBytes,
    inefficiencies,
  };
}
