/**
 * The waste figures wagoodman/dive reports (its filetree/efficiency.go), reproduced with its quirks
 * so that a team's `.dive-ci` thresholds mean the same here. Each quirk is marked "dive:" below.
 */
import type { DiveFigures } from '../analysis/types.js';
import { compareBytewise, WHITEOUT_PREFIX, type TreeEntry } from './entry.js';

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

/** One layer's tree as dive's FileTree.AddPath builds it: implied parents, the last member wins. */
function layerTree(entries: readonly TreeEntry[]): Node {
  const root = new Node('');
  for (const entry of entries) {
    if (entry.path === '') continue;
    const names = entry.path.split('/');
    let node = root;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      // dive: an opaque marker is dropped (the parents before it stay); lower contents stay visible.
      if (name.startsWith(OPAQUE_PREFIX) && !node.children?.has(name)) break;
      node = node.child(name);
      if (i === names.length - 1) {
        node.isDir = entry.type === 'directory';
        node.size = entry.size;
      }
    }
  }
  return root;
}

/**
 * dive's node.Path() as a name list: the whiteout prefix is dropped from the node's own name only,
 * so a whiteout counts under the path it removes.
 */
function ownName(node: Node): string {
  return node.isWhiteout ? node.name.slice(WHITEOUT_PREFIX.length) : node.name;
}

/**
 * dive's FileTree.Stack: every node of the upper tree, implied ones too, children first and
 * siblings in byte order, is grafted onto the lower tree (its payload replaces the lower one) or,
 * for a whiteout, removes the path. Walking both trees together spares a lookup from the root.
 */
function stack(lower: Node, upper: Node): void {
  for (const node of upper.sortedChildren()) {
    if (node.children) stack(lower.child(node.name), node);
    if (node.isWhiteout) {
      lower.children?.delete(ownName(node));
    } else {
      const target = lower.child(node.name);
      target.isDir = node.isDir;
      target.size = node.size;
    }
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

function getNode(root: Node, names: readonly string[]): Node | null {
  let node: Node | undefined = root;
  for (const name of names) {
    node = node.children?.get(name);
    if (!node) return null;
  }
  return node;
}

function subtreeSize(node: Node): number {
  let total = node.size;
  if (node.children) for (const child of node.children.values()) total += subtreeSize(child);
  return total;
}

interface PathData {
  count: number;
  cumulative: number;
  minimum: number;
}

function hasWhiteout(entries: readonly TreeEntry[]): boolean {
  return entries.some((e) => e.path.slice(e.path.lastIndexOf('/') + 1).startsWith(WHITEOUT_PREFIX));
}

/** dive's figures for an image whose layers, bottom to top, hold these tar members. */
export function diveFigures(layers: readonly (readonly TreeEntry[])[]): DiveFigures {
  const data = new Map<string, PathData>();
  const count = (path: string, size: number): void => {
    const seen = data.get(path);
    if (seen) {
      seen.count++;
      seen.cumulative += size;
      if (size < seen.minimum) seen.minimum = size;
    } else {
      data.set(path, { count: 1, cumulative: size, minimum: size });
    }
  };

  // dive: a whiteout is weighed against StackTreeRange(trees, 0, current-1), which starts from a
  // copy of layer 0 and stacks layers 0..current-1 on it (for layer 0 itself: layer 0's own tree).
  // It is kept up to date one layer at a time, and only up to the last layer that has a whiteout.
  const lastWithWhiteout = layers.findLastIndex(hasWhiteout);
  const layer0Whiteouts = layers.length > 0 && hasWhiteout(layers[0]!);
  let stacked: Node | null = null;
  let previous: Node | null = null;

  layers.forEach((entries, index) => {
    const tree = layerTree(entries);
    if (index <= lastWithWhiteout) {
      // Stacking layer 0 on a copy of itself changes nothing unless it has whiteouts of its own,
      // so without them layer 0's tree is used as the stacked tree directly (it is not needed again).
      if (index === 0) stacked = layer0Whiteouts ? copyTree(tree) : tree;
      else if (index > 1 || layer0Whiteouts) stack(stacked!, previous!);
    }
    previous = index < lastWithWhiteout ? tree : null;

    const names: string[] = [];
    // dive: only the leaves of each layer's tree are counted (an empty directory is a leaf), walked
    // children first with siblings in byte order.
    const walk = (node: Node): boolean => {
      if (node.children) {
        for (const child of node.sortedChildren()) {
          names.push(child.name);
          const go = walk(child);
          names.pop();
          if (!go) return false;
        }
        return true;
      }
      const own = ownName(node);
      names[names.length - 1] = own;
      let size = node.size;
      if (node.isWhiteout) {
        const removed = getNode(stacked!, names);
        // dive: a whiteout of a path the lower layers lack makes the visitor fail, which ends the
        // walk of this layer's tree: the rest of the layer's leaves go uncounted.
        if (!removed) return false;
        // dive: only a real directory weighs its whole subtree; a file or an implied directory 0.
        size = removed.isDir ? subtreeSize(removed) : 0;
      }
      count(`/${names.join('/')}`, size);
      names[names.length - 1] = node.name;
      return true;
    };
    walk(tree);
  });

  let minimum = 0;
  let cumulative = 0;
  const inefficiencies: DiveFigures['inefficiencies'] = [];
  for (const [path, d] of data) {
    minimum += d.minimum;
    cumulative += d.cumulative;
    // dive: a path seen twice weighs its whole cumulative size, the copy that stays included.
    if (d.count >= 2) inefficiencies.push({ path, count: d.count, bytes: d.cumulative });
  }
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
