/**
 * A worker thread that reads layer blobs from files, one at a time: it inflates, hashes and lists
 * each one synchronously (scanFileSync), so each layer read at once has a core of its own and the
 * main thread is left to the analysis. Bundled beside the action and the CLI (scripts/bundle.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { LayerReadError, scanFileSync } from './scan.js';
import type { ScanJob, ScanReply } from './threadpool.js';

parentPort?.on('message', (job: ScanJob) => {
  const reply = (message: ScanReply): void => parentPort!.postMessage(message);
  try {
    reply({ id: job.id, scan: scanFileSync(job.range, job.options) });
  } catch (err) {
    reply({
      id: job.id,
      error: { message: err instanceof Error ? err.message : String(err), layerRead: err instanceof LayerReadError },
    });
  }
});
