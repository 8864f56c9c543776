/**
 * The analysis of real images built by buildx from the recipes in ./fixtures, in every format and
 * compression a user meets. Expected figures are worked out by hand from the recipes; sizes and
 * digests come from the images' own manifests and configs, read with the system tar, Node's zlib
 * and the zstd command, never with the code under test.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decompress as zstdDecompress } from 'fzstd';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { ImageAnalysis, LayerRecord } from '../src/analysis/types.js';
import { BUSYBOX } from './helpers/base-images.js';
import { exec, run } from './helpers/exec.js';
import { buildx, extract, sum } from './helpers/images.js';
import { NODE24 } from './helpers/runner.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const TAG = 'isg-analysis/waste:1';
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');

let work: string;
const sources: Record<string, string> = {};
let busyboxBytes: number;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-analysis-'));
  busyboxBytes = (await fs.stat('/bin/busybox')).size;
  const waste = path.join(FIXTURES, 'waste');
  const base = ['--build-arg', `BASE=${BUSYBOX}`];
  await buildx(waste, [...base, '-t', TAG, '--load']);
  for (const compression of ['gzip', 'zstd', 'estargz', 'uncompressed']) {
    sources[compression] = path.join(work, `${compression}.oci.tar`);
    await buildx(waste, [
      ...base,
      '--output',
      `type=oci,dest=${sources[compression]},compression=${compression},force-compression=true`,
    ]);
  }
  sources.folder = path.join(work, 'folder');
  // Compression named: BuildKit may otherwise reuse the blobs of the zstd export just above.
  await buildx(waste, [
    ...base,
    '--output',
    `type=oci,dest=${sources.folder},tar=false,compression=gzip,force-compression=true`,
  ]);
  sources.save = path.join(work, 'save.tar');
  await run('docker', ['save', '-o', sources.save, TAG]);
  sources.legacy = await legacyArchive(await extract(sources.save), path.join(work, 'legacy.tar'));
  sources.multi = path.join(work, 'multi');
  await buildx(path.join(FIXTURES, 'multi'), [
    '--platform',
    'linux/amd64,linux/arm64',
    '--provenance=true',
    '--output',
    `type=oci,dest=${sources.multi},tar=false`,
  ]);
});

afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

interface Expected {
  digests: (string | null)[];
  compressed: number[];
  uncompressed: number[];
  diffIds: string[];
}

/** What an OCI layout says about its image for `platform`, each blob decompressed independently. */
async function fromLayout(dir: string, platform = 'amd64'): Promise<Expected> {
  const read = async (p: string) => fs.readFile(path.join(dir, p));
  const json = async (digest: string) => JSON.parse((await read(`blobs/${digest.replace(':', '/')}`)).toString());
  let doc = JSON.parse((await read('index.json')).toString());
  while (doc.manifests) {
    const next = doc.manifests.find(
      (m: { platform?: { architecture: string } }) => !m.platform || m.platform.architecture === platform,
    );
    doc = await json(next.digest);
  }
  const config = await json(doc.config.digest);
  const out: Expected = { digests: [], compressed: [], uncompressed: [], diffIds: config.rootfs.diff_ids };
  for (const layer of doc.layers as { digest: string; size: number; mediaType: string }[]) {
    const blob = await read(`blobs/${layer.digest.replace(':', '/')}`);
    const raw = layer.mediaType.endsWith('zstd')
      ? execFileSync('zstd', ['-dc'], { input: blob, maxBuffer: 1 << 30 })
      : layer.mediaType.endsWith('gzip')
        ? gunzipSync(blob)
        : blob;
    out.digests.push(layer.digest);
    out.compressed.push(layer.size);
    out.uncompressed.push(raw.length);
  }
  return out;
}

/**
 * A saved layer, uncompressed. The daemon saves the blobs it holds for the image: gzip when it was
 * built just now, but BuildKit may give an image loaded again the zstd blobs of an earlier export.
 */
function decompressed(blob: Buffer): Buffer {
  if (blob[0] === 0x1f && blob[1] === 0x8b) return gunzipSync(blob);
  if (blob.readUInt32LE(0) === 0xfd2fb528) return Buffer.from(zstdDecompress(blob));
  return blob;
}

/** Rewrites an extracted docker save as Docker < 25 wrote it: `<id>/layer.tar`, uncompressed. */
async function legacyArchive(dir: string, file: string): Promise<string> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-legacy-'));
  const [entry] = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8'));
  await fs.copyFile(path.join(dir, entry.Config), path.join(out, 'config.json'));
  const layers: string[] = [];
  for (const [i, layer] of (entry.Layers as string[]).entries()) {
    const id = `${i}`.padStart(64, 'a');
    await fs.mkdir(path.join(out, id));
    await fs.writeFile(path.join(out, id, 'layer.tar'), decompressed(await fs.readFile(path.join(dir, layer))));
    layers.push(`${id}/layer.tar`);
  }
  await fs.writeFile(
    path.join(out, 'manifest.json'),
    JSON.stringify([{ Config: 'config.json', RepoTags: [TAG], Layers: layers }]),
  );
  await run('tar', ['-C', out, '-cf', file, '.']);
  return file;
}

/**
 * The waste fixture with layer 6 (`rm -rf /cache && mkdir /cache && … > /cache/new`) written as an
 * overlay differ writes it, with an opaque marker instead of a whiteout per removed file (this
 * daemon's differ writes whiteouts). The layer is made with the system tar, and the manifest,
 * config and index are updated to its digests.
 */
async function opaqueVariant(folder: string, out: string): Promise<string> {
  await fs.cp(folder, out, { recursive: true });
  const blob = (digest: string) => path.join(out, 'blobs', digest.replace(':', '/'));
  const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
  const put = async (b: Buffer) => {
    await fs.writeFile(blob(sha(b)), b);
    return { digest: sha(b), size: b.length };
  };
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-opaque-'));
  await fs.mkdir(path.join(root, 'cache'));
  await fs.writeFile(path.join(root, 'cache', 'new'), Buffer.alloc(10));
  await fs.writeFile(path.join(root, 'cache', '.wh..wh..opq'), '');
  const layerTar = execFileSync(
    'tar',
    ['-C', root, '--numeric-owner', '--no-recursion', '-cf', '-', 'cache', 'cache/.wh..wh..opq', 'cache/new'],
    {
      maxBuffer: 1 << 26,
    },
  );
  const gz = await put(gzipSync(layerTar));

  const index = JSON.parse(await fs.readFile(path.join(out, 'index.json'), 'utf8'));
  const manifest = JSON.parse(await fs.readFile(blob(index.manifests[0].digest), 'utf8'));
  const config = JSON.parse(await fs.readFile(blob(manifest.config.digest), 'utf8'));
  config.rootfs.diff_ids[6] = sha(layerTar);
  const newConfig = await put(Buffer.from(JSON.stringify(config)));
  manifest.config = { ...manifest.config, ...newConfig };
  manifest.layers[6] = { ...manifest.layers[6], ...gz };
  const newManifest = await put(Buffer.from(JSON.stringify(manifest)));
  index.manifests[0] = { ...index.manifests[0], ...newManifest };
  await fs.writeFile(path.join(out, 'index.json'), JSON.stringify(index));
  return out;
}

/**
 * The recipe's figures, by hand (fixtures/waste/Dockerfile). Layer sizes (regular files):
 * 0 busybox B; 1 a 1000 + c 3000 + sub/b 2000; 2 a 500; 3 moved/c 3000 (+ whiteout of data/c);
 * 4 whiteout of data/sub; 5 cache/old 4000; 6 cache/new 10 (+ whiteout of cache/old);
 * 7 links/hard 700 (links/orig is its hard link) + the long-named file 33.
 * dive's paths: /data/a 1000+500 (min 500), /data/c 3000+0 (a file's whiteout weighs 0),
 * /data/sub/b 2000, /data/sub 2000 (whiteout of a real directory: its subtree), /moved/c 3000,
 * /cache/old 4000+0, /cache/new 10, /links/hard 700, /links/orig 0, long file 33, busybox B.
 */
function expectWasteFigures(m: ImageAnalysis, B: number): void {
  expect(m.dive.sizeBytes).toBe(B + 14_243);
  expect(m.dive.userSizeBytes).toBe(14_243);
  expect(m.dive.efficiency).toBe((B + 8243) / (B + 16_243));
  expect(m.dive.inefficiencies).toEqual([
    { path: '/cache/old', count: 2, bytes: 4000 },
    { path: '/data/c', count: 2, bytes: 3000 },
    { path: '/data/a', count: 2, bytes: 1500 },
  ]);
  expect(m.dive.wastedBytes).toBe(8500);
  expect(m.dive.userWastedRatio).toBe(8500 / 14_243);
  // Overwritten data/a 1000, moved data/c 3000, deleted data/sub/b 2000 and cache/old 4000.
  expect(m.hiddenBytes).toBe(10_000);
  expect(m.totals.contentBytes).toBe(B + 14_243);
  // busybox; a, c, b; a; moved/c; cache/old; cache/new; links/hard, the long file (whiteouts are not files).
  expect(m.totals.fileCount).toBe(10);
  expect(m.layers.map((l) => l.fileCount)).toEqual([1, 3, 1, 1, 0, 1, 1, 2]);
  const longName = `/long/${'d'.repeat(120)}/${'f'.repeat(150)}`;
  expect(m.files).toEqual([
    { path: '/bin/busybox', size: B, layer: 0 },
    { path: '/moved/c', size: 3000, layer: 3 },
    { path: '/links/hard', size: 700, layer: 7 },
    { path: '/data/a', size: 500, layer: 2 },
    { path: longName, size: 33, layer: 7 },
    { path: '/cache/new', size: 10, layer: 6 },
  ]);
  expect(m.directories.slice(0, 3)).toEqual([
    { path: '/', bytes: B + 4243, files: 6 },
    { path: '/bin', bytes: B, files: 1 },
    { path: '/moved', bytes: 3000, files: 1 },
  ]);
  expect(m.facts.removedLater.map((r) => [r.path, r.layer, r.removedIn, r.how, r.bytes])).toEqual([
    ['/cache/old', 5, 6, 'deleted', 4000],
    ['/data/c', 1, 3, 'deleted', 3000],
    ['/data/sub/b', 1, 4, 'deleted', 2000],
    ['/data/a', 1, 2, 'overwritten', 1000],
  ]);
  expect(m.facts.runsAsRoot).toBe(true);
  expect(m.layers[2]!.instruction).toMatch(/head -c 500 \/dev\/zero > \/data\/a/);
}

describe('analysing the waste fixture in every format', () => {
  it.each(['gzip', 'zstd', 'uncompressed', 'folder', 'save'])(
    '%s: sizes from the manifest, figures by hand',
    async (name) => {
      const { images } = await analyze(sources[name]!);
      expect(images).toHaveLength(1);
      const m = images[0]!;
      const dir = name === 'folder' ? sources.folder! : await extract(sources[name]!);
      const exp = await fromLayout(dir);
      expect(m.layers.map((l) => l.diffId)).toEqual(exp.diffIds);
      expect(m.layers.map((l) => l.digest)).toEqual(exp.digests);
      expect(m.layers.map((l) => l.uncompressedBytes)).toEqual(exp.uncompressed);
      if (name === 'uncompressed') {
        // Stored uncompressed: the compressed figure is gzip's, as a push would make it.
        expect(m.totals.compressedEstimated).toBe(true);
        expect(m.layers.map((l) => l.mediaType)).toEqual(Array(8).fill('application/vnd.oci.image.layer.v1.tar'));
      } else {
        expect(m.layers.map((l) => l.compressedBytes)).toEqual(exp.compressed);
        expect(m.totals.compressedBytes).toBe(sum(exp.compressed));
        expect(m.totals.compressedEstimated).toBe(false);
      }
      expectWasteFigures(m, busyboxBytes);
    },
  );

  it('estargz: the table of contents is no file, the figures are the same', async () => {
    const m = (await analyze(sources.estargz!)).images[0]!;
    const exp = await fromLayout(await extract(sources.estargz!));
    expect(m.layers.map((l) => l.uncompressedBytes)).toEqual(exp.uncompressed);
    expect(m.layers.map((l) => l.compressedBytes)).toEqual(exp.compressed);
    expect(m.files.some((f) => f.path.includes('stargz'))).toBe(false);
    expectWasteFigures(m, busyboxBytes);
  });

  it('a legacy docker save (<id>/layer.tar) and a daemon reference give the same figures', async () => {
    const legacy = (await analyze(sources.legacy!)).images[0]!;
    const daemon = (await analyze(TAG)).images[0]!;
    const exp = await fromLayout(await extract(sources.save!));
    expect(legacy.layers.map((l) => l.digest)).toEqual(Array(8).fill(null));
    expect(legacy.totals.compressedEstimated).toBe(true);
    expect(legacy.totals.uncompressedBytes).toBe(sum(exp.uncompressed));
    expect(daemon.image.ref).toBe(TAG);
    expect(daemon.totals.compressedBytes).toBe(sum(exp.compressed));
    expectWasteFigures(legacy, busyboxBytes);
    expectWasteFigures(daemon, busyboxBytes);
  });
});

describe('an opaque directory (removed and recreated in a later layer)', () => {
  it('hides the lower contents from hiddenBytes, and dive ignores it as dive does', async () => {
    const dir = await opaqueVariant(sources.folder!, path.join(work, 'opaque'));
    const m = (await analyze(dir)).images[0]!;
    const B = busyboxBytes;
    // /cache/old is no longer counted twice by dive (the marker is no whiteout): 4000 once.
    // Σ minimum = B + 8243 + 4000; Σ cumulative = B + 16243; waste /data/c 3000 + /data/a 1500.
    expect(m.dive.efficiency).toBe((B + 12_243) / (B + 16_243));
    expect(m.dive.inefficiencies.map((i) => i.path)).toEqual(['/data/c', '/data/a']);
    expect(m.dive.wastedBytes).toBe(4500);
    expect(m.dive.sizeBytes).toBe(B + 14_243);
    // The opaque marker hides /cache/old all the same: still 10,000 bytes hidden.
    expect(m.hiddenBytes).toBe(10_000);
    expect(m.facts.removedLater[0]).toEqual({
      path: '/cache/old',
      layer: 5,
      removedIn: 6,
      how: 'deleted',
      bytes: 4000,
    });
    expect(m.layers[6]!.fileCount).toBe(1);
    expect(m.files.map((f) => f.path)).not.toContain('/cache/old');
  });
});

describe('a multi-platform index', () => {
  it('analyses each platform, skipping attestation manifests', async () => {
    const { images } = await analyze(sources.multi!, { platform: 'all' });
    expect(images.map((m) => [m.image.platform, m.totals.contentBytes, m.totals.fileCount])).toEqual([
      ['linux/amd64', 1234, 1],
      ['linux/arm64', 4321, 1],
    ]);
    for (const [i, arch] of ['amd64', 'arm64'].entries()) {
      const exp = await fromLayout(sources.multi!, arch);
      expect(images[i]!.layers.map((l) => l.compressedBytes)).toEqual(exp.compressed);
      expect(images[i]!.files).toEqual([{ path: '/payload.bin', size: arch === 'amd64' ? 1234 : 4321, layer: 0 }]);
      // One layer: nothing above the base, so no user-wasted ratio.
      expect(images[i]!.dive.userWastedRatio).toBeNull();
    }
    const arm = await analyze(sources.multi!, { platform: 'linux/arm64' });
    expect(arm.images.map((m) => m.image.platform)).toEqual(['linux/arm64']);
  });
});

describe('known layers', () => {
  it('are not read again, and give the same analysis', async () => {
    const first = await analyze(sources.folder!);
    const known = new Map<string, LayerRecord>(first.layers.map((r) => [r.digest, JSON.parse(JSON.stringify(r))]));
    // Corrupt every blob but the top one: a known layer that were read would now fail.
    const copy = path.join(work, 'folder-known');
    await fs.cp(sources.folder!, copy, { recursive: true });
    const layers = first.images[0]!.layers;
    for (const l of layers.slice(0, -1)) await fs.writeFile(path.join(copy, 'blobs', l.digest!.replace(':', '/')), 'x');
    known.delete(layers.at(-1)!.digest!);
    const again = await analyze(copy, { knownLayers: known });
    expect(again.images).toEqual(first.images);
    expect(again.layers).toEqual(first.layers);
  });
});

describe('the CLI', () => {
  const cli = (node: string, args: string[]) => exec(node, [CLI, ...args], { cwd: work });

  it.each([
    ['Node 24', NODE24],
    ['Node 20', '/usr/bin/node'],
  ])('prints DESIGN.md JSON under %s', async (_name, node) => {
    const r = await cli(node, ['analyze', sources.zstd!, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.image.platform).toBe('linux/amd64');
    expect(doc.totals.layerCount).toBe(8);
    expect(doc.dive.wastedBytes).toBe(8500);
    expect(doc.hiddenBytes).toBe(10_000);
    expect(Object.keys(doc.layers[0]).sort()).toEqual(
      expect.arrayContaining([
        'index',
        'digest',
        'diffId',
        'mediaType',
        'compressedBytes',
        'uncompressedBytes',
        'contentBytes',
        'instruction',
        'fileCount',
      ]),
    );
  });

  it('shows waste and the biggest files as text and markdown', async () => {
    const text = await cli(NODE24, ['analyze', sources.folder!]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/efficiency\s+99\.60%, wasted 8\.50 kB, user wasted 59\.68%, hidden 10\.0 kB/);
    expect(text.stdout).toMatch(/2\s+4\.00 kB\s+\/cache\/old/);
    expect(text.stdout).toMatch(/0\s+1\.98 MB\s+\/bin\/busybox/);
    const md = await cli(NODE24, ['analyze', sources.folder!, '--format', 'markdown']);
    expect(md.stdout).toContain('| /cache/old | 2 | 4.00 kB |');
    expect(md.stdout).toContain('| /bin/busybox | 0 | 1.98 MB |');
  });

  it('ci: exit 1 when a rule fails, 0 when all pass, 2 on a bad configuration', async () => {
    // efficiency 0.996 passes dive's default 0.9; user wasted 59.68% fails the default 10%.
    const defaults = await cli(NODE24, ['ci', sources.folder!]);
    expect(defaults.code).toBe(1);
    expect(defaults.stdout).toContain('PASS: lowestEfficiency');
    expect(defaults.stdout).toContain(
      'FAIL: highestUserWastedPercent: user wasted percent 59.68% exceeds the highest allowed 10%',
    );
    const config = path.join(work, 'dive-ci.yml');
    await fs.writeFile(config, 'rules:\n  highestWastedBytes: 8.5kB\n  highestUserWastedPercent: 0.6\n');
    const pass = await cli(NODE24, ['ci', sources.folder!, '--ci-config', config]);
    expect(pass.stdout).toContain('Result: PASS');
    expect(pass.code).toBe(0);
    await fs.writeFile(config, 'rules:\n  highestWastedBytes: 8499B\n');
    expect((await cli(NODE24, ['ci', sources.folder!, '--ci-config', config])).code).toBe(1);
    // Without --ci-config, ./.dive-ci is read, as dive reads it.
    const project = await fs.mkdtemp(path.join(work, 'project-'));
    await fs.writeFile(path.join(project, '.dive-ci'), 'rules:\n  highestUserWastedPercent: disabled\n');
    const fromCwd = await exec(NODE24, [CLI, 'ci', sources.folder!], { cwd: project });
    expect(fromCwd.code).toBe(0);
    expect(fromCwd.stdout).not.toContain('highestUserWastedPercent');
    await fs.writeFile(config, 'rules:\n  lowestEfficiency: 2\n');
    const bad = await cli(NODE24, ['ci', sources.folder!, '--ci-config', config]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      `image-size-guard: ${config}: rule lowestEfficiency must be a ratio between 0 and 1 (e.g. 0.9), or "disabled"; it is "2"\n`,
    );
  });
});

describe('bad input: one line naming the file or layer, exit 2', () => {
  const fails = async (args: string[], message: RegExp) => {
    const r = await exec(NODE24, [CLI, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  };
  const broken = async (name: string, edit: (dir: string, top: { digest: string }) => Promise<void>) => {
    const dir = path.join(work, name);
    await fs.cp(sources.folder!, dir, { recursive: true });
    const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8'));
    const manifestFile = path.join(dir, 'blobs', index.manifests[0].digest.replace(':', '/'));
    const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8'));
    await edit(dir, manifest.layers[1]);
    return { dir, manifest, manifestFile };
  };

  it('a truncated archive', async () => {
    const truncated = path.join(work, 'truncated.tar');
    const whole = await fs.readFile(sources.gzip!);
    await fs.writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    await fails(['analyze', truncated], /truncated\.tar is not an image archive \(it ends inside a member/);
  });

  it('a corrupt gzip layer', async () => {
    const { dir } = await broken('corrupt', async (d, layer) => {
      const file = path.join(d, 'blobs', layer.digest.replace(':', '/'));
      const blob = await fs.readFile(file);
      blob.fill(0x55, 20, 200);
      await fs.writeFile(file, blob);
    });
    await fails(['analyze', dir], /damaged: layer 1 \(sha256:[0-9a-f]{64}\): its gzip data is corrupt or truncated/);
  });

  it('a layer blob that is not a tar', async () => {
    const { dir } = await broken('not-tar', async (d, layer) => {
      await fs.writeFile(path.join(d, 'blobs', layer.digest.replace(':', '/')), 'hello, this is text\n'.repeat(40));
    });
    await fails(
      ['analyze', dir],
      /damaged: layer 1 \(sha256:[0-9a-f]{64}\): it is neither a tar stream nor gzip or zstd compressed/,
    );
  });

  it('a platform the index lacks', async () => {
    await fails(
      ['analyze', sources.multi!, '--platform', 'linux/s390x'],
      /has no image for platform linux\/s390x; it has linux\/amd64, linux\/arm64\n/,
    );
  });

  it('an unknown media type', async () => {
    const { dir } = await broken('media', async () => undefined);
    const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8'));
    const file = path.join(dir, 'blobs', index.manifests[0].digest.replace(':', '/'));
    const manifest = JSON.parse(await fs.readFile(file, 'utf8'));
    manifest.layers[2].mediaType = 'application/vnd.example.weird';
    // A well-formed image that says so: the edited manifest under its own digest.
    const edited = Buffer.from(JSON.stringify(manifest));
    const digest = `sha256:${createHash('sha256').update(edited).digest('hex')}`;
    await fs.writeFile(path.join(dir, 'blobs', digest.replace(':', '/')), edited);
    index.manifests[0] = { ...index.manifests[0], digest, size: edited.length };
    await fs.writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
    await fails(['analyze', dir], /layer 2 has unknown media type application\/vnd\.example\.weird/);
  });

  it('a layer blob that is not the one its manifest names', async () => {
    // A valid gzip layer of the same image in its place: it reads well, but its digest is another.
    const { dir, manifest } = await broken('digest', async () => undefined);
    const blob = (i: number) => path.join(dir, 'blobs', manifest.layers[i].digest.replace(':', '/'));
    await fs.copyFile(blob(2), blob(3));
    await fails(
      ['analyze', dir],
      /damaged: layer 3 \(sha256:[0-9a-f]{64}\): it does not match its digest: the manifest says sha256:[0-9a-f]{64}, its content is sha256:/,
    );
  });
});
