/**
 * The `local` build cache reuses what is already on disk: the bundled action under Node 24, real
 * buildx on the real dockerd, the real @actions/cache against the loopback cache service. A build
 * whose layers are all in the restored folder writes none of them again (the export and the new
 * cache folder hold hard links of the restored blobs), a cache whose content did not change is not
 * uploaded again, and the folder still holds only what its index reaches after a change.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContext } from './helpers/images.js';
import { runAction, type ActionRun } from './helpers/runner.js';
import { CacheService } from './servers/cache-service.js';
import { startServer, type LoopbackServer } from './servers/http.js';

let server: LoopbackServer;
let service: CacheService;

beforeAll(async () => {
  service = new CacheService(`token-${randomBytes(8).toString('hex')}`);
  server = await startServer(service.handler);
  temp = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'isg-reuse-')), 'temp');
});
afterAll(() => server?.close());

const SCOPE = `reuse-${randomBytes(4).toString('hex')}`;
/** RUNNER_TEMP: the same path on every run, as on GitHub's runners (the cache service keys entries by path). */
let temp: string;

/** A fresh runner: nothing left in its temp folder by an earlier run. */
async function freshRunner(): Promise<void> {
  await fs.rm(temp, { recursive: true, force: true });
  await fs.mkdir(temp);
}

function build(context: string, sha: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: context,
    temp,
    sha,
    inputs: { network: 'host', 'cache-scope': SCOPE, ...inputs },
    env: service.env(server),
  });
}

/** Blob digest → inode, for every blob file of an OCI layout folder. */
async function inodes(layout: string): Promise<Map<string, number>> {
  const dir = path.join(layout, 'blobs', 'sha256');
  const map = new Map<string, number>();
  for (const name of await fs.readdir(dir)) map.set(name, (await fs.stat(path.join(dir, name))).ino);
  return map;
}

/** The layer digests (hex) the layout's image manifest names. */
async function layers(layout: string): Promise<string[]> {
  const blob = async (d: string) =>
    JSON.parse(await fs.readFile(path.join(layout, 'blobs', ...d.split(':')), 'utf8')) as {
      manifests?: { digest: string }[];
      layers?: { digest: string }[];
    };
  const index = JSON.parse(await fs.readFile(path.join(layout, 'index.json'), 'utf8')) as {
    manifests: { digest: string }[];
  };
  let doc = await blob(index.manifests[0]!.digest);
  while (doc.manifests) doc = await blob(doc.manifests[0]!.digest);
  return doc.layers!.map((l) => l.digest.slice('sha256:'.length));
}

async function exportFolder(): Promise<string> {
  const builds = (await fs.readdir(temp)).filter((n) => n.startsWith('image-size-guard-build-'));
  expect(builds).toHaveLength(1);
  return path.join(temp, builds[0]!, 'oci');
}

const cacheEntries = () => service.saved().filter((e) => e.key.startsWith(`image-size-guard-buildkit-${SCOPE}-`));

describe('the local cache on a runner whose cache folder was restored', () => {
  const marker = `isgreuse${randomBytes(4).toString('hex')}`;
  let context: string;
  let first: ActionRun;
  // FROM scratch: every BuildKit record of this build is its own (the files are random), so nothing
  // another build prunes can change what this cache holds between runs.
  const dockerfile = ['FROM scratch', 'COPY big.bin /', 'COPY app.txt /app/'].join('\n');

  beforeAll(async () => {
    context = await makeContext({
      Dockerfile: dockerfile,
      'big.bin': randomBytes(2 * 2 ** 20),
      'app.txt': `v1 ${marker}\n`,
    });
  });

  it('saves the cache once, under a key named by its content', async () => {
    await freshRunner();
    first = await build(context, 'a'.repeat(40));
    expect(first.code, first.stdout).toBe(0);
    expect(cacheEntries().map((e) => e.key)).toEqual([
      expect.stringMatching(new RegExp(`^image-size-guard-buildkit-${SCOPE}-[0-9a-f]{16}-[0-9a-f]{64}$`)),
    ]);
    expect(first.stdout).toMatch(/Saved the build cache as \S+ \(\d+ MB in \d+\.\d s\)/);
  });

  it('on the next commit, links the restored blobs instead of writing them and uploads nothing new', async () => {
    await freshRunner();
    const requestsBefore = server.log.length;
    const second = await build(context, 'b'.repeat(40));
    expect(second.code, second.stdout).toBe(0);
    expect(second.stdout).toMatch(/Restored the build cache from \S+ \(\d+ MB in \d+\.\d s\)/);
    expect(second.outputs['image-digest']).toBe(first.outputs['image-digest']);
    expect(second.outputs['compressed-bytes']).toBe(first.outputs['compressed-bytes']);

    // The image's layers in the export folder are the very files of the cache folder.
    const layout = await exportFolder();
    const cacheFiles = await inodes(path.join(temp, 'image-size-guard-cache', SCOPE));
    const exported = await inodes(layout);
    for (const layer of await layers(layout)) expect(exported.get(layer)).toBe(cacheFiles.get(layer));
    // The export keeps only what the image needs: no cached blob it does not reference.
    expect(exported.size).toBeLessThanOrEqual(cacheFiles.size);

    expect(second.stdout).toContain('The build cache did not change');
    expect(cacheEntries()).toHaveLength(1);
    const calls = server.log.slice(requestsBefore).map((r) => r.path);
    expect(calls.filter((p) => p.includes('CreateCacheEntry'))).toEqual([]);
  });

  it('after a change, saves a new entry whose folder holds only what its index reaches', async () => {
    await freshRunner();
    await fs.writeFile(path.join(context, 'app.txt'), `v2 ${marker}\n`);
    const changed = await build(context, 'c'.repeat(40));
    expect(changed.code, changed.stdout).toBe(0);
    expect(changed.outputs['image-digest']).not.toBe(first.outputs['image-digest']);
    expect(cacheEntries()).toHaveLength(2);
    // The old COPY layer went with the rotation: every blob left is one the new index names.
    const folder = path.join(temp, 'image-size-guard-cache', SCOPE);
    const index = await fs.readFile(path.join(folder, 'index.json'), 'utf8');
    const cacheIndex = JSON.parse(
      await fs.readFile(
        path.join(
          folder,
          'blobs',
          ...(JSON.parse(index) as { manifests: { digest: string }[] }).manifests[0]!.digest.split(':'),
        ),
        'utf8',
      ),
    ) as { manifests: { digest: string }[] };
    const named = new Set([
      (JSON.parse(index) as { manifests: { digest: string }[] }).manifests[0]!.digest.slice(7),
      ...cacheIndex.manifests.map((m) => m.digest.slice(7)),
    ]);
    expect([...(await inodes(folder)).keys()].sort()).toEqual([...named].sort());
  });

  it('another Dockerfile in the same scope starts from its cache but saves its own entry', async () => {
    await freshRunner();
    await fs.writeFile(path.join(context, 'Other.Dockerfile'), `${dockerfile}\nCOPY app.txt /app/again.txt\n`);
    const other = await build(context, 'd'.repeat(40), { file: path.join(context, 'Other.Dockerfile') });
    expect(other.code, other.stdout).toBe(0);
    expect(other.stdout).toMatch(/Restored the build cache from/);
    expect(other.stdout).not.toContain('The build cache did not change');
    expect(cacheEntries()).toHaveLength(3);
  });
});
