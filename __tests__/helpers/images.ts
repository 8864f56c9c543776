import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { run } from './exec.js';

/** A build context in a fresh temp folder: file name → content. */
export async function makeContext(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-ctx-'));
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

/**
 * `docker buildx build` with host networking (there is no bridge here); extra args are appended.
 * The daemon is shared: a content cleanup running at the same moment (another suite removing its
 * images) can make a build that already exported its image end with "failed to solve: not found".
 * Such a build is tried once more; any other failure stands.
 */
export async function buildx(context: string, args: string[]): Promise<void> {
  const argv = ['buildx', 'build', '--network=host', '--progress=plain', ...args, context];
  try {
    await run('docker', argv);
  } catch (err) {
    if (!/failed to solve: not found/.test(String(err))) throw err;
    await run('docker', argv);
  }
}

/** Extracts a tar archive with the system tar, to read an image independently of the code under test. */
export async function extract(archive: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-x-'));
  await run('tar', ['-C', dir, '-xf', archive]);
  return dir;
}

export interface ExpectedLayer {
  digest: string;
  size: number;
  diffId: string;
  uncompressedBytes: number;
}

/**
 * What an extracted OCI layout / docker save says about its single-platform image: the manifest's
 * blob sizes and the config's diff_ids, plus each blob gunzipped and hashed by Node's zlib.
 */
export async function expectedFromLayout(
  dir: string,
): Promise<{ manifestDigest: string; topDigest: string; layers: ExpectedLayer[] }> {
  const readJson = async (p: string) => JSON.parse(await fs.readFile(path.join(dir, p), 'utf8'));
  const blob = (digest: string) => `blobs/${digest.replace(':', '/')}`;
  const index = await readJson('index.json');
  const topDigest: string = index.manifests[0].digest;
  let desc = index.manifests[0];
  let doc = await readJson(blob(desc.digest));
  while (doc.manifests) {
    desc = doc.manifests.find((m: { platform?: { os: string } }) => m.platform?.os !== 'unknown');
    doc = await readJson(blob(desc.digest));
  }
  const config = await readJson(blob(doc.config.digest));
  const layers: ExpectedLayer[] = [];
  for (const [i, l] of (doc.layers as { digest: string; size: number }[]).entries()) {
    const raw = gunzipSync(await fs.readFile(path.join(dir, blob(l.digest))));
    const diffId = `sha256:${createHash('sha256').update(raw).digest('hex')}`;
    if (diffId !== config.rootfs.diff_ids[i]) throw new Error(`fixture layer ${i} does not match its diff_id`);
    layers.push({ digest: l.digest, size: l.size, diffId, uncompressedBytes: raw.length });
  }
  return { manifestDigest: desc.digest, topDigest, layers };
}

export const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
