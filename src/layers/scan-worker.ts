/**
 * A worker thread that reads layer blobs from files: it inflates, hashes and lists each one as
 * scanLayer does, so the layers read at once each have a thread of their own and the main thread
 * is left to the analysis. Bundled beside the action and the CLI (scripts/bundle.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { fileChunks } from './chunks.js';
import { LayerReadError, scanLayer } from './scan.js';
import type { ScanJob, ScanReply } from './threadpool.js';

parentPort?.on('message', (job: ScanJob) => {
  const reply = (message: ScanReply): void => parentPort!.postMessage(message);
  scanLayer(fileChunks(job.range), job.options).then(
    (scan) => reply({ id: job.id, scan }),
    (err: unknown) =>
      reply({
        id: job.id,
        error: { message: err instanceof Error ? err.message : String(err), layerRead: err instanceof LayerReadError },
      }),
  );
});
