/**
 * `analyze(source, options)` in the shape the full analysis exports, over today's measurement: the
 * baseline code calls this shape already, and the merge points it at the full analysis. Until then,
 * the fields only the full analysis fills (dive figures, hidden bytes, directories, files, facts)
 * are empty, and a layer record holds what measuring a layer needs, so a known layer is not read.
 */
import type { AnalysisResult, ImageAnalysis, LayerRecord } from '../analysis/types.js';
import { measure, type ImageMeasurement } from '../analysis/measure.js';
import { openSource } from '../image/source.js';
import type { ResolvedImage } from '../image/types.js';
import { readLayers } from '../layers/read.js';
import type { Compression, LayerScan } from '../layers/scan.js';

export interface AnalyzeOptions {
  platform?: string;
  tempDir?: string;
  knownLayers?: ReadonlyMap<string, LayerRecord>;
}

/** Bumped whenever what a record holds changes: an older record is ignored and its layer read again. */
const RECORD_VERSION = 1;

interface MeasuredLayerRecord extends LayerRecord {
  diffId: string;
  compression: Compression;
  estargz: boolean;
  compressedBytes: number;
  uncompressedBytes: number;
  gzipEstimateBytes: number | null;
  contentBytes: number;
  fileCount: number;
}

export async function analyze(source: string, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const opened = await openSource(source, { platform: options.platform, tempDir: options.tempDir });
  try {
    const images: ImageAnalysis[] = [];
    const records = new Map<string, LayerRecord>();
    for (const image of opened.images) {
      const known = new Map<string, MeasuredLayerRecord>();
      for (const layer of image.layers) {
        const record = layer.digest ? options.knownLayers?.get(layer.digest) : undefined;
        if (record && isUsable(record, layer.diffId)) known.set(layer.digest!, record);
      }
      const scans = await readLayers(opened.store, image, {
        known: new Map([...known].map(([d, r]) => [d, toScan(r)])),
      });
      const measurement = withRecordedContent(measure(image, scans), known);
      images.push(toAnalysis(measurement, image));
      for (const [i, layer] of image.layers.entries()) {
        if (!layer.digest) continue;
        records.set(layer.digest, known.get(layer.digest) ?? toRecord(layer.digest, scans[i]!, measurement.layers[i]!));
      }
    }
    return { images, layers: [...records.values()] };
  } finally {
    await opened.dispose();
  }
}

function isUsable(record: LayerRecord, diffId: string): record is MeasuredLayerRecord {
  const r = record as Partial<MeasuredLayerRecord>;
  return (
    r.version === RECORD_VERSION &&
    r.diffId === diffId &&
    typeof r.compressedBytes === 'number' &&
    typeof r.uncompressedBytes === 'number' &&
    typeof r.contentBytes === 'number' &&
    typeof r.fileCount === 'number'
  );
}

/** A scan stand-in for a known layer; its content figures come from the record afterwards. */
function toScan(r: MeasuredLayerRecord): LayerScan {
  return {
    compression: r.compression,
    estargz: r.estargz,
    compressedBytes: r.compressedBytes,
    uncompressedBytes: r.uncompressedBytes,
    diffId: r.diffId,
    entries: [],
    gzipEstimateBytes: r.gzipEstimateBytes,
  };
}

function withRecordedContent(m: ImageMeasurement, known: ReadonlyMap<string, MeasuredLayerRecord>): ImageMeasurement {
  const layers = m.layers.map((l) => {
    const record = l.digest ? known.get(l.digest) : undefined;
    return record ? { ...l, contentBytes: record.contentBytes, fileCount: record.fileCount } : l;
  });
  const sum = (pick: (l: (typeof layers)[number]) => number): number => layers.reduce((n, l) => n + pick(l), 0);
  return {
    ...m,
    layers,
    totals: { ...m.totals, contentBytes: sum((l) => l.contentBytes), fileCount: sum((l) => l.fileCount) },
  };
}

function toRecord(digest: string, scan: LayerScan, layer: ImageMeasurement['layers'][number]): MeasuredLayerRecord {
  return {
    digest,
    version: RECORD_VERSION,
    diffId: scan.diffId,
    compression: scan.compression,
    estargz: scan.estargz,
    compressedBytes: scan.compressedBytes,
    uncompressedBytes: scan.uncompressedBytes,
    gzipEstimateBytes: scan.gzipEstimateBytes,
    contentBytes: layer.contentBytes,
    fileCount: layer.fileCount,
  };
}

function toAnalysis(m: ImageMeasurement, image: ResolvedImage): ImageAnalysis {
  const user = image.config.config?.User || null;
  return {
    ...m,
    dive: {
      efficiency: 1,
      wastedBytes: 0,
      userWastedRatio: null,
      sizeBytes: m.totals.contentBytes,
      userSizeBytes: 0,
      inefficiencies: [],
    },
    hiddenBytes: 0,
    directories: [],
    files: [],
    facts: {
      packageCaches: [],
      removedLater: [],
      toolchains: [],
      secrets: [],
      user,
      runsAsRoot: user === null || user === 'root' || user === '0',
    },
  };
}
