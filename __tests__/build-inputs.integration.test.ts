/**
 * The build inputs docker/build-push-action users reach for, through the bundled action on the real
 * dockerd: what they change is checked in the image that was measured (its OCI layout), and the
 * measured sizes are those of the layout's blobs, compressed as asked.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decompress } from 'fzstd';
import { BUSYBOX } from './helpers/base-images.js';
import { exec } from './helpers/exec.js';
import { makeContext, sum } from './helpers/images.js';
import { runAction } from './helpers/runner.js';

interface Desc {
  digest: string;
  size: number;
  mediaType: string;
  annotations?: Record<string, string>;
  platform?: { os: string };
}

async function builtLayout(temp: string) {
  const [build] = (await fs.readdir(temp)).filter((n) => n.startsWith('image-size-guard-build-'));
  const layout = path.join(temp, build!, 'oci');
  const read = async <T>(file: string) => JSON.parse(await fs.readFile(file, 'utf8')) as T;
  const blob = (d: string) => path.join(layout, 'blobs', ...d.split(':'));
  const index = await read<{ manifests: Desc[] }>(path.join(layout, 'index.json'));
  let top = index.manifests[0]!;
  let doc = await read<{ manifests?: Desc[]; layers?: Desc[]; annotations?: Record<string, string> }>(blob(top.digest));
  if (doc.manifests) {
    top = doc.manifests.find((m) => m.platform?.os !== 'unknown')!;
    doc = await read(blob(top.digest));
  }
  return { index, manifest: doc as { layers: Desc[]; annotations?: Record<string, string> }, blob };
}

describe('build-push-action inputs', () => {
  it('add-hosts, shm-size, ulimit, annotations and compression: zstd reach the build, and zstd is what is measured', async () => {
    const context = await makeContext({
      Dockerfile: [
        `FROM ${BUSYBOX}`,
        // What the build containers saw, kept in the image to be checked.
        'RUN mkdir /out && cat /etc/hosts > /out/hosts && df -k /dev/shm > /out/shm && sh -c "ulimit -n" > /out/nofile',
        'RUN dd if=/dev/zero of=/out/zeros bs=1024 count=2048 2>/dev/null',
      ].join('\n'),
    });
    const result = await runAction({
      workspace: context,
      inputs: {
        network: 'host',
        cache: 'none',
        provenance: 'false',
        'add-hosts': 'db.isg.internal:10.9.8.7',
        'shm-size': '96m',
        ulimit: 'nofile=777:777',
        annotations: 'manifest:org.opencontainers.image.title=isg-inputs',
        compression: 'zstd',
      },
    });
    expect(result.code, result.stdout).toBe(0);
    const { manifest, blob } = await builtLayout(result.temp);
    expect(manifest.annotations?.['org.opencontainers.image.title']).toBe('isg-inputs');
    // The layers this Dockerfile made are zstd; the base image's keep the compression they have.
    const own = manifest.layers.slice(1);
    expect(own.map((l) => l.mediaType)).toEqual([
      'application/vnd.oci.image.layer.v1.tar+zstd',
      'application/vnd.oci.image.layer.v1.tar+zstd',
    ]);
    expect(Number(result.outputs['compressed-bytes'])).toBe(sum(manifest.layers.map((l) => l.size)));
    expect(Number(result.outputs['layer-count'])).toBe(manifest.layers.length);

    // The files the RUN step wrote, read from its zstd layer (fzstd, then the system tar).
    const layer = await fs.readFile(blob(own[0]!.digest));
    expect(layer.subarray(0, 4).toString('hex')).toBe('28b52ffd');
    const listing = await exec('tar', ['-xOf', '-', 'out/hosts', 'out/shm', 'out/nofile'], {
      input: Buffer.from(decompress(layer)),
    });
    expect(listing.stdout).toContain('10.9.8.7');
    expect(listing.stdout).toContain('db.isg.internal');
    expect(listing.stdout).toMatch(/\b98304\b/);
    expect(listing.stdout).toMatch(/^777$/m);
  });

  it('refuses an unknown compression in one line before building', async () => {
    const context = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\n` });
    const result = await runAction({ workspace: context, inputs: { compression: 'brotli', cache: 'none' } });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual(['Input "compression" is "brotli": use one of gzip, zstd, estargz']);
  });
});
