/**
 * `npm run bench:action`: the bundled action's wall time (dist/index.js under Node 24, as a runner
 * runs it) on the benchmark image (bench/image/Dockerfile) with `cache: local`, against the floor of
 * gunzipping the image's layer blobs once, serially. The setup of a job whose earlier step built the
 * image: the builder is warm, the build cache folder is already restored where `cache: local` looks
 * for it, and the baseline knows every layer. Then, through the loopback cache service, the cache
 * entry's size and its save and restore times. Run it from the checkout (`dist/` built first).
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
import { ensureDebian } from '../__tests__/helpers/base-images.js';
import { runAction, type ActionRun } from '../__tests__/helpers/runner.js';
import { CacheService } from '../__tests__/servers/cache-service.js';
import { startServer } from '../__tests__/servers/http.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// From the working directory at run time: the bundler would otherwise copy these files into the bundle.
const ACTION = process.env.BENCH_ACTION ?? path.join(process.cwd(), 'dist', 'index.js');
const RECIPE = path.join(process.cwd(), 'bench', 'image');
const SCOPE = 'bench';
const CHUNK_BYTES = 2 ** 20;
const MB = 1e6;

interface Descriptor {
  digest: string;
}

/** The layer blobs of the one image an OCI layout folder holds, bottom to top. */
async function layerBlobs(layout: string): Promise<string[]> {
  const blob = (d: string) => path.join(layout, 'blobs', ...d.split(':'));
  const read = async (d: string) =>
    JSON.parse(await fs.readFile(blob(d), 'utf8')) as { manifests?: Descriptor[]; layers?: Descriptor[] };
  const index = JSON.parse(await fs.readFile(path.join(layout, 'index.json'), 'utf8')) as { manifests: Descriptor[] };
  let doc = await read(index.manifests[0]!.digest);
  while (doc.manifests) doc = await read(doc.manifests[0]!.digest);
  return doc.layers!.map((l) => blob(l.digest));
}

const discard = () =>
  new Writable({
    write(_chunk, _enc, cb) {
      cb();
    },
  });

/** The floor, in a child process of its own: each layer blob through Node's zlib gunzip, one after another. */
async function floorChild(layout: string): Promise<void> {
  const start = process.hrtime.bigint();
  for (const file of await layerBlobs(layout)) {
    await pipeline(
      createReadStream(file, { highWaterMark: CHUNK_BYTES }),
      zlib.createGunzip({ chunkSize: CHUNK_BYTES }),
      discard(),
    );
  }
  process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e9));
}

function floor(layout: string): number {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'floor', layout], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`floor failed: ${r.stderr}`);
  return Number(r.stdout);
}

function cacheFolder(temp: string): string {
  return path.join(temp, 'image-size-guard-cache', SCOPE);
}

async function timed(run: () => Promise<ActionRun>): Promise<{ seconds: number; run: ActionRun }> {
  const start = process.hrtime.bigint();
  const result = await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.code !== 0) throw new Error(`the action failed:\n${result.stdout.slice(-4000)}\n${result.stderr}`);
  return { seconds, run: result };
}

/** The action's own report of a cache transfer, e.g. `Saved the build cache as KEY (688 MB in 6.1 s)`. */
function transfer(stdout: string, verb: 'Restored' | 'Saved'): string {
  const starts =
    verb === 'Saved' ? ['Saved the build cache', 'The build cache did not change'] : ['Restored the build cache'];
  const line = stdout.split('\n').find((l) => starts.some((s) => l.startsWith(s)));
  return line?.trim() ?? `(no "${verb} the build cache" line)`;
}

async function main(): Promise<void> {
  const [phase, arg] = process.argv.slice(2);
  if (phase === 'floor' && arg) return floorChild(arg);

  const base = await ensureDebian();
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-bench-action-'));
  const baselineFile = path.join(work, 'baseline.json');
  const inputs = (more: Record<string, string>) => ({
    context: RECIPE,
    'build-args': `BASE=${base}`,
    network: 'host',
    cache: 'local',
    'cache-scope': SCOPE,
    mode: 'compare',
    comment: 'never',
    ...more,
  });
  const fresh = async (name: string) => {
    const temp = path.join(work, name);
    await fs.mkdir(temp, { recursive: true });
    return temp;
  };

  try {
    // Warms the builder (the image is built, its blobs compressed) and makes the cache folder and a
    // baseline that knows every layer: what an earlier run of the job left behind.
    console.log('seeding: one run of the action makes the cache folder and the baseline');
    const seedTemp = await fresh('seed');
    const seedRun = () =>
      runAction({ action: ACTION, temp: seedTemp, inputs: inputs({ 'baseline-output': baselineFile }) });
    // A builder pruned by something else mid-build ends with "failed to solve: not found": once more.
    await timed(seedRun).catch(() => timed(seedRun));
    const seed = cacheFolder(seedTemp);
    const builds = (await fs.readdir(seedTemp)).filter((n) => n.startsWith('image-size-guard-build-'));
    const layout = path.join(seedTemp, builds[0]!, 'oci');
    floor(layout); // warms the page cache, so every measurement reads from memory alike

    const rows: { floor: number; action: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const temp = await fresh(`run-${i}`);
      await fs.mkdir(path.dirname(cacheFolder(temp)), { recursive: true });
      // The restored folder: the cache service unpacks an archive of it, so its files are its own.
      await fs.cp(seed, cacheFolder(temp), { recursive: true });
      const f = floor(layout);
      const a = await timed(() =>
        runAction({ action: ACTION, temp, inputs: inputs({ 'baseline-file': baselineFile }) }),
      );
      rows.push({ floor: f, action: a.seconds });
      console.log(
        `run ${i + 1}: floor ${f.toFixed(2)} s · action ${a.seconds.toFixed(2)} s (${(a.seconds / f).toFixed(2)}× floor)`,
      );
      await fs.rm(temp, { recursive: true, force: true });
    }

    // Through the loopback cache service: a runner with an empty temp folder saves the entry, and
    // the next fresh runner restores it (and, its content unchanged, has nothing new to save).
    const service = new CacheService('bench-token');
    const server = await startServer(service.handler);
    let saving: { seconds: number; run: ActionRun };
    let restoring: { seconds: number; run: ActionRun };
    try {
      const env = service.env(server);
      // The same RUNNER_TEMP both times, as on GitHub's runners: the cache service keys entries by path.
      const runner = await fresh('service');
      saving = await timed(() =>
        runAction({ action: ACTION, temp: runner, env, inputs: inputs({ 'baseline-file': baselineFile }) }),
      );
      await fs.rm(runner, { recursive: true });
      await fresh('service');
      restoring = await timed(() =>
        runAction({ action: ACTION, temp: runner, env, inputs: inputs({ 'baseline-file': baselineFile }) }),
      );
    } finally {
      await server.close();
    }
    const entries = service.saved();

    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const ratios = rows.map((r) => r.action / r.floor);
    console.log('');
    console.log(`image          bench/image/Dockerfile, ${(await layerBlobs(layout)).length} layers`);
    console.log(
      `node           ${process.version} on ${os.availableParallelism()} cores; load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(
      `floor          ${median(rows.map((r) => r.floor)).toFixed(2)} s   (median of ${RUNS}: gunzip of every layer blob, serially)`,
    );
    console.log(
      `action         ${median(rows.map((r) => r.action)).toFixed(2)} s   ${median(ratios).toFixed(2)}× the floor ` +
        `(median of the runs' ratios, ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})   (target ≤ 1.0×)`,
    );
    console.log(
      `cache entries  ${entries.length} saved, ${entries.map((e) => `${((e.sizeBytes ?? 0) / MB).toFixed(0)} MB`).join(', ')}`,
    );
    console.log(`saving run     ${saving.seconds.toFixed(2)} s   ${transfer(saving.run.stdout, 'Saved')}`);
    console.log(
      `restoring run  ${restoring.seconds.toFixed(2)} s   ${transfer(restoring.run.stdout, 'Restored')}; ` +
        `${transfer(restoring.run.stdout, 'Saved')}`,
    );
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

await main();
