import { describe, expect, it } from 'vitest';
import { analysisResult, imageAnalysis } from '../../__fixtures__/analysis.js';
import {
  BASELINE_SCHEMA_VERSION,
  buildBaseline,
  knownLayers,
  matchPlatforms,
  parseBaseline,
  type BaselineDocument,
} from '../../src/baseline/document.js';

const origin = (n: number) => ({
  repository: 'octo-org/octo-app',
  commit: String(n).repeat(40).slice(0, 40),
  ref: 'refs/heads/main',
  runId: n,
  time: `2026-11-${String(n).padStart(2, '0')}T03:00:00.000Z`,
});

function baselineAt(n: number, previous: BaselineDocument | null, limit = 30): BaselineDocument {
  return buildBaseline({
    key: 'myapp',
    origin: origin(n),
    analysis: analysisResult(imageAnalysis('linux/amd64', 1000 * n, 3000 * n, 10 * n)),
    build: null,
    historyLimit: limit,
    previous,
  });
}

describe('buildBaseline', () => {
  it('starts the history with this run’s point on the first run', () => {
    const doc = baselineAt(1, null);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.platforms.map((p) => p.platform)).toEqual(['linux/amd64']);
    expect(doc.platforms[0]!.history).toEqual([
      { time: '2026-11-01T03:00:00.000Z', commit: '1'.repeat(40), compressed: 1000, uncompressed: 3000, wasted: 10 },
    ]);
    expect(Object.keys(doc.layers)).toEqual(['sha256:' + 'b'.repeat(64)]);
  });

  it('carries the history forward and keeps only the newest points', () => {
    let doc: BaselineDocument | null = null;
    for (let n = 1; n <= 5; n++) doc = baselineAt(n, doc, 3);
    expect(doc!.platforms[0]!.history.map((p) => p.compressed)).toEqual([3000, 4000, 5000]);
  });

  it('survives a JSON round trip as the same document', () => {
    const doc = baselineAt(2, baselineAt(1, null));
    const parsed = parseBaseline(JSON.stringify(doc), 'myapp');
    expect(parsed).toEqual({ ok: true, document: doc });
  });
});

describe('parseBaseline explains what it cannot use', () => {
  const good = JSON.stringify(baselineAt(1, null));

  it.each([
    ['{"schemaVersion": 1,', /^the baseline is not readable JSON \(/],
    ['[]', /^the baseline is not an image-size-guard baseline document \(no schemaVersion\)$/],
    [
      JSON.stringify({ ...JSON.parse(good), schemaVersion: 2 }),
      /^the baseline was written by a newer image-size-guard \(schema 2; this version reads 1\): use the same action version on both branches$/,
    ],
    [JSON.stringify({ ...JSON.parse(good), platforms: [] }), /^the baseline document is damaged: platforms is empty$/],
    [
      JSON.stringify({ ...JSON.parse(good), platforms: [{ platform: 'linux/amd64', analysis: {}, history: [] }] }),
      /^the baseline document is damaged: platforms\[0\]\.analysis has no totals or layers$/,
    ],
  ])('%#', (text, reason) => {
    const parsed = parseBaseline(text, 'myapp');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toMatch(reason);
  });

  it('refuses another image’s baseline', () => {
    expect(parseBaseline(good, 'api')).toEqual({
      ok: false,
      reason: 'the baseline is for image key "myapp", not "api": set the same `key` on both branches',
    });
  });

  it('reads the version it writes', () => {
    expect(BASELINE_SCHEMA_VERSION).toBe(1);
    expect(parseBaseline(good, 'myapp').ok).toBe(true);
  });
});

describe('platforms and known layers', () => {
  const doc = buildBaseline({
    key: 'myapp',
    origin: origin(1),
    analysis: analysisResult(imageAnalysis('linux/amd64', 100, 300), imageAnalysis('linux/arm64', 90, 280)),
    build: null,
    historyLimit: 30,
    previous: null,
  });

  it('pairs the platforms both have and names the ones the baseline lacks', () => {
    const match = matchPlatforms(doc, ['linux/arm64', 'linux/riscv64']);
    expect(match.matched.map((p) => p.platform)).toEqual(['linux/arm64']);
    expect(match.missing).toEqual(['linux/riscv64']);
  });

  it('hands the layer records back by digest, and none without a baseline', () => {
    expect([...knownLayers(doc).keys()]).toEqual(['sha256:' + 'b'.repeat(64)]);
    expect(knownLayers(null).size).toBe(0);
  });
});
