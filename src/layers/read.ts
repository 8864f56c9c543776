import * as os from 'node:os';
import { UserError } from '../errors.js';
import { damaged, type Place } from '../image/untrusted.js';
import type { FileStore } from '../image/store.js';
import type { LayerRef, ResolvedImage } from '../image/types.js';
import { LayerReadError, scanFileSync, scanLayer, type LayerScan } from './scan.js';
import { ScanThread } from './threadpool.js';

/** Blob bytes to read below which they are read on the main thread (a thread takes ~30 ms to start). */
const THREAD_MIN_BYTES = 32 * 1024 * 1024;

/**
 * Layers read at once at the most, whatever the cores: the largest layer sets the pace, and the
 * others are read in its shadow by a few lanes (each a thread of its own, 10–20 MiB); Docker pulls
 * 3 blobs at once.
 */
const MAX_LANES = 4;

export interface ReadOptions {
  /** Layers read at once; the machine's core count (up to MAX_LANES) by default: gunzip is CPU-bound. */
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
  const concurrency = Math.max(1, options.concurrency ?? Math.min(MAX_LANES, os.availableParallelism()));
  const queue = image.layers.filter((layer) => {
    const known = options.known?.get(layer.digest ?? layer.diffId);
    if (!known || known.diffId !== layer.diffId) return true;
    onLayer(layer.index, known);
    return false;
  });
  // Largest first, so one big layer does not start last and leave the other cores idle.
  queue.sort((a, b) => store.size(b.file) - store.size(a.file));
  // Each lane reads its blobs in a thread of its own, which does nothing else, so the main thread is
  // free for the analysis of the layers already read. A few small blobs (a pull request's new top
  // layer) are not worth a thread's start.
  const bytes = queue.reduce((sum, layer) => sum + store.size(layer.file), 0);
  const threads: ScanThread[] = [];
  const lane = async (): Promise<void> => {
    const thread = bytes >= THREAD_MIN_BYTES && !store.chunks ? ScanThread.start() : null;
    if (thread) threads.push(thread);
    for (let layer = queue.shift(); layer; layer = queue.shift()) {
      onLayer(layer.index, await readLayer(store, layer, thread));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, lane));
  } finally {
    await Promise.all(threads.map((thread) => thread.close()));
  }
}

async function readLayer(store: FileStore, layer: LayerRef, thread: ScanThread | null): Promise<LayerScan> {
  const name = `layer ${layer.index} (${layer.digest ?? layer.file})`;
  const hash = hashFor(layer, store);
  let scan: LayerScan;
  try {
    // Whether a layer is stored uncompressed (and its compressed size an estimate) follows from its
    // first bytes, never from its media type: `docker save` from the classic image store writes
    // layers uncompressed even with a manifest, and an archive can label a plain tar as gzip.
    // A registry streams its blobs; files are read in the lane's thread where it has one, else
    // here in one synchronous pass (a few small blobs: less time than the stream's turns).
    const options = { estimateGzip: true, capture: true, hash };
    if (store.chunks) scan = await scanLayer(store.chunks(layer.file), options);
    else {
      const range = store.range(layer.file);
      scan = thread ? await thread.scan(range, options) : scanFileSync(range, options);
    }
  } catch (err) {
    // Reaching a registry can fail while a layer is read: that is no damage to the image.
    if (err instanceof LayerReadError && err.cause instanceof UserError) throw err.cause;
    if (err instanceof LayerReadError) throw damaged(store, name, err.message);
    throw err;
  }
  return checkedScan(store, name, layer, scan, hash);
}

/**
 * How a layer is checked: by its blob's digest where it has a sha256 one (the compressed blob is
 * the smaller thing to hash, and it is what the manifest names), else by its diff_id; a
 * registry's blobs are checked by the registry client as they stream.
 */
export function hashFor(layer: Pick<LayerRef, 'digest'>, store?: FileStore): 'content' | 'blob' | 'none' {
  if (store?.chunks) return 'none';
  return layer.digest?.startsWith('sha256:') ? 'blob' : 'content';
}

/**
 * The scan of a layer whose blob is what the manifest says (its digest) or whose content is what
 * its config says (its diff_id), as `hash` had it checked; else the one-line refusal.
 */
export function checkedScan(
  store: Place,
  name: string,
  layer: LayerRef,
  scan: LayerScan,
  hash: 'content' | 'blob' | 'none',
): LayerScan {
  if (hash === 'none') return { ...scan, diffId: layer.diffId };
  if (hash === 'blob') {
    if (scan.blobDigest !== layer.digest) {
      throw damaged(
        store,
        name,
        `it does not match its digest: the manifest says ${layer.digest}, its content is ${scan.blobDigest}`,
      );
    }
    return { ...scan, diffId: layer.diffId };
  }
  if (scan.diffId !== layer.diffId) {
    throw damaged(
      store,
      name,
      `it does not match its diff_id: the config says ${layer.diffId}, its content is ${scan.diffId}`,
    );
  }
  return scan;
}
