/**
 * Named before/after pairs for the comparison, threshold and report tests. Sizes are round numbers
 * so expected figures can be worked out by hand in the tests.
 */
import type { ImageAnalysis } from '../src/analysis/types.js';
import type { BaselineImage, HistoryPoint } from '../src/compare/types.js';
import { analysis, buildStats, type LayerSpec } from './analysis.js';

export const BASE: LayerSpec = {
  instruction: '/bin/sh -c #(nop) ADD file:5f3e1b in / ',
  compressed: 29_000_000,
  uncompressed: 80_000_000,
};
export const APT: LayerSpec = {
  instruction: 'RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit',
  compressed: 10_000_000,
  uncompressed: 30_000_000,
};
export const MANIFESTS: LayerSpec = {
  instruction: 'COPY package.json package-lock.json ./ # buildkit',
  compressed: 1_000,
  uncompressed: 4_000,
};
export const NPM: LayerSpec = {
  instruction: 'RUN /bin/sh -c npm ci # buildkit',
  compressed: 20_000_000,
  uncompressed: 60_000_000,
};
export const SOURCES: LayerSpec = { instruction: 'COPY . . # buildkit', compressed: 500_000, uncompressed: 2_000_000 };

/** The Dockerfile of the grown image; the baseline's differs only in line 3 (no git). */
export const DOCKERFILE = [
  '# syntax=docker/dockerfile:1',
  'FROM debian:bookworm-slim',
  'RUN apt-get update && apt-get install -y curl git',
  'WORKDIR /app',
  'COPY package.json package-lock.json ./',
  'RUN npm ci',
  'COPY . .',
  'CMD ["node", "server.js"]',
  '',
].join('\n');

export const HISTORY: HistoryPoint[] = [
  {
    time: '2026-11-20T10:00:00Z',
    commit: 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0',
    compressed: 58_000_000,
    uncompressed: 169_000_000,
    wasted: 0,
  },
  {
    time: '2026-11-22T10:00:00Z',
    commit: 'b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1',
    compressed: 59_000_000,
    uncompressed: 171_000_000,
    wasted: 0,
  },
  {
    time: '2026-11-25T10:00:00Z',
    commit: 'c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1b2',
    compressed: 59_501_000,
    uncompressed: 172_004_000,
    wasted: 0,
  },
];

export function baselineApp(platform = 'linux/amd64'): ImageAnalysis {
  return analysis({
    platform,
    layers: [BASE, APT, MANIFESTS, NPM, SOURCES],
    files: [
      { path: '/app/node_modules/.bin/esbuild', size: 9_000_000, layer: 3 },
      { path: '/usr/bin/curl', size: 300_000, layer: 1 },
      { path: '/app/server.js', size: 120_000, layer: 4 },
    ],
    directories: [
      { path: '/usr', bytes: 90_000_000, files: 9000 },
      { path: '/app/node_modules', bytes: 59_000_000, files: 12000 },
      { path: '/app', bytes: 61_000_000, files: 12010 },
      { path: '/var', bytes: 5_000_000, files: 900 },
      { path: '/etc', bytes: 1_000_000, files: 400 },
    ],
    dive: { efficiency: 0.99, wastedBytes: 1_000_000, userWastedRatio: 0.01, userSizeBytes: 92_000_000 },
    hiddenBytes: 1_000_000,
    facts: { runsAsRoot: true, user: null },
  });
}

/** curl and git with the apt lists left behind: the apt layer grows 15 MB compressed. */
export function grownApp(platform = 'linux/amd64'): ImageAnalysis {
  return analysis({
    platform,
    layers: [
      BASE,
      {
        ...APT,
        instruction: 'RUN /bin/sh -c apt-get update && apt-get install -y curl git # buildkit',
        compressed: 25_000_000,
        uncompressed: 70_000_000,
      },
      MANIFESTS,
      NPM,
      { ...SOURCES, compressed: 600_000, uncompressed: 2_500_000 },
    ],
    files: [
      { path: '/usr/lib/git-core/git', size: 3_500_000, layer: 1 },
      { path: '/app/node_modules/.bin/esbuild', size: 9_000_000, layer: 3 },
      { path: '/usr/bin/curl', size: 300_000, layer: 1 },
      { path: '/app/server.js', size: 180_000, layer: 4 },
    ],
    directories: [
      { path: '/usr', bytes: 115_000_000, files: 11000 },
      { path: '/var/lib/apt/lists', bytes: 45_000_000, files: 40 },
      { path: '/app/node_modules', bytes: 59_000_000, files: 12000 },
      { path: '/app', bytes: 61_500_000, files: 12010 },
      { path: '/var', bytes: 50_000_000, files: 940 },
      { path: '/etc', bytes: 1_000_000, files: 400 },
    ],
    dive: { efficiency: 0.97, wastedBytes: 3_000_000, userWastedRatio: 0.025, userSizeBytes: 120_000_000 },
    hiddenBytes: 3_000_000,
    facts: {
      runsAsRoot: true,
      user: null,
      packageCaches: [{ kind: 'apt-lists', path: '/var/lib/apt/lists', layer: 1, bytes: 45_000_000 }],
    },
  });
}

/** The apt layer gone on a smaller base: the image shrinks. */
export function shrunkApp(): ImageAnalysis {
  return analysis({
    layers: [BASE, MANIFESTS, NPM, SOURCES],
    files: [
      { path: '/app/node_modules/.bin/esbuild', size: 9_000_000, layer: 2 },
      { path: '/app/server.js', size: 120_000, layer: 3 },
    ],
    directories: [
      { path: '/usr', bytes: 62_000_000, files: 7000 },
      { path: '/app/node_modules', bytes: 59_000_000, files: 12000 },
      { path: '/app', bytes: 61_000_000, files: 12010 },
      { path: '/var', bytes: 5_000_000, files: 900 },
      { path: '/etc', bytes: 1_000_000, files: 400 },
    ],
    dive: { efficiency: 0.995, wastedBytes: 400_000, userWastedRatio: 0.006, userSizeBytes: 62_000_000 },
    hiddenBytes: 400_000,
    facts: { runsAsRoot: false, user: 'node' },
  });
}

export function baselineOf(image: ImageAnalysis, history = HISTORY): BaselineImage {
  return {
    analysis: image,
    build: buildStats(62.4, 7, 9),
    commit: 'c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1b2',
    history,
  };
}

export const BUILD = buildStats(75.2, 4, 9);
