import { describe, expect, it } from 'vitest';
import { diveFigures } from '../../src/filetree/dive.js';
import type { TreeEntry } from '../../src/filetree/entry.js';

const file = (path: string, size: number): TreeEntry => ({ path, type: 'file', size, linkName: '' });
const dir = (path: string): TreeEntry => ({ path, type: 'directory', size: 0, linkName: '' });
const whiteout = (path: string): TreeEntry => file(path, 0);

describe('diveFigures', () => {
  it("matches the issue's worked example: efficiency 0.75, one inefficiency of 7000 bytes", () => {
    const figures = diveFigures([
      [file('etc/nginx/nginx.conf', 2000), file('etc/nginx/public', 3000)],
      [file('etc/nginx/nginx.conf', 5000), file('etc/athing', 10000)],
      // /etc/nginx was never a tar member, only implied: its whiteout weighs 0.
      [whiteout('etc/.wh.nginx')],
    ]);
    expect(figures.efficiency).toBe(0.75);
    expect(figures.inefficiencies).toEqual([{ path: '/etc/nginx/nginx.conf', count: 2, bytes: 7000 }]);
    expect(figures.wastedBytes).toBe(7000);
    expect(figures.sizeBytes).toBe(20000);
    expect(figures.userSizeBytes).toBe(15000);
    expect(figures.userWastedRatio).toBe(7000 / 15000);
  });

  it('never counts the root: layers with no members add no "/" path (dive skips the root node)', () => {
    const figures = diveFigures([[file('a', 10)], [], [dir('')], [file('a', 5)]]);
    expect(figures.inefficiencies).toEqual([{ path: '/a', count: 2, bytes: 15 }]);
    expect(figures.efficiency).toBe(5 / 15);
  });

  it('weighs the whiteout of a real directory as everything below it in the layers underneath', () => {
    const figures = diveFigures([
      [dir('opt'), dir('opt/tool'), file('opt/tool/a', 100), file('opt/tool/b', 300)],
      [dir('opt'), dir('opt/tool'), file('opt/tool/b', 50)],
      [whiteout('opt/.wh.tool')],
    ]);
    // /opt/tool/b counted twice (300 + 50); the whiteout /opt/tool weighs a 100 + b 50 = 150, once.
    // Σ minimum = a 100 + b 50 + tool 150 = 300; Σ cumulative = 100 + 350 + 150 = 600.
    expect(figures.efficiency).toBe(0.5);
    expect(figures.inefficiencies).toEqual([{ path: '/opt/tool/b', count: 2, bytes: 350 }]);
  });

  it('treats a directory implied by an upper layer as no directory (a dive quirk)', () => {
    const figures = diveFigures([
      [dir('opt'), dir('opt/tool'), file('opt/tool/a', 100)],
      // No tar member for opt/tool here: dive's stacked tree now says it is not a directory.
      [file('opt/tool/b', 40)],
      [whiteout('opt/.wh.tool')],
    ]);
    // The whiteout then weighs 0: Σ minimum = Σ cumulative = 140.
    expect(figures.efficiency).toBe(1);
    expect(figures.wastedBytes).toBe(0);
  });

  it('ignores opaque markers: lower contents stay counted, nothing is removed', () => {
    const figures = diveFigures([
      [dir('data'), file('data/old', 1000)],
      [dir('data'), file('data/.wh..wh..opq', 0), file('data/new', 10)],
    ]);
    expect(figures.efficiency).toBe(1);
    expect(figures.inefficiencies).toEqual([]);
    expect(figures.sizeBytes).toBe(1010);
  });

  it('stops counting a layer at the whiteout of a path the layers below never had (a dive quirk)', () => {
    const figures = diveFigures([
      [file('a', 10)],
      // Visited in byte order: /.wh.ghost fails, so /b, /c are not counted; the layer still has a size.
      [file('b', 10), whiteout('.wh.ghost'), file('c', 10)],
      [file('b', 10)],
    ]);
    // Counted: /a 10 (layer 0), /b 10 (layer 2 only). /b seen once: no waste.
    expect(figures.inefficiencies).toEqual([]);
    expect(figures.sizeBytes).toBe(40);
  });

  it('counts a path written twice in one layer once in the tree but twice in the layer size', () => {
    const figures = diveFigures([[file('x', 5)], [file('y', 7), file('y', 9)]]);
    expect(figures.sizeBytes).toBe(21);
    expect(figures.userSizeBytes).toBe(16);
    expect(figures.efficiency).toBe(1);
  });

  it('counts empty directories as leaves of size 0 and never the root', () => {
    const figures = diveFigures([[dir(''), dir('empty')], [dir('empty')]]);
    expect(figures.efficiency).toBe(1);
    expect(figures.inefficiencies).toEqual([{ path: '/empty', count: 2, bytes: 0 }]);
    expect(figures.userWastedRatio).toBeNull();
  });

  it("weighs a whiteout in layer 0 against layer 0's own tree, as dive's StackTreeRange does", () => {
    // Visited in byte order: /.wh.a (removing /a, a file in layer 0 itself: 0 bytes), then /a 5.
    const figures = diveFigures([[file('a', 5), whiteout('.wh.a')], [file('b', 1)]]);
    expect(figures.efficiency).toBe(1 / 6);
    expect(figures.inefficiencies).toEqual([{ path: '/a', count: 2, bytes: 5 }]);
  });

  it('has efficiency 1 and no ratio for an image without bytes', () => {
    expect(diveFigures([])).toEqual({
      efficiency: 1,
      wastedBytes: 0,
      userWastedRatio: null,
      sizeBytes: 0,
      userSizeBytes: 0,
      inefficiencies: [],
    });
  });
});
