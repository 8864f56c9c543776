import { describe, expect, it } from 'vitest';
import type { TreeEntry } from '../../src/filetree/entry.js';
import { Merger, mergeLayers } from '../../src/filetree/merge.js';

const file = (path: string, size: number): TreeEntry => ({ path, type: 'file', size, linkName: '' });
const dir = (path: string): TreeEntry => ({ path, type: 'directory', size: 0, linkName: '' });
const link = (path: string, target: string): TreeEntry => ({ path, type: 'hardlink', size: 0, linkName: target });
const symlink = (path: string): TreeEntry => ({ path, type: 'symlink', size: 0, linkName: 'elsewhere' });

describe('mergeLayers', () => {
  it('hides overwritten and deleted files and keeps the rest visible with their layer', () => {
    const view = mergeLayers([
      [dir('etc'), file('etc/a', 100), file('etc/b', 200), file('etc/c', 300)],
      [file('etc/a', 10), file('etc/.wh.b', 0)],
    ]);
    expect(view.visible).toEqual([
      { path: 'etc/c', size: 300, layer: 0 },
      { path: 'etc/a', size: 10, layer: 1 },
    ]);
    expect(view.hiddenBytes).toBe(300);
    expect(view.hidden).toEqual(
      expect.arrayContaining([
        { path: 'etc/a', size: 100, layer: 0, removedIn: 1, how: 'overwritten' },
        { path: 'etc/b', size: 200, layer: 0, removedIn: 1, how: 'deleted' },
      ]),
    );
  });

  it('honours opaque directories: a directory removed and recreated hides everything below it', () => {
    const view = mergeLayers([
      [dir('data'), dir('data/sub'), file('data/sub/x', 1000), file('data/y', 24)],
      [dir('data'), file('data/.wh..wh..opq', 0), file('data/z', 5)],
      [file('other', 1)],
    ]);
    expect(view.visible.map((f) => f.path)).toEqual(['data/z', 'other']);
    expect(view.hiddenBytes).toBe(1024);
    expect(view.hidden.every((h) => h.removedIn === 1 && h.how === 'deleted')).toBe(true);
  });

  it('takes a deleted directory with all below it, and reports the lowest layer that removed a file', () => {
    const view = mergeLayers([
      [file('opt/t/a', 7), file('opt/t/deep/b', 9)],
      [file('opt/.wh.t', 0)],
      [file('opt/.wh.t', 0), file('opt/t', 3)],
    ]);
    expect(view.visible).toEqual([{ path: 'opt/t', size: 3, layer: 2 }]);
    expect(view.hidden.map((h) => [h.path, h.removedIn])).toEqual([
      ['opt/t/a', 1],
      ['opt/t/deep/b', 1],
    ]);
  });

  it('takes a directory replaced by a file or symlink with all below it', () => {
    const view = mergeLayers([
      [file('a/x', 5), file('b/y', 6)],
      [file('a', 1), symlink('b')],
    ]);
    expect(view.visible).toEqual([{ path: 'a', size: 1, layer: 1 }]);
    expect(view.hiddenBytes).toBe(11);
  });

  it('keeps content reachable through a hard link when its first name is deleted, under the name left', () => {
    const view = mergeLayers([[file('bin/tool', 800), link('bin/tool-alias', 'bin/tool')], [file('bin/.wh.tool', 0)]]);
    expect(view.hiddenBytes).toBe(0);
    expect(view.visible).toEqual([{ path: 'bin/tool-alias', size: 800, layer: 0 }]);
  });

  it('hides the earlier copy of a path written twice in one layer', () => {
    const view = mergeLayers([[file('f', 50), file('f', 20)]]);
    expect(view.visible).toEqual([{ path: 'f', size: 20, layer: 0 }]);
    expect(view.hidden).toEqual([{ path: 'f', size: 50, layer: 0, removedIn: 0, how: 'overwritten' }]);
  });

  it('gives the same view whatever order the layers come in (as they finish reading)', () => {
    const layers: TreeEntry[][] = [
      [dir('opt'), file('opt/a', 100), file('opt/b', 200), file('bin/x', 5)],
      [file('opt/a', 10), file('opt/.wh.b', 0), file('big', 1000)],
      [dir('opt'), file('opt/.wh..wh..opq', 0), file('opt/c', 1)],
      [file('big', 7)],
    ];
    const expected = mergeLayers(layers);
    for (const order of [
      [2, 0, 3, 1],
      [0, 1, 2, 3],
      [1, 3, 0, 2],
    ]) {
      const merger = new Merger(layers.length);
      for (const i of order) merger.add(i, layers[i]!);
      expect(merger.finish()).toEqual(expected);
    }
    expect(expected.visible.map((f) => f.path)).toEqual(['bin/x', 'opt/c', 'big']);
    expect(() => new Merger(2).finish()).toThrow(/layer 1 was never given/);
  });
});
