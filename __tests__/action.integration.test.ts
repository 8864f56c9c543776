/**
 * The first slice end to end: images built by real buildx on a real dockerd, measured by the bundled
 * action running under Node 24 as a GitHub runner runs it. Expected figures come from the image's own
 * manifest and config, read with the system tar and Node's zlib, not with the code under test.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUSYBOX, ensureDebian } from './helpers/base-images.js';
import { run } from './helpers/exec.js';
import { buildx, expectedFromLayout, extract, makeContext, sum, type ExpectedLayer } from './helpers/images.js';
import { runAction } from './helpers/runner.js';

const TAG = 'isg-test/slice:1';
let work: string;
let ociArchive: string;
let ociFolder: string;
let saveArchive: string;
let expected: { manifestDigest: string; topDigest: string; layers: ExpectedLayer[] };

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-slice-'));
  const context = await makeContext({
    Dockerfile: [
      `FROM ${BUSYBOX}`,
      'ENV APP=/app',
      // One large file, incompressible so its compressed size is easy to reason about.
      'RUN mkdir -p /app/data && dd if=/dev/urandom of=/app/data/big.bin bs=1024 count=3072 2>/dev/null',
      'RUN dd if=/dev/zero of=/tmp/scratch bs=1024 count=512 2>/dev/null',
      // The deleted file still ships in the layer below: the image does not shrink.
      'RUN rm /tmp/scratch',
      'COPY app.conf /app/',
      'LABEL org.example.team=platform',
      'CMD ["sh"]',
    ].join('\n'),
    'app.conf': 'port=8080\n'.repeat(50),
  });
  await buildx(context, ['-t', TAG, '--load']);
  ociArchive = path.join(work, 'image.oci.tar');
  ociFolder = path.join(work, 'oci-folder');
  await buildx(context, ['--output', `type=oci,dest=${ociArchive}`]);
  await buildx(context, ['--output', `type=oci,dest=${ociFolder},tar=false`]);
  saveArchive = path.join(work, 'image.save.tar');
  await run('docker', ['save', '-o', saveArchive, TAG]);
  expected = await expectedFromLayout(await extract(saveArchive));
});

describe('measuring an existing image', () => {
  it('reads a daemon reference: sizes equal the manifest and config', async () => {
    const result = await runAction({ inputs: { image: TAG } });
    expect(result.code, result.stdout).toBe(0);
    expect(Number(result.outputs['compressed-bytes'])).toBe(sum(expected.layers.map((l) => l.size)));
    expect(Number(result.outputs['uncompressed-bytes'])).toBe(sum(expected.layers.map((l) => l.uncompressedBytes)));
    expect(Number(result.outputs['layer-count'])).toBe(5);
    expect(result.outputs['image-digest']).toBe(expected.topDigest);
  });

  it('writes a job summary with one row per layer and the instruction that made it', async () => {
    const result = await runAction({ inputs: { image: TAG } });
    const rows = result.summary.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(5);
    expect(rows[1]).toContain('RUN mkdir -p /app/data &#38;&#38; dd if=/dev/urandom');
    expect(rows[2]).toContain('RUN dd if=/dev/zero of=/tmp/scratch');
    expect(rows[3]).toContain('RUN rm /tmp/scratch');
    expect(rows[4]).toContain('COPY app.conf /app/');
    // ENV, LABEL and CMD make no layer, so they have no row.
    expect(result.summary).not.toContain('ENV APP');
    expect(result.summary).toMatch(/\*\*Total\*\*/);
    expect(await fs.readFile(result.outputs['report-file']!, 'utf8')).toBe(result.summary);
  });

  it('reads a docker save archive and an OCI layout archive and folder to the same figures', async () => {
    const fromOci = expectedFromLayout(await extract(ociArchive));
    for (const image of [saveArchive, ociArchive, ociFolder]) {
      const result = await runAction({ inputs: { image } });
      expect(result.code, `${image}: ${result.stdout}`).toBe(0);
      const exp = image === saveArchive ? expected : await fromOci;
      expect(Number(result.outputs['compressed-bytes'])).toBe(sum(exp.layers.map((l) => l.size)));
      expect(Number(result.outputs['uncompressed-bytes'])).toBe(sum(exp.layers.map((l) => l.uncompressedBytes)));
      expect(Number(result.outputs['layer-count'])).toBe(5);
    }
  });

  it('estimates the compressed size of a legacy docker save archive (layer.tar folders) with gzip', async () => {
    const legacy = await legacyArchive(await extract(saveArchive));
    const result = await runAction({ inputs: { image: legacy.file } });
    expect(result.code, result.stdout).toBe(0);
    expect(Number(result.outputs['uncompressed-bytes'])).toBe(sum(expected.layers.map((l) => l.uncompressedBytes)));
    expect(Number(result.outputs['compressed-bytes'])).toBe(legacy.gzipBytes);
    expect(result.summary).toContain('(estimated)');
    expect(result.outputs['image-digest']).toBe('');
  });

  it('measures a Debian minbase image by reference', async () => {
    const debian = await ensureDebian();
    const save = path.join(work, 'debian.tar');
    await run('docker', ['save', '-o', save, debian]);
    const exp = await expectedFromLayout(await extract(save));
    const result = await runAction({ inputs: { image: debian } });
    expect(result.code, result.stdout).toBe(0);
    expect(Number(result.outputs['compressed-bytes'])).toBe(exp.layers[0]!.size);
    expect(Number(result.outputs['uncompressed-bytes'])).toBe(exp.layers[0]!.uncompressedBytes);
    expect(Number(result.outputs['uncompressed-bytes'])).toBeGreaterThan(100_000_000);
  });
});

describe('bad input ends the step with one line that says what to do', () => {
  const oneLine = (r: { code: number; errors: string[]; stdout: string }) => {
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).not.toContain('\n');
    expect(r.stdout).not.toMatch(/^\s+at /m);
    return r.errors[0]!;
  };

  it('an image the daemon does not have', async () => {
    const message = oneLine(await runAction({ inputs: { image: 'isg-test/nope:404' } }));
    expect(message).toBe(
      'No image "isg-test/nope:404" in the Docker daemon: build or pull it first, or give the path of an image archive',
    );
  });

  it('a path that is not an image archive', async () => {
    const notAnImage = path.join(work, 'notes.tar');
    await fs.writeFile(notAnImage, 'just some text\n'.repeat(100));
    expect(oneLine(await runAction({ inputs: { image: notAnImage } }))).toMatch(
      /notes\.tar is not an image archive .*: give a docker save or OCI layout tar$/,
    );
  });

  it('a path that does not exist', async () => {
    expect(oneLine(await runAction({ inputs: { image: './missing/image.tar' } }))).toMatch(
      /^No file or folder at \.\/missing\/image\.tar/,
    );
  });

  it('a daemon that is not reachable names the socket it tried', async () => {
    const message = oneLine(
      await runAction({ inputs: { image: TAG }, env: { DOCKER_HOST: 'unix:///run/isg-no-such.sock' } }),
    );
    expect(message).toBe(
      'Cannot reach the Docker daemon at DOCKER_HOST=unix:///run/isg-no-such.sock (ENOENT): start dockerd, or set DOCKER_HOST to a running daemon',
    );
  });

  it('no image given and no Dockerfile to build one from', async () => {
    expect(oneLine(await runAction({ inputs: { image: '' } }))).toMatch(
      /^No Dockerfile at \S+\/workspace\/Dockerfile: set "file" to the Dockerfile's path, or "context"/,
    );
  });
});

/** Rewrites an extracted docker save as Docker < 25 wrote it: `<id>/layer.tar`, uncompressed. */
async function legacyArchive(dir: string): Promise<{ file: string; gzipBytes: number }> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-legacy-'));
  const [entry] = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8'));
  const config = await fs.readFile(path.join(dir, entry.Config));
  const configName = `${path.basename(entry.Config)}.json`;
  await fs.writeFile(path.join(out, configName), config);
  const layers: string[] = [];
  let gzipBytes = 0;
  for (const [i, layer] of (entry.Layers as string[]).entries()) {
    const raw = gunzipSync(await fs.readFile(path.join(dir, layer)));
    gzipBytes += gzipSync(raw).length;
    const id = `${i}`.padStart(64, 'a');
    await fs.mkdir(path.join(out, id));
    await fs.writeFile(path.join(out, id, 'layer.tar'), raw);
    await fs.writeFile(path.join(out, id, 'VERSION'), '1.0');
    layers.push(`${id}/layer.tar`);
  }
  await fs.writeFile(
    path.join(out, 'manifest.json'),
    JSON.stringify([{ Config: configName, RepoTags: [TAG], Layers: layers }]),
  );
  const file = path.join(out, '..', `${path.basename(out)}.tar`);
  await run('tar', ['-C', out, '-cf', file, '.']);
  return { file, gzipBytes };
}
