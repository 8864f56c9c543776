/** Typed analyses and builders of them for tests of what consumes an analysis (baseline, comparison, report). */
import type { LayerMeasurement } from '../src/analysis/measure.js';
import type { AnalysisResult, DiveFigures, HintFacts, ImageAnalysis, LayerRecord } from '../src/analysis/types.js';
import type { BuildStats } from '../src/build/types.js';

export interface LayerSpec {
  instruction: string | null;
  compressed: number;
  uncompressed: number;
  /** Defaults to a digest derived from the instruction and sizes: same spec, same layer. */
  diffId?: string;
  files?: number;
}

export function layers(specs: LayerSpec[]): LayerMeasurement[] {
  return specs.map((s, index) => {
    const diffId = s.diffId ?? `sha256:${hex(`${s.instruction}|${s.compressed}|${s.uncompressed}`)}`;
    return {
      index,
      digest: `sha256:${hex(`blob ${diffId}`)}`,
      diffId,
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      compressedBytes: s.compressed,
      compressedEstimated: false,
      uncompressedBytes: s.uncompressed,
      contentBytes: s.uncompressed - 1024,
      instruction: s.instruction,
      fileCount: s.files ?? 1,
    };
  });
}

export interface AnalysisSpec {
  platform?: string;
  ref?: string;
  layers: LayerSpec[];
  files?: ImageAnalysis['files'];
  directories?: ImageAnalysis['directories'];
  dive?: Partial<DiveFigures>;
  hiddenBytes?: number;
  facts?: Partial<HintFacts>;
}

export function analysis(spec: AnalysisSpec): ImageAnalysis {
  const ls = layers(spec.layers);
  const sum = (pick: (l: LayerMeasurement) => number) => ls.reduce((n, l) => n + pick(l), 0);
  return {
    schemaVersion: 1,
    image: {
      ref: spec.ref ?? 'app:test',
      digest: null,
      manifestDigest: null,
      platform: spec.platform ?? 'linux/amd64',
    },
    totals: {
      compressedBytes: sum((l) => l.compressedBytes),
      uncompressedBytes: sum((l) => l.uncompressedBytes),
      contentBytes: sum((l) => l.contentBytes),
      compressedEstimated: false,
      layerCount: ls.length,
      fileCount: sum((l) => l.fileCount),
    },
    layers: ls,
    dive: {
      efficiency: 1,
      wastedBytes: 0,
      userWastedRatio: 0,
      sizeBytes: sum((l) => l.contentBytes),
      userSizeBytes: 0,
      inefficiencies: [],
      ...spec.dive,
    },
    hiddenBytes: spec.hiddenBytes ?? 0,
    directories: spec.directories ?? [],
    files: spec.files ?? [],
    facts: {
      packageCaches: [],
      removedLater: [],
      toolchains: [],
      secrets: [],
      user: 'app',
      runsAsRoot: false,
      ...spec.facts,
    },
  };
}

export function buildStats(seconds: number, cachedSteps: number, totalSteps: number): BuildStats {
  return { seconds, cacheMode: 'local', contextBytes: 2048, steps: [], cachedSteps, totalSteps };
}

export function imageAnalysis(platform: string, compressed: number, uncompressed: number, wasted = 0): ImageAnalysis {
  return {
    schemaVersion: 1,
    image: { ref: 'myapp:1', digest: 'sha256:' + 'a'.repeat(64), manifestDigest: null, platform },
    totals: {
      compressedBytes: compressed,
      uncompressedBytes: uncompressed,
      contentBytes: uncompressed,
      compressedEstimated: false,
      layerCount: 1,
      fileCount: 1,
    },
    layers: [
      {
        index: 0,
        digest: 'sha256:' + 'b'.repeat(64),
        diffId: 'sha256:' + 'c'.repeat(64),
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        compressedBytes: compressed,
        compressedEstimated: false,
        uncompressedBytes: uncompressed,
        contentBytes: uncompressed,
        instruction: 'COPY app /app',
        fileCount: 1,
      },
    ],
    dive: {
      efficiency: 1,
      wastedBytes: wasted,
      userWastedRatio: null,
      sizeBytes: uncompressed,
      userSizeBytes: 0,
      inefficiencies: [],
    },
    hiddenBytes: 0,
    directories: [],
    files: [],
    facts: { packageCaches: [], removedLater: [], toolchains: [], secrets: [], user: null, runsAsRoot: true },
  };
}

export function analysisResult(...images: ImageAnalysis[]): AnalysisResult {
  return {
    images,
    layers: images.flatMap((i) =>
      i.layers.map((l): LayerRecord => ({
        digest: l.digest!,
        version: 1,
        diffId: l.diffId,
        compression: 'gzip',
        estargz: false,
        compressedBytes: l.compressedBytes,
        uncompressedBytes: l.uncompressedBytes,
        gzipEstimateBytes: null,
        entries: { types: '', shared: [], suffix: [], fileSizes: [], links: [] },
      })),
    ),
  };
}

/** A short stable fake digest: FNV-1a spread over 64 hex digits. */
function hex(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').repeat(8);
}
