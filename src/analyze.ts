import { ImageAnalyzer } from './analysis/image.js';
import { fromRecord, layerKey, toRecord } from './analysis/record.js';
import type { AnalysisResult, ImageAnalysis, LayerRecord } from './analysis/types.js';
import { openSource, type OpenedSource } from './image/source.js';
import { readLayers } from './layers/read.js';
import type { LayerScan } from './layers/scan.js';

export interface AnalyzeOptions {
  /** `os/arch[/variant]`, `all`, or the host's platform (or the only one) when unset. */
  platform?: string;
  /** Where a daemon export is written; the OS temp dir by default. */
  tempDir?: string;
  /** Records of layers analysed before, by layer digest: those layers are not read again. */
  knownLayers?: ReadonlyMap<string, LayerRecord>;
}

/**
 * Reads an image from wherever it is and analyses each platform asked for. Layers are read once
 * even when several platforms share them, and not at all when `knownLayers` has their record.
 */
export async function analyze(source: string, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const opened = await openSource(source, {
    platform: options.platform,
    tempDir: options.tempDir,
    knownBlob: (digest) => options.knownLayers?.has(digest) ?? false,
  });
  const read: NonNullable<OpenedSource['readLayers']> =
    opened.readLayers ?? ((image, onLayer, known) => readLayers(opened.store, image, onLayer, known));
  try {
    const scans = new Map<string, LayerScan>();
    const records = new Map<string, LayerRecord>();
    const images = [];
    for (const image of opened.images) {
      for (const layer of image.layers) {
        const key = layerKey(layer);
        const record = options.knownLayers?.get(key);
        const scan = !scans.has(key) && record ? fromRecord(record, layer.diffId) : null;
        if (scan) {
          scans.set(key, scan);
          records.set(key, record!);
        }
      }
      // Each layer is analysed as far as it can be as soon as it is read, while larger ones still are.
      const analyzer = new ImageAnalyzer(image);
      const onLayer = (index: number, scan: LayerScan): void => {
        const key = layerKey(image.layers[index]!);
        scans.set(key, scan);
        if (!records.has(key)) records.set(key, toRecord(key, scan));
        analyzer.add(index, scan);
      };
      await read(image, onLayer, { known: scans });
      images.push(analyzer.finish());
    }
    // The records in the order of the layers, the first image's first.
    const keys = new Set(opened.images.flatMap((image) => image.layers.map(layerKey)));
    return { images, layers: [...keys].map((key) => records.get(key)!) };
  } finally {
    await opened.dispose();
  }
}

/**
 * What the analyses could not do, each note once (platforms share layers, so their notes repeat),
 * with control characters shown as `?`: a note is one line of a log.
 */
export function analysisNotes(images: readonly ImageAnalysis[]): string[] {
  const notes = new Set(images.flatMap((image) => image.notes ?? []));
  // eslint-disable-next-line no-control-regex -- what a log line must not hold
  return [...notes].map((note) => note.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?'));
}
