import { describe, expect, it } from 'vitest';
import { analysis, buildStats } from '../../__fixtures__/analysis.js';
import { DOCKERFILE, grownApp } from '../../__fixtures__/scenarios.js';
import { findHints } from '../../src/hints/find.js';

const layersOf = [
  { instruction: null, compressed: 1_000_000, uncompressed: 2_000_000 },
  {
    instruction: 'RUN /bin/sh -c apt-get update && apt-get install -y build-essential # buildkit',
    compressed: 50_000_000,
    uncompressed: 180_000_000,
  },
  { instruction: 'COPY . . # buildkit', compressed: 1_000_000, uncompressed: 3_000_000 },
  { instruction: 'RUN /bin/sh -c npm ci # buildkit', compressed: 20_000_000, uncompressed: 60_000_000 },
  { instruction: 'RUN /bin/sh -c rm -rf /tmp/build # buildkit', compressed: 100, uncompressed: 1024 },
];
const DOCKERFILE_BEFORE = [
  'FROM node',
  'RUN apt-get update && apt-get install -y build-essential',
  'COPY . .',
  'RUN npm ci',
  'RUN rm -rf /tmp/build',
].join('\n');

describe('findHints: dev dependencies', () => {
  it('tells a compiler among the dependencies (a dev dependency) to stay out of the final stage', () => {
    const image = analysis({
      layers: layersOf,
      facts: {
        runsAsRoot: false,
        user: '1000',
        packageCaches: [],
        removedLater: [],
        toolchains: [{ kind: 'compiler', path: '/app/node_modules/typescript', layer: 3, bytes: 23_000_000 }],
      },
    });
    const [hint] = findHints(image, { dockerfile: DOCKERFILE_BEFORE });
    expect(hint).toMatchObject({
      kind: 'toolchain',
      title: 'A compiler (/app/node_modules/typescript) is in the final image',
      layer: 3,
      line: 4,
      bytes: 23_000_000,
    });
    expect(hint!.fix).toContain('npm ci --omit=dev');
  });
});

describe('findHints', () => {
  const image = analysis({
    layers: layersOf,
    facts: {
      runsAsRoot: true,
      user: null,
      packageCaches: [
        { kind: 'apt-lists', path: '/var/lib/apt/lists', layer: 1, bytes: 40_000_000 },
        { kind: 'apt-archives', path: '/var/cache/apt/archives', layer: 1, bytes: 50_000 },
        { kind: 'npm', path: '/root/.npm', layer: 3, bytes: 30_000_000 },
      ],
      removedLater: [
        { path: '/tmp/build/big.o', layer: 3, removedIn: 4, how: 'deleted', bytes: 12_000_000 },
        { path: '/tmp/build/small.o', layer: 3, removedIn: 4, how: 'deleted', bytes: 3_000_000 },
      ],
      toolchains: [
        { kind: 'compiler', path: '/usr/bin/gcc-12', layer: 1, bytes: 30_000_000 },
        { kind: 'headers', path: '/usr/include', layer: 1, bytes: 20_000 },
      ],
    },
  });

  it('names the layer, the Dockerfile line and the bytes each would save, largest first', () => {
    const hints = findHints(image, {
      dockerfile: DOCKERFILE_BEFORE,
      hasDockerignore: false,
      build: buildStats(1, 0, 5),
    });
    expect(hints.map((h) => [h.kind, h.layer, h.line, h.bytes])).toEqual([
      ['package-cache', 1, 2, 40_000_000],
      ['package-cache', 3, 4, 30_000_000],
      ['toolchain', 1, 2, 30_000_000],
      // 12 MB + 3 MB made in layer 3, deleted in layer 4.
      ['removed-later', 3, 4, 15_000_000],
      ['root-user', null, null, 0],
      ['base-latest', null, 1, 0],
      ['copy-before-install', 3, 3, 0],
      ['no-dockerignore', null, null, 0],
    ]);
    expect(hints.find((h) => h.kind === 'removed-later')!.title).toBe(
      '/tmp/build/big.o and 1 more stored in layer 3 but deleted in layer 4: still shipped',
    );
    // Caches under 100 kB (the apt archives, 50 kB; the headers, 20 kB) are not worth a hint.
    expect(hints.filter((h) => h.title.includes('/var/cache/apt'))).toEqual([]);
  });

  it('flags a JDK, a base image without digest, a large context; not what is fine', () => {
    const jdk = analysis({
      layers: layersOf.slice(0, 2),
      facts: { toolchains: [{ kind: 'jdk', path: '/opt/java/openjdk/bin/javac', layer: 1, bytes: 200_000_000 }] },
    });
    const hints = findHints(jdk, {
      dockerfile: 'FROM eclipse-temurin:21-jdk\nRUN true\n',
      build: { ...buildStats(1, 0, 1), contextBytes: 300_000_000 },
      hasDockerignore: true,
    });
    expect(hints.map((h) => h.kind)).toEqual(['jdk', 'base-no-digest', 'large-context']);
    expect(hints[0]!.fix).toMatch(/JRE/);
    const pinned = findHints(analysis({ layers: layersOf.slice(0, 1) }), {
      dockerfile: 'ARG BASE=alpine:3.20@sha256:beefbeef\nFROM ${BASE} AS base\nFROM base\nUSER app\n',
    });
    expect(pinned).toEqual([]);
  });

  it('points at the Dockerfile lines of the scenario image', () => {
    const hints = findHints(grownApp(), { dockerfile: DOCKERFILE });
    expect(hints.map((h) => [h.kind, h.line])).toEqual([
      ['package-cache', 3],
      ['root-user', null],
      ['base-no-digest', 2],
    ]);
  });
});
