/**
 * The baseline document: what a trusted run of the baseline branch measured, stored as an artifact
 * and read back by later runs. docs/baseline-schema.md describes it field by field; every change to
 * these types must bump BASELINE_SCHEMA_VERSION or stay readable by older versions. Pure: no I/O.
 */
import type { AnalysisResult, ImageAnalysis, LayerRecord } from '../analysis/types.js';
import type { BuildStats } from '../build/types.js';
import { stripBuildArgs } from '../image/history.js';

export const BASELINE_SCHEMA_VERSION = 1;
export const DEFAULT_HISTORY = 30;

/** One point of a platform's trend: what one baseline run measured. */
export interface HistoryPoint {
  /** ISO 8601 time the measurement was made. */
  time: string;
  commit: string;
  compressed: number;
  uncompressed: number;
  wasted: number;
}

export interface BaselinePlatform {
  platform: string;
  analysis: ImageAnalysis;
  /** Oldest first; the last point is this document's own measurement. */
  history: HistoryPoint[];
}

/** Where the measurement came from. */
export interface BaselineOrigin {
  repository: string;
  commit: string;
  ref: string;
  runId: number | null;
  /** ISO 8601 */
  time: string;
}

export interface BaselineDocument {
  schemaVersion: typeof BASELINE_SCHEMA_VERSION;
  key: string;
  origin: BaselineOrigin;
  platforms: BaselinePlatform[];
  /** The layer records behind every platform, by layer digest. */
  layers: Record<string, LayerRecord>;
  build: BuildStats | null;
}

export type ParsedBaseline = { ok: true; document: BaselineDocument } | { ok: false; reason: string };

/**
 * Reads a baseline document, or says in one line why it cannot serve as this run's baseline. Never
 * throws: a baseline is optional, so nothing wrong with it may stop a run. A null key takes the
 * document's own (a file the user named).
 */
export function parseBaseline(text: string, expectedKey: string | null): ParsedBaseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `the baseline is not readable JSON (${(err as Error).message})` };
  }
  if (!isObject(value) || typeof value.schemaVersion !== 'number') {
    return { ok: false, reason: 'the baseline is not an image-size-guard baseline document (no schemaVersion)' };
  }
  if (value.schemaVersion > BASELINE_SCHEMA_VERSION) {
    return {
      ok: false,
      reason:
        `the baseline was written by a newer image-size-guard (schema ${value.schemaVersion}; this version reads ` +
        `${BASELINE_SCHEMA_VERSION}): use the same action version on both branches`,
    };
  }
  if (value.schemaVersion !== BASELINE_SCHEMA_VERSION) {
    return { ok: false, reason: `the baseline has an unknown schema version ${value.schemaVersion}` };
  }
  const problem = structuralProblem(value);
  if (problem) return { ok: false, reason: `the baseline document is damaged: ${problem}` };
  const document = withoutBuildArgs(value as unknown as BaselineDocument);
  if (expectedKey !== null && document.key !== expectedKey) {
    return {
      ok: false,
      reason: `the baseline is for image key "${document.key}", not "${expectedKey}": set the same \`key\` on both branches`,
    };
  }
  return { ok: true, document };
}

/** A document written before build-argument values were stripped at the source loses them here. */
function withoutBuildArgs(document: BaselineDocument): BaselineDocument {
  for (const p of document.platforms) {
    for (const layer of p.analysis.layers as unknown[]) {
      if (isObject(layer) && typeof layer.instruction === 'string')
        layer.instruction = stripBuildArgs(layer.instruction);
    }
  }
  return document;
}

/** The first thing missing or mistyped in what the rest of the tool reads, or null. */
function structuralProblem(doc: Record<string, unknown>): string | null {
  if (typeof doc.key !== 'string') return 'key is not a string';
  const origin = doc.origin;
  if (!isObject(origin) || typeof origin.commit !== 'string' || typeof origin.time !== 'string') {
    return 'origin.commit or origin.time is missing';
  }
  if (!isObject(doc.layers)) return 'layers is not an object';
  if (!Array.isArray(doc.platforms) || doc.platforms.length === 0) return 'platforms is empty';
  for (const [i, p] of doc.platforms.entries()) {
    if (!isObject(p) || typeof p.platform !== 'string') return `platforms[${i}].platform is missing`;
    const analysis = p.analysis;
    if (!isObject(analysis) || !isObject(analysis.totals) || !Array.isArray(analysis.layers)) {
      return `platforms[${i}].analysis has no totals or layers`;
    }
    for (const field of ['compressedBytes', 'uncompressedBytes', 'layerCount'] as const) {
      if (typeof analysis.totals[field] !== 'number') return `platforms[${i}].analysis.totals.${field} is not a number`;
    }
    if (!Array.isArray(p.history) || !p.history.every(isHistoryPoint)) return `platforms[${i}].history is malformed`;
  }
  return null;
}

function isHistoryPoint(x: unknown): x is HistoryPoint {
  return (
    isObject(x) &&
    typeof x.time === 'string' &&
    typeof x.commit === 'string' &&
    typeof x.compressed === 'number' &&
    typeof x.uncompressed === 'number' &&
    typeof x.wasted === 'number'
  );
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Which of this run's platforms the baseline covers. */
export interface PlatformMatch {
  /** Platforms both have, with the baseline's entry. */
  matched: BaselinePlatform[];
  /** Platforms measured now that the baseline lacks. */
  missing: string[];
}

export function matchPlatforms(document: BaselineDocument, platforms: readonly string[]): PlatformMatch {
  const byName = new Map(document.platforms.map((p) => [p.platform, p]));
  const matched: BaselinePlatform[] = [];
  const missing: string[] = [];
  for (const platform of platforms) {
    const entry = byName.get(platform);
    if (entry) matched.push(entry);
    else missing.push(platform);
  }
  return { matched, missing };
}

/** The layer records a baseline holds, for the analysis to reuse instead of reading those layers. */
export function knownLayers(document: BaselineDocument | null): ReadonlyMap<string, LayerRecord> {
  const known = new Map<string, LayerRecord>();
  for (const [digest, record] of Object.entries(document?.layers ?? {})) {
    if (isObject(record) && record.digest === digest) known.set(digest, record);
  }
  return known;
}

export interface NewBaseline {
  key: string;
  origin: BaselineOrigin;
  analysis: AnalysisResult;
  build: BuildStats | null;
  /** How many history points to keep (the newest). */
  historyLimit: number;
  /** The baseline this run replaces, whose history is carried forward; null on the first run. */
  previous: BaselineDocument | null;
}

/** The document a baseline run writes: this measurement plus the previous one's history. */
export function buildBaseline(input: NewBaseline): BaselineDocument {
  const limit = Math.max(1, input.historyLimit);
  const previousByPlatform = new Map((input.previous?.platforms ?? []).map((p) => [p.platform, p.history]));
  const platforms = input.analysis.images.map((analysis): BaselinePlatform => {
    const point: HistoryPoint = {
      time: input.origin.time,
      commit: input.origin.commit,
      compressed: analysis.totals.compressedBytes,
      uncompressed: analysis.totals.uncompressedBytes,
      wasted: analysis.dive.wastedBytes,
    };
    const history = [...(previousByPlatform.get(analysis.image.platform) ?? []), point].slice(-limit);
    return { platform: analysis.image.platform, analysis, history };
  });
  const layers: Record<string, LayerRecord> = {};
  for (const record of input.analysis.layers) layers[record.digest] = record;
  return {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    key: input.key,
    origin: input.origin,
    platforms,
    layers,
    build: input.build,
  };
}
