import type { LayerScan } from '../layers/scan.js';
import type { ResolvedImage } from '../image/types.js';
import { isWhiteoutPath } from '../filetree/entry.js';

/** Sizes of one layer, as the README (Sizes) defines them. */
export interface LayerMeasurement {
  index: number;
  digest: string | null;
  diffId: string;
  mediaType: string;
  compressedBytes: number;
  /** True when the layer was stored uncompressed and compressedBytes is gzip's figure for it. */
  compressedEstimated: boolean;
  uncompressedBytes: number;
  contentBytes: number;
  instruction: string | null;
  fileCount: number;
}

export interface ImageMeasurement {
  schemaVersion: 1;
  image: { ref: string | null; digest: string | null; manifestDigest: string | null; platform: string };
  totals: {
    compressedBytes: number;
    uncompressedBytes: number;
    contentBytes: number;
    compressedEstimated: boolean;
    layerCount: number;
    fileCount: number;
  };
  layers: LayerMeasurement[];
}

const MEDIA_BY_COMPRESSION = {
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  none: 'application/vnd.oci.image.layer.v1.tar',
} as const;

/** Per-layer and total sizes of one image from what reading its layers found. */
export function measure(image: ResolvedImage, scans: readonly LayerScan[]): ImageMeasurement {
  const layers = image.layers.map((ref, i): LayerMeasurement => {
    const scan = scans[i]!;
    // A registry stores layers compressed; an uncompressed one is measured as buildx would push it.
    // Decided by the bytes read (scan.compression), not by the media type the source claims.
    const estimated = scan.compression === 'none';
    let contentBytes = 0;
    let fileCount = 0;
    for (const entry of scan.entries) {
      if (entry.type === 'file') {
        contentBytes += entry.size;
        // A whiteout is a marker, not a file of the image.
        if (!isWhiteoutPath(entry.path)) fileCount++;
      }
    }
    return {
      index: ref.index,
      digest: ref.digest,
      diffId: ref.diffId,
      mediaType: ref.mediaType ?? MEDIA_BY_COMPRESSION[scan.compression],
      compressedBytes: estimated
        ? (scan.gzipEstimateBytes ?? scan.compressedBytes)
        : (ref.descriptorSize ?? scan.compressedBytes),
      compressedEstimated: estimated,
      uncompressedBytes: scan.uncompressedBytes,
      contentBytes,
      instruction: ref.instruction,
      fileCount,
    };
  });
  const sum = (pick: (l: LayerMeasurement) => number): number => layers.reduce((n, l) => n + pick(l), 0);
  return {
    schemaVersion: 1,
    image: { ref: image.ref, digest: image.digest, manifestDigest: image.manifestDigest, platform: image.platform },
    totals: {
      compressedBytes: sum((l) => l.compressedBytes),
      uncompressedBytes: sum((l) => l.uncompressedBytes),
      contentBytes: sum((l) => l.contentBytes),
      compressedEstimated: layers.some((l) => l.compressedEstimated),
      layerCount: layers.length,
      fileCount: sum((l) => l.fileCount),
    },
    layers,
  };
}
