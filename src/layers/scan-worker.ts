/**
 * A worker thread that reads layer blobs from files, one at a time: it inflates, hashes and lists
 * each one synchronously (scanFileSync), so each layer read at once has a core of its own and the
 * main thread is left to the analysis. Bundled beside the action and the CLI (scripts/bundle.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { fileChunks } from './chunks.js';
import { LayerReadError, scanFileSync, scanLayer, type LayerScan } from './scan.js';
import type { ScanJob, ScanReply } from './threadpool.js';

parentPort?.on('message', (job: ScanJob) => {
  const reply = (message: ScanReply): void => parentPort!.postMessage(message);
  read(job).then(
    (scan) => reply({ id: job.id, scan }),
    (err: unknown) =>
      reply({
        id: job.id,
        error: { message: err instanceof Error ? err.message : String(err), layerRead: err instanceof LayerReadError },
      }),
  );
});

/** Synchronously where this Node can decode the blob so, else as a stream (zstd on Node 20). */
async function read(job: ScanJob): Promise<LayerScan> {
  return scanFileSync(job.range, job.options) ?? (await scanLayer(fileChunks(job.range), job.options));
}
