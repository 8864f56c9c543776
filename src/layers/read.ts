import * as os from 'node:os';
import { UserError } from '../errors.js';
import { damaged, type Place } from '../image/untrusted.js';
import type { FileStore } from '../image/store.js';
import type { LayerRef, ResolvedImage } from '../image/types.js';
import { fileChunks } from './chunks.js';
import { LayerReadError, scanLayer, type LayerScan } from './scan.js';
import { ScanThread } from './threadpool.js';

/** Blob bytes to read below which they are read on the main thread (a thread takes ~30 ms to start). */
const THREAD_MIN_BYTES = 32 * 1024 * 1024;

export interface ReadOptions {
  /** Layers read at once; the machine's core count by default (gunzip is CPU-bound). */
  concurrency?: number;
  /** Scans already known by layer key (blob digest, else diff_id): those layers are not read again. */
  known?: ReadonlyMap<string, LayerScan>;
}

/**
 * Reads every layer of an image (in parallel), checking each against its diff_id, and hands each
 * layer's scan to `onLayer` as soon as it is known or read, in no particular order.
 */
export async function readLayers(
  store: FileStore,
  image: ResolvedImage,
  onLayer: (index: number, scan: LayerScan) => void,
  options: ReadOptions = {},
): Promise<void> {
  const concurrency = Math.max(1, options.concurrency ?? os.availableParallelism());
  const queue = image.layers.filter((layer) => {
    const known = options.known?.get(layer.digest ?? layer.diffId);
    if (!known || known.diffId !== layer.diffId) return true;
    onLayer(layer.index, known);
    return false;
  });
  // Largest first, so one big layer does not start last and leave the other cores idle.
  queue.sort((a, b) => store.size(b.file) - store.size(a.file));
  // One thread hashes and lists every lane's blobs, so the main thread is free for the analysis of
  // the layers already read. A thread per lane was no faster on 2 cores and cost 50 MiB of RSS each:
  // every thread keeps its own tens of MiB of spent inflate buffers until its next garbage collection.
  // A few small blobs (a pull request's new top layer) are not worth the thread's start.
  const bytes = queue.reduce((sum, layer) => sum + store.size(layer.file), 0);
  const thread = bytes >= THREAD_MIN_BYTES ? ScanThread.start() : null;
  const lane = async (): Promise<void> => {
    for (let layer = queue.shift(); layer; layer = queue.shift()) {
      onLayer(layer.index, await readLayer(store, layer, thread));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, lane));
  } finally {
    await thread?.close();
  }
}

async function readLayer(store: FileStore, layer: LayerRef, thread: ScanThread | null): Promise<LayerScan> {
  const name = `layer ${layer.index} (${layer.digest ?? layer.file})`;
  let scan: LayerScan;
  try {
    // Whether a layer is stored uncompressed (and its compressed size an estimate) follows from its
    // first bytes, never from its media type: `docker save` from the classic image store writes
    // layers uncompressed even with a manifest, and an archive can label a plain tar as gzip.
    // A registry streams its blobs; files are read in the scan thread where there is one.
    const options = { estimateGzip: true, capture: true };
    if (store.chunks) scan = await scanLayer(store.chunks(layer.file), options);
    else {
      const range = store.range(layer.file);
      scan = thread ? await thread.scan(range, options) : await scanLayer(fileChunks(range), options);
    }
  } catch (err) {
    // Reaching a registry can fail while a layer is read: that is no damage to the image.
    if (err instanceof LayerReadError && err.cause instanceof UserError) throw err.cause;
    if (err instanceof LayerReadError) throw damaged(store, name, err.message);
    throw err;
  }
  return checkedDiffId(store, name, layer, scan);
}

/** The scan of a layer whose content is what its config says (its diff_id); else the one-line refusal. */
export function checkedDiffId(store: Place, name: string, layer: LayerRef, scan: LayerScan): LayerScan {
  if (scan.diffId !== layer.diffId) {
    throw damaged(
      store,
      name,
      `it does not match its diff_id: the config says ${layer.diffId}, its content is ${scan.diffId}`,
    );
  }
  return scan;
}
