import { describe, expect, it } from 'vitest';
import { analysis } from '../../__fixtures__/analysis.js';
import {
  APT,
  BASE,
  BUILD,
  DOCKERFILE,
  HISTORY,
  MANIFESTS,
  NPM,
  SOURCES,
  baselineApp,
  baselineOf,
  grownApp,
  shrunkApp,
} from '../../__fixtures__/scenarios.js';
import { compare, comparePaths } from '../../src/compare/compare.js';

describe('compare', () => {
  it('gives totals with deltas in bytes and percent of the baseline', () => {
    const c = compare([grownApp()], BUILD, [baselineOf(baselineApp())]);
    const t = c.platforms[0]!.totals;
    // Baseline 29M + 10M + 1k + 20M + 0.5M = 59,501,000; grown 29M + 25M + 1k + 20M + 0.6M = 74,601,000.
    expect(t.compressed).toEqual({
      current: 74_601_000,
      baseline: 59_501_000,
      delta: 15_100_000,
      percent: (15_100_000 / 59_501_000) * 100,
    });
    // 80M + 30M + 4k + 60M + 2M = 172,004,000 → 80M + 70M + 4k + 60M + 2.5M = 212,504,000.
    expect(t.uncompressed.delta).toBe(40_500_000);
    expect(c.baselineCommit).toBe('c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1b2');
    expect(c.noBaselineReason).toBeNull();
  });

  it('aligns layers: same diffId unchanged, same instruction changed, else added or removed', () => {
    const current = analysis({
      layers: [
        BASE,
        { ...APT, compressed: 11_000_000, diffId: 'sha256:rebuilt' },
        NPM,
        { instruction: 'RUN /bin/sh -c make # buildkit', compressed: 5, uncompressed: 10 },
      ],
    });
    const c = compare([current], null, [baselineOf(baselineApp())]);
    const rows = c.platforms[0]!.layers.map((l) => [l.status, l.index, l.baselineIndex, l.compressed.delta]);
    expect(rows).toEqual([
      ['unchanged', 0, 0, 0],
      ['changed', 1, 1, 1_000_000],
      ['unchanged', 2, 3, 0],
      ['added', 3, null, 5],
      ['removed', null, 2, -1_000],
      ['removed', null, 4, -500_000],
    ]);
  });

  it('treats an instruction with other build-argument values and BuildKit decorations as the same step', () => {
    const before = analysis({
      layers: [
        { instruction: 'RUN |1 VERSION=1.0 /bin/sh -c make install # buildkit', compressed: 10, uncompressed: 20 },
      ],
    });
    const after = analysis({
      layers: [
        { instruction: 'RUN |1 VERSION=1.1 /bin/sh -c   make   install # buildkit', compressed: 12, uncompressed: 20 },
      ],
    });
    expect(compare([after], null, [baselineOf(before)]).platforms[0]!.layers[0]!.status).toBe('changed');
  });

  it('groups the base image layers: under the first Dockerfile line, or under the first BuildKit layer', () => {
    const withDockerfile = compare([grownApp()], null, [baselineOf(baselineApp())], { dockerfile: DOCKERFILE })
      .platforms[0]!;
    expect(withDockerfile.baseLayerCount).toBe(1);
    expect(withDockerfile.layers.map((l) => l.line)).toEqual([null, 3, 5, 6, 7, null]);
    // The apt step's command changed: a new step, and the old one removed.
    expect(withDockerfile.layers.map((l) => l.status)).toEqual([
      'unchanged',
      'added',
      'unchanged',
      'unchanged',
      'changed',
      'removed',
    ]);
    expect(compare([grownApp()], null, null).platforms[0]!.baseLayerCount).toBe(1);
  });

  it('lists the largest file and folder additions, growths and removals', () => {
    const p = compare([grownApp()], null, [baselineOf(baselineApp())]).platforms[0]!;
    expect(p.files).toEqual({
      added: [{ path: '/usr/lib/git-core/git', bytes: 3_500_000, baselineBytes: 0 }],
      grown: [{ path: '/app/server.js', bytes: 180_000, baselineBytes: 120_000 }],
      removed: [],
    });
    expect(p.directories.added).toEqual([{ path: '/var/lib/apt/lists', bytes: 45_000_000, baselineBytes: 0 }]);
    expect(p.directories.grown.map((d) => [d.path, d.bytes - d.baselineBytes])).toEqual([
      ['/var', 45_000_000],
      ['/usr', 25_000_000],
      ['/app', 500_000],
    ]);
  });

  it('does not call a path removed when it may only have dropped out of a bounded list', () => {
    const big = (path: string, size: number) => ({ path, size, layer: 1 });
    const changes = comparePaths(
      [big('/a', 100), big('/b', 90)],
      [big('/a', 100), big('/c', 95), big('/d', 10)],
      (f) => f.size,
      10,
    );
    // /c (95) is bigger than everything listed now except /a: it is gone. /d (10) may just be unlisted.
    expect(changes.removed).toEqual([{ path: '/c', bytes: 0, baselineBytes: 95 }]);
    // /b (90) is bigger than the smallest the baseline listed (10): it is new.
    expect(changes.added).toEqual([{ path: '/b', bytes: 90, baselineBytes: 0 }]);
  });

  it('compares waste, marks hints new in this change, and the build against the baseline build', () => {
    const p = compare([grownApp()], BUILD, [baselineOf(baselineApp())]);
    const w = p.platforms[0]!.waste;
    expect(w.wastedBytes.delta).toBe(2_000_000);
    expect(w.efficiency.delta).toBeCloseTo(-0.02, 10);
    expect(w.hiddenBytes).toMatchObject({ current: 3_000_000, baseline: 1_000_000 });
    expect(p.platforms[0]!.hints.map((h) => [h.kind, h.isNew])).toEqual([
      ['package-cache', true],
      ['root-user', false],
    ]);
    expect(p.build).toEqual({
      seconds: { current: 75.2, baseline: 62.4, delta: 75.2 - 62.4, percent: ((75.2 - 62.4) / 62.4) * 100 },
      cachedSteps: { current: 4, baseline: 7, delta: -3, percent: (-3 / 7) * 100 },
      totalSteps: 9,
      cacheMode: 'local',
    });
  });

  it('marks apt lists newly left by a RUN as new, and leaves out those of the base image (no RUN here can fix them)', () => {
    const lists = (layer: number) => ({
      kind: 'apt-lists' as const,
      path: '/var/lib/apt/lists',
      layer,
      bytes: 45_000_000,
    });
    const CLEANED = {
      ...APT,
      instruction: `${APT.instruction!.replace(' # buildkit', '')} && rm -rf /var/lib/apt/lists/*`,
    };
    const facts = (packageCaches: ReturnType<typeof lists>[]) => ({
      packageCaches,
      removedLater: [],
      toolchains: [],
      secrets: [],
      user: 'app',
      runsAsRoot: false,
    });
    const before = analysis({ layers: [BASE, CLEANED], facts: facts([lists(0)]) });
    const after = analysis({ layers: [BASE, APT], facts: facts([lists(0), lists(1)]) });
    const hints = compare([after], null, [baselineOf(before)]).platforms[0]!.hints;
    expect(hints.map((h) => [h.title, h.isNew])).toEqual([
      ['Package-manager cache /var/lib/apt/lists left in layer 1', true],
    ]);
  });

  it('adds this change to the end of the history for the trend', () => {
    const c = compare([shrunkApp()], null, [baselineOf(baselineApp())], {
      commit: 'd'.repeat(40),
      time: '2026-11-26T20:00:00Z',
    });
    expect(c.history).toEqual([
      ...HISTORY,
      // 29M + 1k + 20M + 0.5M; 80M + 4k + 60M + 2M
      {
        time: '2026-11-26T20:00:00Z',
        commit: 'd'.repeat(40),
        compressed: 49_501_000,
        uncompressed: 142_004_000,
        wasted: 400_000,
      },
    ]);
  });

  it('without a baseline: no deltas, every layer new, and the reason in one line', () => {
    const c = compare([grownApp()], BUILD, null);
    expect(c.platforms[0]!.totals.compressed.delta).toBeNull();
    expect(c.platforms[0]!.layers.every((l) => l.status === 'added')).toBe(true);
    expect(c.noBaselineReason).toBe('No baseline yet: the first run of the default branch will record one');
    expect(c.build?.seconds.baseline).toBeNull();
  });

  it('compares only the platforms both have', () => {
    const c = compare([grownApp('linux/amd64'), grownApp('linux/arm64')], null, [
      baselineOf(baselineApp('linux/arm64')),
    ]);
    expect(c.platforms.map((p) => [p.platform, p.totals.compressed.delta])).toEqual([
      ['linux/amd64', null],
      ['linux/arm64', 15_100_000],
    ]);
    const other = compare([grownApp('linux/amd64')], null, [baselineOf(baselineApp('linux/s390x'))]);
    expect(other.noBaselineReason).toBe('The baseline has other platforms (linux/s390x)');
  });

  it('does not change its inputs', () => {
    const current = grownApp();
    const base = baselineOf(baselineApp());
    const copies = JSON.stringify([current, base]);
    compare([current], BUILD, [base], { dockerfile: DOCKERFILE });
    expect(JSON.stringify([current, base])).toBe(copies);
  });
});

// Keep the fixture's layer specs referenced so a rename there shows up here.
void [MANIFESTS, SOURCES];

describe('what a deploy pays', () => {
  it('a node with the baseline image downloads only the layers it does not hold, by digest', () => {
    // The apt layer and the sources changed; the base, the manifests and npm ci are the same blobs.
    const [p] = compare([grownApp()], null, [baselineOf(baselineApp())]).platforms;
    expect(p!.download).toEqual({ bytes: 25_000_000 + 600_000, layers: 2 });
    const [same] = compare([baselineApp()], null, [baselineOf(baselineApp())]).platforms;
    expect(same!.download).toEqual({ bytes: 0, layers: 0 });
    expect(compare([grownApp()], null, null).platforms[0]!.download).toBeNull();
  });

  it('a layer repeated in the image is downloaded once', () => {
    const twice = analysis({ layers: [NPM, { ...NPM }] });
    const [p] = compare([twice], null, [baselineOf(analysis({ layers: [] }))]).platforms;
    expect(p!.download).toEqual({ bytes: NPM.compressed, layers: 1 });
  });
});
