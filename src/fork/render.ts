/**
 * The report as a hand-off document and back. Pure. Both stages render the comment from the same
 * document with the same renderer (`renderReport`), so what the `workflow_run` stage posts is what
 * the pull request run showed, and nothing in it is markdown written by the pull request run.
 */
import * as path from 'node:path';
import type { ImageAnalysis } from '../analysis/types.js';
import type { Comparison, Delta, PathChanges, PlatformComparison } from '../compare/types.js';
import { renderReport } from '../report/comment.js';
import { DEFAULT_PULL_BANDWIDTH } from '../report/format.js';
import { truncate } from '../report/markdown.js';
import type { Thresholds, Verdict } from '../thresholds/evaluate.js';
import { isRepositoryPath, LIMITS, type CommentHandoff, type ReportDocument } from './document.js';

/**
 * Text is kept a little longer than the comment shows it (an instruction 100 characters, a path
 * 160, a hint's title 200), so the rendering is the same as from the full comparison.
 */
const KEEP = { instruction: 300, path: 200, title: 250 } as const;

/** The comparison and verdict as a document, within the document's limits. */
export function reportDocument(
  c: Comparison,
  verdict: Verdict,
  t: Thresholds,
  pullBandwidth = DEFAULT_PULL_BANDWIDTH,
): ReportDocument {
  const text = (s: string, max: number) => truncate(s, max);
  const paths = (p: PathChanges) => {
    const list = (l: PathChanges['added']) =>
      l
        .slice(0, LIMITS.paths)
        .map((x) => ({ path: text(x.path, KEEP.path), bytes: x.bytes, baselineBytes: x.baselineBytes }));
    return { added: list(p.added), grown: list(p.grown), removed: list(p.removed) };
  };
  return {
    verdict: {
      result: verdict.result,
      failed: verdict.failed,
      crossings: verdict.crossings.slice(0, LIMITS.crossings).map((x) => ({
        threshold: text(x.threshold, LIMITS.platform),
        level: x.level,
        platform: text(x.platform, LIMITS.platform),
        message: text(x.message, LIMITS.message),
        layer: x.layer,
        line: x.line,
      })),
      acceptedBy: verdict.acceptedBy === null ? null : text(verdict.acceptedBy, LIMITS.platform),
    },
    thresholds: {
      sizeMetric: t.sizeMetric,
      failOn: t.failOn,
      maxSize: t.maxSize ?? null,
      maxIncrease: t.maxIncrease ?? null,
      maxIncreasePercent: t.maxIncreasePercent ?? null,
      maxLayerIncrease: t.maxLayerIncrease ?? null,
      warnIncrease: t.warnIncrease ?? null,
      warnIncreasePercent: t.warnIncreasePercent ?? null,
      minEfficiency: t.minEfficiency ?? null,
      maxWastedBytes: t.maxWastedBytes ?? null,
      maxUserWastedPercent: t.maxUserWastedPercent ?? null,
      maxLayers: t.maxLayers ?? null,
    },
    pullBandwidth,
    platforms: c.platforms.slice(0, LIMITS.platforms).map((p) => ({
      platform: text(p.platform, LIMITS.platform),
      current: { compressedEstimated: p.current.totals.compressedEstimated, layerCount: p.current.totals.layerCount },
      baseline: p.baseline ? { compressedEstimated: p.baseline.analysis.totals.compressedEstimated } : null,
      totals: {
        compressed: figures(p.totals.compressed),
        uncompressed: figures(p.totals.uncompressed),
        content: figures(p.totals.content),
      },
      layers: p.layers.slice(0, LIMITS.layers).map((l) => ({
        status: l.status,
        index: l.index,
        baselineIndex: l.baselineIndex,
        instruction: l.instruction === null ? null : text(l.instruction, KEEP.instruction),
        compressed: figures(l.compressed),
        uncompressed: figures(l.uncompressed),
        base: l.base,
        line: l.line,
      })),
      baseLayerCount: p.baseLayerCount,
      files: paths(p.files),
      directories: paths(p.directories),
      packages: p.packages
        ? {
            changes: p.packages.changes.slice(0, LIMITS.paths).map((x) => ({
              status: x.status,
              type: x.type,
              name: text(x.name, LIMITS.path),
              version: x.version === null ? null : text(x.version, LIMITS.path),
              baselineVersion: x.baselineVersion === null ? null : text(x.baselineVersion, LIMITS.path),
              bytes: x.bytes,
              baselineBytes: x.baselineBytes,
            })),
            totals: p.packages.totals.map((t) => ({ ...t })),
          }
        : null,
      waste: {
        efficiency: figures(p.waste.efficiency),
        wastedBytes: figures(p.waste.wastedBytes),
        hiddenBytes: figures(p.waste.hiddenBytes),
        userWastedRatio: p.waste.userWastedRatio,
      },
      hints: p.hints.slice(0, LIMITS.hints).map((h) => ({
        kind: h.kind,
        key: text(h.key, LIMITS.hintText),
        title: text(h.title, KEEP.title),
        fix: text(h.fix, LIMITS.hintText),
        layer: h.layer,
        line: h.line,
        bytes: h.bytes,
        isNew: h.isNew,
      })),
      download: p.download,
    })),
    build: c.build
      ? {
          seconds: figures(c.build.seconds),
          cachedSteps: figures(c.build.cachedSteps),
          totalSteps: c.build.totalSteps,
          cacheMode: c.build.cacheMode,
        }
      : null,
    baselineCommit: c.baselineCommit === null ? null : text(c.baselineCommit, LIMITS.commit),
    noBaselineReason: c.noBaselineReason === null ? null : text(c.noBaselineReason, LIMITS.message),
    history: c.history
      .slice(-LIMITS.history)
      .map((h) => ({ commit: text(h.commit, LIMITS.commit), compressed: h.compressed, uncompressed: h.uncompressed })),
  };
}

function figures(d: Delta): Delta {
  return { current: d.current, baseline: d.baseline, delta: d.delta, percent: d.percent };
}

export interface RenderOptions {
  key: string;
  /** The Dockerfile at the measured commit on GitHub (see `dockerfileUrl`); null for no links. */
  dockerfileUrl: string | null;
  /** The HTML report's artifact page, built by the rendering run from what it knows itself. */
  reportUrl?: string | null;
  maxLength?: number;
}

/** The report's markdown, from the document alone. */
export function renderDocument(doc: ReportDocument, options: RenderOptions): string {
  const { comparison, verdict, thresholds } = fromDocument(doc);
  return renderReport(comparison, verdict, {
    key: options.key,
    thresholds,
    dockerfileUrl: options.dockerfileUrl,
    reportUrl: options.reportUrl ?? null,
    maxLength: options.maxLength,
    pullBandwidth: doc.pullBandwidth,
  });
}

/** Where the posting run is: its own server and repository, never the document's. */
export interface Site {
  serverUrl: string;
  owner: string;
  repo: string;
}

/** The comment of a hand-off, with links to the Dockerfile built from `site` and the checked commit and path. */
export function renderHandoff(h: CommentHandoff, site: Site, reportUrl: string | null = null): string {
  return renderDocument(h.report, {
    key: h.key,
    dockerfileUrl: h.dockerfile === null ? null : dockerfileUrl(site, h.headSha, h.dockerfile),
    reportUrl,
  });
}

/** An artifact's page in a run: built from the posting run's own server and repository and ids GitHub listed. */
export function artifactUrl(site: Site, runId: number, artifactId: number): string {
  return `${site.serverUrl.replace(/\/+$/, '')}/${site.owner}/${site.repo}/actions/runs/${runId}/artifacts/${artifactId}`;
}

/**
 * The Dockerfile's page at a commit. Each path segment is percent-encoded, `(` `)` `!` `'` `*`
 * too, so the address cannot end a markdown link early.
 */
export function dockerfileUrl(site: Site, sha: string, file: string): string {
  const segment = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${site.serverUrl.replace(/\/+$/, '')}/${site.owner}/${site.repo}/blob/${sha}/${file.split('/').map(segment).join('/')}`;
}

/** The Dockerfile's path as the document holds it, from the `file` input (relative to the workspace). */
export function repositoryPath(file: string): string | null {
  const normal = path.posix.normalize(file.replace(/^\.\//, ''));
  return isRepositoryPath(normal) ? normal : null;
}

/** The comparison and verdict the renderer takes; what the renderer does not read is left empty. */
function fromDocument(doc: ReportDocument): { comparison: Comparison; verdict: Verdict; thresholds: Thresholds } {
  const platforms = doc.platforms.map((p): PlatformComparison => {
    const analysis = (estimated: boolean, pick: (d: Delta) => number, layerCount: number): ImageAnalysis => ({
      schemaVersion: 1,
      image: { ref: null, digest: null, manifestDigest: null, platform: p.platform },
      totals: {
        compressedBytes: pick(p.totals.compressed),
        uncompressedBytes: pick(p.totals.uncompressed),
        contentBytes: pick(p.totals.content),
        compressedEstimated: estimated,
        layerCount,
        fileCount: 0,
      },
      layers: [],
      dive: {
        efficiency: pick(p.waste.efficiency),
        wastedBytes: pick(p.waste.wastedBytes),
        userWastedRatio: p.waste.userWastedRatio,
        sizeBytes: 0,
        userSizeBytes: 0,
        inefficiencies: [],
      },
      hiddenBytes: pick(p.waste.hiddenBytes),
      directories: [],
      files: [],
      facts: { packageCaches: [], removedLater: [], toolchains: [], secrets: [], user: null, runsAsRoot: false },
    });
    const baselineLayers = p.layers.filter((l) => l.status !== 'added').length;
    return {
      platform: p.platform,
      current: analysis(p.current.compressedEstimated, (d) => d.current, p.current.layerCount),
      baseline: p.baseline
        ? {
            analysis: analysis(p.baseline.compressedEstimated, (d) => d.baseline ?? 0, baselineLayers),
            build: null,
            commit: doc.baselineCommit,
            history: [],
          }
        : null,
      totals: p.totals,
      layers: p.layers,
      baseLayerCount: p.baseLayerCount,
      files: p.files,
      directories: p.directories,
      packages: p.packages,
      waste: p.waste,
      hints: p.hints,
      download: p.download,
    };
  });
  const comparison: Comparison = {
    platforms,
    build: doc.build,
    baselineCommit: doc.baselineCommit,
    history: doc.history.map((h) => ({ ...h, time: '', wasted: 0 })),
    noBaselineReason: doc.noBaselineReason,
  };
  return { comparison, verdict: doc.verdict, thresholds: doc.thresholds };
}
