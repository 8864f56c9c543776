/** Images with real layer records (so their filesystem can be rebuilt), for the HTML report's tests and benchmark. */
import { encodeEntries, LAYER_RECORD_VERSION } from '../src/analysis/record.js';
import type { ImageAnalysis, LayerRecord } from '../src/analysis/types.js';
import type { TarEntry } from '../src/layers/tar.js';
import { analysis } from './analysis.js';

export interface SyntheticLayer {
  instruction: string;
  /** Regular files (path without a leading slash, size); a size of -1 writes a whiteout that deletes the path. */
  files: [string, number][];
}

export function syntheticImage(
  layers: SyntheticLayer[],
  ref = 'app:test',
): { images: ImageAnalysis[]; records: LayerRecord[] } {
  const image = analysis({
    ref,
    layers: layers.map((l) => {
      const bytes = l.files.reduce((n, [, size]) => n + Math.max(0, size), 0);
      return {
        instruction: l.instruction,
        compressed: Math.round(bytes / 2) + 1,
        uncompressed: bytes + 1024,
        files: l.files.length,
        diffId: `sha256:${l.instruction.length}-${bytes}-${l.files.length}-${l.files[0]?.[0] ?? ''}`,
      };
    }),
  });
  const records = image.layers.map((layer, i): LayerRecord => {
    const entries = layers[i]!.files.map(([path, size]): TarEntry => {
      const slash = path.lastIndexOf('/');
      return size < 0
        ? {
            path: `${path.slice(0, slash + 1)}.wh.${path.slice(slash + 1)}`,
            type: 'file',
            size: 0,
            linkName: '',
          }
        : { path, type: 'file', size, linkName: '' };
    });
    return {
      digest: layer.digest!,
      version: LAYER_RECORD_VERSION,
      diffId: layer.diffId,
      compression: 'gzip',
      estargz: false,
      compressedBytes: layer.compressedBytes,
      uncompressedBytes: layer.uncompressedBytes,
      gzipEstimateBytes: null,
      entries: encodeEntries(entries),
    };
  });
  return { images: [image], records };
}

/** A benchmark-scale image: `files` files over three layers in a few thousand folders, sizes spread as in a real one. */
export function largeImage(files = 45_000): { images: ImageAnalysis[]; records: LayerRecord[] } {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const layers: SyntheticLayer[] = [
    { instruction: 'ADD rootfs.tar.xz /', files: [] },
    { instruction: 'RUN apt-get install -y python3 build-essential', files: [] },
    { instruction: 'COPY . /app', files: [] },
  ];
  const roots = [
    'usr/lib',
    'usr/share/doc',
    'usr/share/locale',
    'usr/lib/python3/dist-packages',
    'var/lib',
    'app/node_modules',
  ];
  for (let i = 0; i < files; i++) {
    const root = roots[i % roots.length]!;
    const dir = `${root}/pkg${Math.floor(random() * 150)}/sub${Math.floor(random() * 4)}`;
    // Mostly small files, a few large ones: a log-normal-ish spread.
    const size = Math.floor(Math.exp(random() * 12 + (random() < 0.01 ? 4 : 0)));
    layers[i % 7 === 0 ? 2 : i % 3 === 0 ? 1 : 0]!.files.push([`${dir}/file-${i}.so`, size]);
  }
  // A tar lists a folder's members together.
  for (const layer of layers) layer.files.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return syntheticImage(layers, 'bench:45k');
}
