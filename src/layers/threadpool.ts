import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { FileRange } from '../image/store.js';
import { LayerReadError, type LayerScan, type ScanOptions } from './scan.js';

export interface ScanJob {
  id: number;
  range: FileRange;
  options: ScanOptions;
}

export type ScanReply =
  { id: number; scan: LayerScan } | { id: number; error: { message: string; layerRead: boolean } };

/**
 * A thread that scans layer blobs from files (scan-worker.ts), one after another, each in one
 * synchronous pass: it reads, inflates, hashes and lists, and the main thread is left to the
 * analysis. Without the bundled worker (running from source, in the tests) blobs are scanned on
 * the main thread, in the same pass.
 */
export class ScanThread {
  private readonly pending = new Map<number, { resolve: (s: LayerScan) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: ScanReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!waiting) return;
      if ('scan' in reply) waiting.resolve(withBuffers(reply.scan));
      else
        waiting.reject(
          reply.error.layerRead ? new LayerReadError(reply.error.message) : new Error(reply.error.message),
        );
    });
    const fail = (err: Error): void => {
      for (const waiting of this.pending.values()) waiting.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the layer-reading thread stopped (exit code ${code})`)));
  }

  /** A thread, or null when the worker's bundle is not there to run. */
  static start(): ScanThread | null {
    const file = workerFile();
    return file ? new ScanThread(new Worker(file)) : null;
  }

  scan(range: FileRange, options: ScanOptions): Promise<LayerScan> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, range, options } satisfies ScanJob);
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/**
 * A scan as it left the thread. Structured cloning turns a Buffer into a plain Uint8Array: any a
 * scan carries (small files it kept, in a list of records) become Buffers again over the same bytes.
 */
function withBuffers(scan: LayerScan): LayerScan {
  for (const value of Object.values(scan)) {
    // Lists of records whose first record holds bytes (the entries, a long list, hold none).
    if (!Array.isArray(value) || !Object.values((value[0] as object | undefined) ?? {}).some(isBytes)) continue;
    for (const item of value as Record<string, unknown>[]) {
      for (const [key, field] of Object.entries(item)) {
        if (isBytes(field)) item[key] = Buffer.from(field.buffer, field.byteOffset, field.byteLength);
      }
    }
  }
  return scan;
}

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array && !Buffer.isBuffer(v);

/**
 * The bundled worker beside the bundle that runs: dist/scan-worker/ for the action (dist/index.js)
 * and the CLI (dist/cli/index.js). The names are not literals, so the bundler leaves them alone.
 */
function workerFile(): URL | null {
  const candidates = ['./scan-worker/index.js', '../scan-worker/index.js'];
  for (const name of candidates) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === 'file:' && existsSync(url)) return url;
  }
  return null;
}
