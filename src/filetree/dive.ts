/**
 * The waste figures wagoodman/dive reports (its filetree/efficiency.go), reproduced with its quirks
 * so that a team's `.dive-ci` thresholds mean the same here. Each quirk is marked "dive:" below.
 */
import type { DiveFigures } from '../analysis/types.js';
import { compareBytewise, WHITEOUT_PREFIX, type TreeEntry } from './entry.js';

interface Info {
  isDir: boolean;
  size: number;
}

// dive: a parent directory missing from a layer's tar gets an empty payload: size 0, not a directory.
const IMPLIED: Info = { isDir: false, size: 0 };

class Node {
  readonly children = new Map<string, Node>();
  constructor(
    readonly name: string,
    public info: Info,
  ) {}

  get isWhiteout(): boolean {
    return this.name.startsWith(WHITEOUT_PREFIX);
  }

  sortedChildren(): Node[] {
    return [...this.children.values()].sort((a, b) => compareBytewise(a.name, b.name));
  }
}

/** dive's FileTree.AddPath: creates implied parents, and the last entry for a path wins its payload. */
function addPath(root: Node, names: readonly string[], info: Info): void {
  let node = root;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    let child = node.children.get(name);
    if (!child) {
      // dive: an opaque marker is dropped (its parents, already added, stay); lower contents stay visible.
      if (name.startsWith(`${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) return;
      child = new Node(name, IMPLIED);
      node.children.set(name, child);
    }
    node = child;
    if (i === names.length - 1) node.info = info;
  }
}

function getNode(root: Node, names: readonly string[]): Node | null {
  let node: Node | undefined = root;
  for (const name of names) {
    node = node.children.get(name);
    if (!node) return null;
  }
  return node;
}

function removePath(root: Node, names: readonly string[]): void {
  const parent = getNode(root, names.slice(0, -1));
  if (parent) parent.children.delete(names.at(-1)!);
}

function copyTree(node: Node): Node {
  const copy = new Node(node.name, node.info);
  for (const [name, child] of node.children) copy.children.set(name, copyTree(child));
  return copy;
}

/** One layer's tree, built as dive builds it from the layer's tar members, in order. */
function layerTree(entries: readonly TreeEntry[]): Node {
  const root = new Node('', IMPLIED);
  for (const entry of entries) {
    if (entry.path === '') continue;
    addPath(root, entry.path.split('/'), { isDir: entry.type === 'directory', size: entry.size });
  }
  return root;
}

/**
 * dive's node.Path(): the whiteout prefix is dropped from the node's own name only, so a whiteout
 * leaf is counted under the path it removes.
 */
function nodeNames(parents: readonly string[], node: Node): string[] {
  return [...parents, node.isWhiteout ? node.name.slice(WHITEOUT_PREFIX.length) : node.name];
}

/**
 * Visits every node below `root` children first, siblings in byte order, as dive's
 * VisitDepthChildFirst does. The visitor returns false to stop the whole walk.
 */
function walkChildFirst(
  root: Node,
  visit: (node: Node, names: string[]) => boolean,
  accept: (node: Node) => boolean = () => true,
): boolean {
  const walk = (node: Node, parents: string[]): boolean => {
    const own = [...parents, node.name];
    for (const child of node.sortedChildren()) if (!walk(child, own)) return false;
    return accept(node) ? visit(node, nodeNames(parents, node)) : true;
  };
  for (const child of root.sortedChildren()) if (!walk(child, [])) return false;
  return true;
}

/** dive's FileTree.Stack: every node of the upper tree (implied ones too) is grafted onto the lower. */
function stack(lower: Node, upper: Node): void {
  walkChildFirst(upper, (node, names) => {
    if (node.isWhiteout) removePath(lower, names);
    else addPath(lower, names, node.info);
    return true;
  });
}

function subtreeSize(node: Node): number {
  let total = node.info.size;
  for (const child of node.children.values()) total += subtreeSize(child);
  return total;
}

interface PathData {
  count: number;
  cumulative: number;
  minimum: number;
}

/** dive's figures for an image whose layers, bottom to top, hold these tar members. */
export function diveFigures(layers: readonly (readonly TreeEntry[])[]): DiveFigures {
  const trees = layers.map(layerTree);
  const data = new Map<string, PathData>();
  // dive: the tree a whiteout is weighed against is StackTreeRange(trees, 0, current-1), which
  // starts from a copy of layer 0 and stacks layers 0..current-1 on it; for layer 0 itself it is
  // layer 0's own tree. It is kept up to date one layer at a time instead of rebuilt per whiteout.
  const stacked = trees.length > 0 ? copyTree(trees[0]!) : new Node('', IMPLIED);

  // Stacking is only needed to weigh whiteouts: skip it above the last layer that has one.
  const lastWithWhiteout = layers.findLastIndex((entries) =>
    entries.some((e) => e.path.slice(e.path.lastIndexOf('/') + 1).startsWith(WHITEOUT_PREFIX)),
  );

  trees.forEach((tree, index) => {
    if (index > 0 && index <= lastWithWhiteout) stack(stacked, trees[index - 1]!);
    walkChildFirst(
      tree,
      (node, names) => {
        let size = node.info.size;
        if (node.isWhiteout) {
          const removed = getNode(stacked, names);
          // dive: a whiteout of a path the lower layers lack makes the visitor fail, which ends
          // the walk of this layer's tree: the rest of the layer's leaves go uncounted.
          if (!removed) return false;
          // dive: only a real directory weighs its whole subtree; a file or an implied directory 0.
          size = removed.info.isDir ? subtreeSize(removed) : 0;
        }
        const path = `/${names.join('/')}`;
        const seen = data.get(path);
        if (seen) {
          seen.count++;
          seen.cumulative += size;
          seen.minimum = Math.min(seen.minimum, size);
        } else {
          data.set(path, { count: 1, cumulative: size, minimum: size });
        }
        return true;
      },
      // dive: only leaves of each layer's tree are counted; an empty directory is a leaf.
      (node) => node.children.size === 0,
    );
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
