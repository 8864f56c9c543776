/** Typed analysis results for unit tests of what consumes an analysis (baseline, report). */
import type { AnalysisResult, ImageAnalysis, LayerRecord } from '../src/analysis/types.js';

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
