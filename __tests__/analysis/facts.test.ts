import { describe, expect, it } from 'vitest';
import { hintFacts, looksSecret, runsAsRoot } from '../../src/analysis/facts.js';
import { directoryTotals, largestFiles } from '../../src/analysis/image.js';
import type { TreeEntry } from '../../src/filetree/entry.js';
import { mergeLayers } from '../../src/filetree/merge.js';

const file = (path: string, size: number): TreeEntry => ({ path, type: 'file', size, linkName: '' });

describe('hint facts', () => {
  const layers = [
    [file('usr/lib/gcc/x86_64-linux-gnu/12/cc1', 30_000), file('usr/lib/gcc/x86_64-linux-gnu/12/crtbegin.o', 3000)],
    [
      file('var/lib/apt/lists/deb.debian.org_Packages', 9000),
      file('var/lib/apt/lists/lock', 0),
      file('var/cache/apt/archives/x.deb', 500),
      file('root/.cache/pip/http/ab', 70),
      file('usr/include/stdio.h', 40),
      file('usr/lib/jvm/java-17/bin/javac', 80),
      file('usr/lib/jvm/java-17/lib/modules', 920),
      file('app/.env', 12),
      file('etc/ssl/certs/ca.pem', 100),
      file('etc/ssl/private/server.key', 10),
    ],
    [file('var/lib/apt/.wh.lists', 0), file('app/.wh..env', 0)],
  ];
  const merged = mergeLayers(layers);
  const facts = hintFacts({ layers, visible: merged.visible, hidden: merged.hidden, user: null });

  it('finds package caches left in a layer, even when a later layer deletes them', () => {
    expect(facts.packageCaches).toEqual([
      { kind: 'apt-lists', path: '/var/lib/apt/lists', layer: 1, bytes: 9000 },
      { kind: 'apt-archives', path: '/var/cache/apt', layer: 1, bytes: 500 },
      { kind: 'pip', path: '/root/.cache/pip', layer: 1, bytes: 70 },
    ]);
  });

  it('lists files removed by a later layer, largest first', () => {
    expect(facts.removedLater).toEqual([
      { path: '/var/lib/apt/lists/deb.debian.org_Packages', layer: 1, removedIn: 2, how: 'deleted', bytes: 9000 },
      { path: '/app/.env', layer: 1, removedIn: 2, how: 'deleted', bytes: 12 },
    ]);
  });

  it('finds toolchains in the final image with their folders and bytes', () => {
    expect(facts.toolchains).toEqual([
      { kind: 'compiler', path: '/usr/lib/gcc', layer: 0, bytes: 33_000 },
      { kind: 'jdk', path: '/usr/lib/jvm/java-17', layer: 1, bytes: 1000 },
      { kind: 'headers', path: '/usr/include', layer: 1, bytes: 40 },
    ]);
  });

  it('finds a Go toolchain, kept together or split as Debian splits it, and TypeScript in node_modules', () => {
    const toolchainLayers = [
      [
        file('usr/lib/go-1.19/pkg/tool/linux_amd64/compile', 16_000),
        file('usr/lib/go-1.19/pkg/tool/linux_amd64/link', 4000),
        file('usr/share/go-1.19/src/cmd/compile/main.go', 2),
        file('usr/share/go-1.19/src/fmt/print.go', 30),
        file('usr/local/go/pkg/tool/linux_amd64/compile', 500),
        file('usr/local/go/src/cmd/compile/main.go', 3),
        // A module cache and a service's own `compile` command are not a toolchain.
        file('root/go/pkg/mod/example.com/m@v1/main.go', 7),
        file('srv/bin/compile', 9),
      ],
      [file('app/node_modules/typescript/lib/tsc.js', 6000), file('app/node_modules/typescript/lib/lib.d.ts', 200)],
    ];
    const m = mergeLayers(toolchainLayers);
    const found = hintFacts({ layers: toolchainLayers, visible: m.visible, hidden: m.hidden, user: '1000' });
    expect(found.toolchains).toEqual([
      { kind: 'compiler', path: '/usr/lib/go-1.19', layer: 0, bytes: 20_000 },
      { kind: 'compiler', path: '/app/node_modules/typescript', layer: 1, bytes: 6200 },
      { kind: 'compiler', path: '/usr/local/go', layer: 0, bytes: 503 },
      { kind: 'compiler', path: '/usr/share/go-1.19', layer: 0, bytes: 32 },
    ]);
  });

  it('names secret-looking files in any layer, not public certificates', () => {
    expect(facts.secrets).toEqual([
      { path: '/app/.env', layer: 1 },
      { path: '/etc/ssl/private/server.key', layer: 1 },
    ]);
    expect(
      ['id_rsa', 'a/.npmrc', 'x/.git-credentials', 'home/u/.aws/credentials', 'k.pem', '.env.production'].every(
        looksSecret,
      ),
    ).toBe(true);
    expect(['id_rsa.pub', '.env.example', 'usr/lib/python3/dist-packages/certifi/cacert.pem'].some(looksSecret)).toBe(
      false,
    );
  });

  it('says whether the image runs as root', () => {
    expect(facts.runsAsRoot).toBe(true);
    expect([null, '', 'root', '0', '0:0', 'root:staff'].every(runsAsRoot)).toBe(true);
    expect(['app', '1000', '1000:1000', 'rooty'].some(runsAsRoot)).toBe(false);
  });
});

describe('where the bytes are', () => {
  const visible = [
    { path: 'usr/lib/jvm/java-17/lib/modules', size: 900, layer: 1 },
    { path: 'usr/lib/jvm/java-17/lib/libjvm.so', size: 100, layer: 1 },
    { path: 'usr/bin/sh', size: 50, layer: 0 },
    { path: 'top', size: 7, layer: 2 },
  ];

  it('totals directories down to a depth, largest first', () => {
    expect(directoryTotals(visible, 4, 100)).toEqual([
      { path: '/', bytes: 1057, files: 4 },
      { path: '/usr', bytes: 1050, files: 3 },
      { path: '/usr/lib', bytes: 1000, files: 2 },
      { path: '/usr/lib/jvm', bytes: 1000, files: 2 },
      { path: '/usr/lib/jvm/java-17', bytes: 1000, files: 2 },
      { path: '/usr/bin', bytes: 50, files: 1 },
    ]);
    expect(directoryTotals(visible, 1, 2).map((d) => d.path)).toEqual(['/', '/usr']);
  });

  it('keeps the largest files with the layer they come from', () => {
    expect(largestFiles(visible, 2)).toEqual([
      { path: '/usr/lib/jvm/java-17/lib/modules', size: 900, layer: 1 },
      { path: '/usr/lib/jvm/java-17/lib/libjvm.so', size: 100, layer: 1 },
    ]);
  });
});
