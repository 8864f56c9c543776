/**
 * Building with the action: real buildx on the real dockerd, the bundled action under Node 24, and
 * the real @actions/cache talking to a loopback stand-in for GitHub's cache service. Expected sizes
 * come from the OCI layout's own index and manifests; expected step counts from the Dockerfiles.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSYBOX } from './helpers/base-images.js';
import { pruneRecords } from './helpers/buildkit.js';
import { exec, run } from './helpers/exec.js';
import { makeContext, sum } from './helpers/images.js';
import { runAction, type ActionRun, type RunOptions } from './helpers/runner.js';
import { CacheService } from './servers/cache-service.js';
import { startServer, type LoopbackServer } from './servers/http.js';

let server: LoopbackServer;
let service: CacheService;

beforeAll(async () => {
  service = new CacheService(`token-${randomBytes(8).toString('hex')}`);
  server = await startServer(service.handler);
});
afterAll(() => server?.close());

/** Runs the action with the cache service's env and `network: host` (there is no bridge here). */
function build(context: string, options: RunOptions & { inputs?: Record<string, string> } = {}): Promise<ActionRun> {
  return runAction({
    ...options,
    workspace: context,
    inputs: { network: 'host', ...options.inputs },
    env: { ...service.env(server), ...options.env },
  });
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as T;
}

interface Desc {
  digest: string;
  size: number;
  platform?: { os: string; architecture: string };
}

/** Per platform, the layer blob sizes of the built image, read from the layout the build wrote. */
async function layoutSizes(temp: string): Promise<Map<string, number[]>> {
  const builds = (await fs.readdir(temp)).filter((n) => n.startsWith('image-size-guard-build-'));
  expect(builds).toHaveLength(1);
  const layout = path.join(temp, builds[0]!, 'oci');
  const blob = (d: string) => path.join(layout, 'blobs', ...d.split(':'));
  const index = await readJson<{ manifests: Desc[] }>(path.join(layout, 'index.json'));
  const sizes = new Map<string, number[]>();
  const visit = async (desc: Desc): Promise<void> => {
    const doc = await readJson<{ manifests?: Desc[]; layers?: Desc[] }>(blob(desc.digest));
    if (doc.manifests) for (const m of doc.manifests) await visit(m);
    else if (desc.platform?.os !== 'unknown')
      sizes.set(
        `${desc.platform?.os}/${desc.platform?.architecture}`,
        doc.layers!.map((l) => l.size),
      );
  };
  for (const m of index.manifests) await visit(m);
  return sizes;
}

describe('building with the local cache carried by @actions/cache', () => {
  const marker = `isgbuild${randomBytes(4).toString('hex')}`;
  let context: string;
  let temp: string;
  let cold: ActionRun;

  // Every record this Dockerfile makes carries the marker (stage names, RUN commands), so that only
  // this test's BuildKit state is pruned.
  const dockerfile = [
    `FROM ${BUSYBOX} AS deps-${marker}`,
    'COPY deps.txt /deps/',
    `RUN dd if=/dev/urandom of=/deps/lib.bin bs=1024 count=256 2>/dev/null && echo ${marker} > /deps/stamp`,
    `FROM ${BUSYBOX} AS app-${marker}`,
    `COPY --from=deps-${marker} /deps /deps`,
    'COPY src.txt /app/',
    `RUN cp /app/src.txt /app/built.txt && echo ${marker} >> /app/built.txt`,
  ].join('\n');

  beforeAll(async () => {
    // The marker in the files too: BuildKit keys a COPY by content, not by stage name.
    context = await makeContext({
      Dockerfile: dockerfile,
      'deps.txt': `left-pad 1.3.0 ${marker}\n`,
      'src.txt': `v1 ${marker}\n`,
    });
    temp = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-build-runner-temp-'));
  });

  it('builds cold: five steps, none cached, sizes from the layout, the cache saved', async () => {
    cold = await build(context, { temp, sha: 'a'.repeat(40) });
    expect(cold.code, cold.stdout).toBe(0);
    expect(cold.outputs['total-steps']).toBe('5');
    expect(cold.outputs['cached-steps']).toBe('0');
    expect(Number(cold.outputs['build-seconds'])).toBeGreaterThan(0);
    const sizes = (await layoutSizes(temp)).get('linux/amd64')!;
    expect(Number(cold.outputs['compressed-bytes'])).toBe(sum(sizes));
    expect(cold.outputs['layer-count']).toBe(String(sizes.length));
    expect(cold.outputs['image-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(service.saved().map((e) => e.key)).toEqual([
      expect.stringMatching(/^image-size-guard-buildkit-Dockerfile-[0-9a-f]{16}-[0-9a-f]{64}$/),
    ]);
    await fs.access(path.join(temp, 'image-size-guard-cache', 'Dockerfile', 'index.json'));
  });

  it('on a fresh runner, with only the restored cache, every step is cached and the image is the same', async () => {
    await pruneRecords(marker);
    await fs.rm(temp, { recursive: true });
    await fs.mkdir(temp);
    const warm = await build(context, { temp, sha: 'b'.repeat(40) });
    expect(warm.code, warm.stdout).toBe(0);
    expect(warm.stdout).toMatch(
      /Cache hit for restore-key: image-size-guard-buildkit-Dockerfile-[0-9a-f]{16}-[0-9a-f]{64}/,
    );
    expect(warm.outputs['total-steps']).toBe('5');
    expect(warm.outputs['cached-steps']).toBe('5');
    expect(warm.summary).toContain('5 of 5 steps from cache');
    expect(warm.summary).toContain(`| &#91;app-${marker} 4/4&#93; RUN cp /app/src.txt /app/built.txt`);
    // The layer of random bytes came back from the cache rather than being made again.
    expect(warm.outputs['image-digest']).toBe(cold.outputs['image-digest']);
    // The entry is keyed by its content: a builder that still holds the steps exports the same index
    // (nothing is uploaded); one whose records were pruned may stamp them anew (a second entry).
    // Never the same key twice.
    const keys = service.saved().map((e) => e.key);
    expect(keys.length).toBeLessThanOrEqual(2);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('after a source-only change, the dependency steps are cached and the source steps are not', async () => {
    await fs.writeFile(path.join(context, 'src.txt'), `v2 ${marker}\n`);
    const changed = await build(context, { temp, sha: 'c'.repeat(40) });
    expect(changed.code, changed.stdout).toBe(0);
    expect(changed.outputs['total-steps']).toBe('5');
    // deps COPY, deps RUN and COPY --from are cached; COPY src.txt and the RUN after it are not.
    expect(changed.outputs['cached-steps']).toBe('3');
    expect(changed.outputs['image-digest']).not.toBe(cold.outputs['image-digest']);
  });

  it('a failing build names the failing instruction with its output and keeps the previous cache', async () => {
    const cacheIndex = path.join(temp, 'image-size-guard-cache', 'Dockerfile', 'index.json');
    await fs.writeFile(
      path.join(context, 'Dockerfile'),
      `${dockerfile}\nRUN echo "compiling ${marker}" && echo "error: missing semicolon" >&2 && exit 3\n`,
    );
    const requestsBefore = server.log.length;
    const failed = await build(context, { temp, sha: 'd'.repeat(40) });
    expect(failed.code).not.toBe(0);
    expect(failed.errors).toHaveLength(1);
    const message = failed.errors[0]!;
    expect(message).toContain(`The build failed at [app-${marker} 5/5] RUN echo "compiling ${marker}"`);
    expect(message).toContain('exit code: 3');
    expect(message).toContain('error: missing semicolon');
    // The cache restored for this run is still there, the half-written one is gone, nothing was saved.
    expect(JSON.parse(await fs.readFile(cacheIndex, 'utf8'))).toHaveProperty('manifests');
    await expect(fs.access(path.join(temp, 'image-size-guard-cache', 'Dockerfile-new'))).rejects.toThrow();
    const calls = server.log.slice(requestsBefore).map((r) => r.path);
    expect(calls.filter((p) => p.includes('CreateCacheEntry'))).toEqual([]);
    expect(calls.filter((p) => p.includes('GetCacheEntryDownloadURL'))).toHaveLength(1);
    expect(failed.outputs['compressed-bytes']).toBeUndefined();
  });
});

describe('when the cache service fails', () => {
  it('a failed restore is a miss and a failed save a warning: the build goes on and succeeds', async () => {
    const failing = new CacheService(`token-${randomBytes(8).toString('hex')}`);
    failing.failing = { lookup: true, upload: true };
    const own = await startServer(failing.handler);
    try {
      const context = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\nCOPY a.txt /\n`, 'a.txt': randomBytes(64) });
      const result = await runAction({
        workspace: context,
        inputs: { network: 'host' },
        env: failing.env(own),
      });
      expect(result.code, result.stdout).toBe(0);
      expect(result.errors).toEqual([]);
      expect(result.stdout).toMatch(/^::warning::Failed to restore: .*lookup refused/m);
      expect(result.stdout).toMatch(/^::warning::Failed to save: /m);
      expect(result.outputs['total-steps']).toBe('1');
      expect(failing.saved()).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

describe('a multi-platform build', () => {
  it('measures each platform of a FROM scratch image built for linux/amd64 and linux/arm64', async () => {
    const context = await makeContext({
      Dockerfile: 'FROM scratch\nCOPY a.txt /\nCOPY b.bin /data/\n',
      'a.txt': 'hello\n',
      'b.bin': randomBytes(150_000),
    });
    const result = await build(context, { inputs: { platforms: 'linux/amd64,linux/arm64', cache: 'none' } });
    expect(result.code, result.stdout).toBe(0);
    const sizes = await layoutSizes(result.temp);
    expect([...sizes.keys()].sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(Number(result.outputs['compressed-bytes'])).toBe(sum(sizes.get('linux/amd64')!));
    expect(result.outputs['layer-count']).toBe('2');
    // Copying from scratch is the same operation for both platforms, so BuildKit runs each COPY once.
    expect(result.outputs['total-steps']).toBe('2');
    // The report's platform table: one row per platform, with its layer count last.
    const rows = result.summary.split('\n').filter((l) => l.startsWith('| linux/'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\| linux\/amd64 \|.* \| 2 \|$/);
    expect(rows[1]).toMatch(/^\| linux\/arm64 \|.* \| 2 \|$/);
  });
});

describe('secrets and load', () => {
  const tag = `isg-build/loaded:${randomBytes(4).toString('hex')}`;
  afterAll(() => exec('docker', ['image', 'rm', '--force', tag]));

  it('hands a secret to the build without it reaching the command line, outputs or report', async () => {
    const secret = `s3cr3t-${randomBytes(12).toString('hex')}`;
    const context = await makeContext({
      // The step shows the secret's length, proving it arrived, without showing the secret. BuildKit
      // does not key its cache on secrets, so the step carries a fresh marker to run every time.
      Dockerfile: `FROM ${BUSYBOX}\nRUN --mount=type=secret,id=token wc -c /run/secrets/token && echo ${randomBytes(4).toString('hex')}\n`,
    });
    const result = await build(context, { inputs: { secrets: `token=${secret}`, cache: 'none' } });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain(`${secret.length} /run/secrets/token`);
    // The runner masks what ::add-mask:: names in everything the step prints afterwards.
    const lines = result.stdout.split('\n');
    expect(lines).toContain(`::add-mask::${secret}`);
    expect(lines.filter((l) => l.includes(secret))).toEqual([`::add-mask::${secret}`]);
    expect(JSON.stringify(result.outputs)).not.toContain(secret);
    expect(result.summary).not.toContain(secret);
    const leftovers = await run('grep', ['-rl', '--', secret, result.temp]).catch(() => '');
    expect(leftovers).toBe('');
  });

  it('with load, the built image is also in the daemon, with the layers that were measured', async () => {
    const context = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\nCOPY a.txt /\n`, 'a.txt': randomBytes(4096) });
    const result = await build(context, { inputs: { load: 'true', tags: tag, cache: 'none' } });
    expect(result.code, result.stdout).toBe(0);
    const inspect = JSON.parse(await run('docker', ['image', 'inspect', tag])) as { RootFS: { Layers: string[] } }[];
    const layers = inspect[0]!.RootFS.Layers;
    expect(result.outputs['layer-count']).toBe(String(layers.length));
    const builds = (await fs.readdir(result.temp)).filter((n) => n.startsWith('image-size-guard-build-'));
    const layout = path.join(result.temp, builds[0]!, 'oci');
    const blob = (d: string) => path.join(layout, 'blobs', ...d.split(':'));
    let doc = await readJson<{ manifests?: Desc[]; config?: Desc }>(path.join(layout, 'index.json'));
    while (doc.manifests) doc = await readJson(blob(doc.manifests.find((m) => m.platform?.os !== 'unknown')!.digest));
    const config = await readJson<{ rootfs: { diff_ids: string[] } }>(blob(doc.config!.digest));
    expect(config.rootfs.diff_ids).toEqual(layers);
  });
});

describe('bad input ends the step with one line', () => {
  let context: string;
  let fakes: string;

  beforeAll(async () => {
    context = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\nRUN true\n` });
    // A docker CLI without buildx, or with an old one, cannot be installed beside the real one on
    // this machine: two small scripts stand in for them.
    fakes = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-build-fake-docker-'));
    for (const [name, script] of [
      ['no-buildx', `echo "docker: 'buildx' is not a docker command." >&2\nexit 1`],
      ['old-buildx', 'echo "github.com/docker/buildx v0.12.1 30feaa1a915b869ebc2eea6328624b49facd4bfb"'],
    ] as const) {
      await fs.mkdir(path.join(fakes, name));
      await fs.writeFile(path.join(fakes, name, 'docker'), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
    }
  });

  const cases: [string, RunOptions, RegExp][] = [
    [
      'missing Dockerfile',
      { inputs: { file: 'nope/Dockerfile' } },
      /^No Dockerfile at \S+\/nope\/Dockerfile: set "file"/,
    ],
    [
      'unknown cache',
      { inputs: { cache: 's3' } },
      /^Input "cache" is "s3": use one of local, gha, registry, inline, none$/,
    ],
    [
      'malformed build-args line',
      { inputs: { 'build-args': 'VERSION=1\nJUSTANAME' } },
      /^Input "build-args" line 2 \("JUSTANAME"\) is not NAME=value/,
    ],
    ['buildx missing', { env: { PATH: '' } }, /^docker buildx is not available/],
    [
      'buildx too old',
      { env: { PATH: '' } },
      /^buildx 0\.12\.1 is too old: image-size-guard needs buildx 0\.13\.0 or newer/,
    ],
    ['gha cache with buildx 0.13', { inputs: { cache: 'gha' } }, /^cache: gha needs buildx 0\.21\.0 or newer/],
    [
      'daemon not reachable',
      { env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' } },
      /^Cannot reach the Docker daemon at unix:\/\/\/nonexistent\/docker\.sock: start dockerd/,
    ],
  ];

  it.each(cases)('%s', async (name, options, expected) => {
    const env = { ...options.env };
    if (name === 'buildx missing') env.PATH = `${path.join(fakes, 'no-buildx')}:/usr/bin:/bin`;
    if (name === 'buildx too old') env.PATH = `${path.join(fakes, 'old-buildx')}:/usr/bin:/bin`;
    const result = await build(context, { ...options, env });
    expect(result.code).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(expected);
    expect(result.errors[0]).not.toContain('\n');
    expect(result.stdout).not.toMatch(/^\s+at /m);
  });
});
