/**
 * `npm run bench`: how fast the analysis reads a large image, against the floor of gunzipping its
 * layer blobs serially with Node's zlib and nothing else, and how little a run costs when all but
 * the top layer are known. Each measurement runs in its own process so its peak RSS is its own.
 *
 * The image (bench/image/Dockerfile) is built on the Debian minbase test base once and kept in the
 * daemon as isg-analysis/bench:1; its OCI archive is exported once under ~/.cache.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { analyze } from '../src/analyze.js';
import type { LayerRecord } from '../src/analysis/types.js';
import { resolveImages } from '../src/image/resolve.js';
import { TarStore } from '../src/image/store.js';
import { CHUNK_BYTES } from '../src/layers/chunks.js';
import { sizeThreadPool } from '../src/layers/threadpool.js';
import { ensureDebian } from '../__tests__/helpers/base-images.js';

const TAG = 'isg-analysis/bench:1';
const CACHE = path.join(os.homedir(), '.cache', 'image-size-guard-bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RECIPE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bench', 'image');

interface Measured {
  seconds: number;
  maxRssMiB: number;
  detail?: string;
}

function sh(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return r.stdout.trim();
}

async function prepare(): Promise<string> {
  if (spawnSync('docker', ['image', 'inspect', TAG], { stdio: 'ignore' }).status !== 0) {
    const base = await ensureDebian();
    console.log(`building ${TAG} (a few minutes, once)`);
    sh('docker', ['buildx', 'build', '--network=host', '--build-arg', `BASE=${base}`, '-t', TAG, '--load', RECIPE]);
  }
  const id = sh('docker', ['image', 'inspect', '--format', '{{.Id}}', TAG]).replace(/^sha256:/, '');
  const archive = path.join(CACHE, `bench-${id.slice(0, 16)}.oci.tar`);
  if (!(await fs.stat(archive).catch(() => null))) {
    await fs.mkdir(CACHE, { recursive: true });
    console.log(`exporting ${TAG} to ${archive} (once)`);
    sh('docker', ['save', '-o', `${archive}.part`, TAG]);
    await fs.rename(`${archive}.part`, archive);
  }
  return archive;
}

const discard = () =>
  new Writable({
    write(_chunk, _enc, cb) {
      cb();
    },
  });

/**
 * The floor: each layer blob gunzipped by Node's zlib, one after another, nothing else: a file
 * stream piped through a gunzip stream, both in the analysis's chunk size (1 MiB).
 */
async function floor(archive: string): Promise<string> {
  const store = await TarStore.open(archive);
  const [image] = await resolveImages(store);
  for (const layer of image!.layers) {
    const { path: file, start, end } = store.range(layer.file);
    const blob = createReadStream(file, { start, end: end - 1, highWaterMark: CHUNK_BYTES });
    await pipeline(blob, zlib.createGunzip({ chunkSize: CHUNK_BYTES }), discard());
  }
  return `${image!.layers.length} layers`;
}

async function full(archive: string, recordsFile: string): Promise<string> {
  const result = await analyze(archive);
  await fs.writeFile(recordsFile, JSON.stringify(result.layers));
  const m = result.images[0]!;
  return (
    `${m.totals.layerCount} layers, ${m.totals.fileCount} files, ${(m.totals.compressedBytes / 1e6).toFixed(0)} MB compressed, ` +
    `${(m.totals.uncompressedBytes / 1e6).toFixed(0)} MB uncompressed, efficiency ${m.dive.efficiency.toFixed(4)}, ` +
    `wasted ${(m.dive.wastedBytes / 1e6).toFixed(1)} MB, hidden ${(m.hiddenBytes / 1e6).toFixed(1)} MB, ` +
    `records ${((await fs.stat(recordsFile)).size / 1e6).toFixed(1)} MB of JSON`
  );
}

async function known(archive: string, recordsFile: string): Promise<string> {
  // The records come in the image's layer order: all but the last are the lower layers.
  const records = JSON.parse(await fs.readFile(recordsFile, 'utf8')) as LayerRecord[];
  const knownLayers = new Map(records.slice(0, -1).map((r) => [r.digest, r]));
  const result = await analyze(archive, { knownLayers });
  return `${knownLayers.size} of ${records.length} layers known; efficiency ${result.images[0]!.dive.efficiency.toFixed(4)}`;
}

/** Runs one measurement in a child process of the same Node and returns its time and peak RSS. */
function child(phase: string, archive: string, recordsFile: string): Measured {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), phase, archive, recordsFile], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`${phase} failed`);
  return JSON.parse(r.stdout) as Measured;
}

async function main(): Promise<void> {
  const [phase, archive, recordsFile] = process.argv.slice(2);
  if (phase && archive && recordsFile) {
    // As the action and the CLI do first thing (a single gunzip stream, the floor, uses one thread).
    sizeThreadPool();
    const run = {
      floor: () => floor(archive),
      full: () => full(archive, recordsFile),
      known: () => known(archive, recordsFile),
    }[phase];
    if (!run) throw new Error(`unknown phase ${phase}`);
    const start = process.hrtime.bigint();
    const detail = await run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    process.stdout.write(JSON.stringify({ seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, detail }));
    return;
  }

  const image = await prepare();
  const records = path.join(os.tmpdir(), `isg-bench-records-${process.pid}.json`);
  // A first read warms the page cache, so every measurement reads from memory alike.
  child('floor', image, records);
  const rows: { floor: Measured; full: Measured; known: Measured }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const floorRun = child('floor', image, records);
    const fullRun = child('full', image, records);
    const knownRun = child('known', image, records);
    rows.push({ floor: floorRun, full: fullRun, known: knownRun });
    console.log(
      `run ${i + 1}: floor ${floorRun.seconds.toFixed(2)} s · full ${fullRun.seconds.toFixed(2)} s ` +
        `(${(fullRun.seconds / floorRun.seconds).toFixed(2)}× floor, peak RSS ${fullRun.maxRssMiB.toFixed(0)} MiB) · ` +
        `known lower layers ${knownRun.seconds.toFixed(2)} s (${((100 * knownRun.seconds) / fullRun.seconds).toFixed(1)}% of full, ` +
        `peak RSS ${knownRun.maxRssMiB.toFixed(0)} MiB)`,
    );
  }
  await fs.rm(records, { force: true });
  // Each run measures the floor, the full analysis and the known-layers analysis one after another,
  // so the ratios are taken within a run: a machine whose speed drifts between runs (a shared
  // 2-core VM does) moves both sides of a ratio alike.
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const range = (xs: number[], digits: number) =>
    `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
  const ratios = rows.map((r) => r.full.seconds / r.floor.seconds);
  const shares = rows.map((r) => (100 * r.known.seconds) / r.full.seconds);
  const rss = Math.max(...rows.flatMap((r) => [r.full.maxRssMiB, r.known.maxRssMiB]));
  console.log('');
  console.log(`image          ${rows[0]!.full.detail}`);
  console.log(
    `node           ${process.version} on ${os.availableParallelism()} cores; load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `floor          ${median(rows.map((r) => r.floor.seconds)).toFixed(2)} s   ` +
      `(median of ${RUNS} runs: Node's zlib gunzip of every blob, serially, in ${CHUNK_BYTES / 2 ** 20} MiB chunks)`,
  );
  console.log(
    `full analysis  ${median(rows.map((r) => r.full.seconds)).toFixed(2)} s   ` +
      `${median(ratios).toFixed(2)}× the floor (median of the runs' ratios, ${range(ratios, 2)})   (target ≤ 1.10×)`,
  );
  console.log(
    `known lower    ${median(rows.map((r) => r.known.seconds)).toFixed(2)} s   ` +
      `${median(shares).toFixed(1)}% of the full analysis (median, ${range(shares, 1)})   (target ≤ 10%)`,
  );
  console.log(`peak RSS       ${rss.toFixed(0)} MiB   (the largest of all runs)   (target ≤ 256 MiB)`);
}

await main();
