import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkBlobs, pruneBlobs, referencedBlobs } from '../../src/build/blobs.js';

const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';

/** Writes a blob into a layout folder and returns its descriptor. */
async function put(layout: string, mediaType: string, content: string | object) {
  const bytes = typeof content === 'string' ? content : JSON.stringify(content);
  const hex = createHash('sha256').update(bytes).digest('hex');
  await fs.mkdir(path.join(layout, 'blobs', 'sha256'), { recursive: true });
  await fs.writeFile(path.join(layout, 'blobs', 'sha256', hex), bytes);
  return { mediaType, digest: `sha256:${hex}`, size: Buffer.byteLength(bytes) };
}

/** A layout of one image: index.json → index → manifest → config and two layers; plus one stray blob. */
async function layout() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-blobs-'));
  const layers = [await put(dir, LAYER, 'layer one'), await put(dir, LAYER, 'layer two')];
  const config = await put(dir, 'application/vnd.oci.image.config.v1+json', { rootfs: {} });
  const manifest = await put(dir, MANIFEST, { config, layers });
  const index = await put(dir, INDEX, { manifests: [manifest] });
  await fs.writeFile(path.join(dir, 'index.json'), JSON.stringify({ manifests: [index] }));
  const stray = await put(dir, LAYER, 'a layer of an older build');
  return { dir, keep: [...layers, config, manifest, index], stray };
}

const names = async (dir: string) => (await fs.readdir(path.join(dir, 'blobs', 'sha256'))).sort();

describe('layout blobs', () => {
  it('prunes the blobs the index no longer reaches and keeps every one it does', async () => {
    const { dir, keep, stray } = await layout();
    const kept = await pruneBlobs(dir);
    expect(await names(dir)).toEqual(keep.map((d) => d.digest.slice(7)).sort());
    expect(await names(dir)).not.toContain(stray.digest.slice(7));
    expect(kept).toBe(keep.reduce((a, d) => a + d.size, 0));
  });

  it('deletes nothing when a manifest the index names is missing', async () => {
    const { dir, keep } = await layout();
    const manifest = keep.find((d) => d.mediaType === MANIFEST)!;
    await fs.rm(path.join(dir, 'blobs', 'sha256', manifest.digest.slice(7)));
    expect(await referencedBlobs(dir)).toBeNull();
    const before = await names(dir);
    await pruneBlobs(dir);
    expect(await names(dir)).toEqual(before);
  });

  it('links blobs into another folder as the same files, leaving ones already there', async () => {
    const { dir } = await layout();
    const to = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-blobs-to-'));
    const one = await put(to, LAYER, 'layer one');
    const bytes = await linkBlobs(dir, to);
    expect(await names(to)).toEqual(await names(dir));
    for (const name of await names(dir)) {
      const [a, b] = await Promise.all([
        fs.stat(path.join(dir, 'blobs', 'sha256', name)),
        fs.stat(path.join(to, 'blobs', 'sha256', name)),
      ]);
      if (name !== one.digest.slice(7)) expect(b.ino).toBe(a.ino);
    }
    expect(bytes).toBeGreaterThan(0);
  });
});
