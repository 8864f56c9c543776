/**
 * A compressed delta between gzip's estimate and an exact size says so, in the comment's totals
 * and in the line of a threshold it crosses.
 */
import { describe, expect, it } from 'vitest';
import { BUILD, DOCKERFILE, baselineApp, baselineOf, grownApp } from '../../__fixtures__/scenarios.js';
import type { ImageAnalysis } from '../../src/analysis/types.js';
import { compare } from '../../src/compare/compare.js';
import { renderReport } from '../../src/report/comment.js';
import { evaluate, type Thresholds } from '../../src/thresholds/evaluate.js';

const NOTE = 'the delta compares an estimate with an exact size';
const thresholds: Thresholds = {
  sizeMetric: 'compressed',
  failOn: 'error',
  maxIncrease: 10_000_000,
  maxLayerIncrease: 1,
};

/** The analysis as a source storing its layers uncompressed gives it: every compressed size estimated. */
function estimated(image: ImageAnalysis): ImageAnalysis {
  return {
    ...image,
    totals: { ...image.totals, compressedEstimated: true },
    layers: image.layers.map((l) => ({ ...l, compressedEstimated: true })),
  };
}

function report(current: ImageAnalysis, baseline: ImageAnalysis) {
  const comparison = compare([current], BUILD, [baselineOf(baseline)], { dockerfile: DOCKERFILE });
  const verdict = evaluate(comparison, thresholds);
  return { verdict, comment: renderReport(comparison, verdict, { key: 'app', thresholds }) };
}

describe('an estimate compared with an exact size', () => {
  it('an exact size against an estimated baseline: the comment and the failure line say so', () => {
    const { verdict, comment } = report(grownApp(), estimated(baselineApp()));
    expect(verdict.result).toBe('fail');
    expect(verdict.crossings[0]!.message).toBe(
      `max-increase: linux/amd64 compressed size grew by +15.1 MB, limit +10.0 MB; ${NOTE} (the baseline's compressed size is estimated)`,
    );
    expect(comment).toContain(`⚠️ Compressed size: ${NOTE} (the baseline's compressed size is estimated).`);
  });

  it('an estimate against an exact baseline names this image', () => {
    const { verdict, comment } = report(estimated(grownApp()), baselineApp());
    expect(verdict.crossings[0]!.message).toContain(`; ${NOTE} (this image's compressed size is estimated)`);
    expect(comment).toContain(`⚠️ Compressed size: ${NOTE} (this image's compressed size is estimated).`);
    // A layer that is in both images has a delta between an estimate and an exact size too; an
    // added layer has no delta, so no note.
    const layers = verdict.crossings.filter((c) => c.threshold === 'max-layer-increase');
    expect(layers.filter((c) => c.message.includes(NOTE)).length).toBeGreaterThan(0);
    expect(layers.find((c) => c.layer === 1)?.message).not.toContain(NOTE);
  });

  it('both exact, or both estimated, or on the uncompressed metric: no note', () => {
    for (const [current, baseline] of [
      [grownApp(), baselineApp()],
      [estimated(grownApp()), estimated(baselineApp())],
    ] as const) {
      const { verdict, comment } = report(current, baseline);
      expect(verdict.crossings.map((c) => c.message).join('\n')).not.toContain(NOTE);
      expect(comment).not.toContain(NOTE);
    }
    const comparison = compare([grownApp()], BUILD, [baselineOf(estimated(baselineApp()))]);
    const verdict = evaluate(comparison, { ...thresholds, sizeMetric: 'uncompressed' });
    expect(verdict.crossings.map((c) => c.message).join('\n')).not.toContain(NOTE);
  });
});
