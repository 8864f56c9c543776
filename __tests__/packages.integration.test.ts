/**
 * Installed packages in a real image: Debian's base with `jq` installed by apt-get, two real Node
 * packages copied from this project's node_modules (one nested in the other), a Python package with
 * a wheel's RECORD, and an Alpine apk database written from its documented format (no Alpine image
 * can be pulled here). Expected bytes come from the image itself: `stat` in a container for the
 * Debian package, the package folders on disk for Node, the file sizes written for the others.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { renderMarkdown, renderText } from '../src/cli/render.js';
import type { ImageAnalysis, LayerRecord } from '../src/analysis/types.js';
import { ensureDebian } from './helpers/base-images.js';
import { exec, run } from './helpers/exec.js';
import { buildx, makeContext } from './helpers/images.js';
import { NODE24, runAction } from './helpers/runner.js';

const TAG = `isg-packages/app:${process.pid}`;
/** A wheel's RECORD: paths from site-packages, one of them outside it. */
const RECORD = [
  'demo/__init__.py,sha256=x,1200',
  'demo/core.py,sha256=y,3400',
  'demo-2.1.0.dist-info/METADATA,,',
  'demo-2.1.0.dist-info/RECORD,,',
  '../../../bin/demo,sha256=z,77',
  '',
].join('\n');
const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');

/** Bytes and count of the regular files under `dir`, leaving out nested node_modules. */
async function folderBytes(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(e.parentPath, e.name);
    if (!e.isFile() || path.relative(dir, full).split(path.sep).includes('node_modules')) continue;
    bytes += (await fs.stat(full)).size;
    files++;
  }
  return { bytes, files };
}

let analysis: ImageAnalysis;
let records: LayerRecord[];
let context: string;

beforeAll(async () => {
  const base = await ensureDebian();
  context = await makeContext({
    'py/demo/__init__.py': 'x'.repeat(1200),
    'py/demo/core.py': 'y'.repeat(3400),
    'py/demo-2.1.0.dist-info/METADATA': 'Name: demo\nVersion: 2.1.0\n',
    'py/demo-2.1.0.dist-info/RECORD': RECORD,
    'bin/demo': 'z'.repeat(77),
    'apk/installed': ['C:Q1abc=', 'P:tiny-tool', 'V:1.2.3-r0', 'F:usr/local/bin', 'R:tiny', '', ''].join('\n'),
    'apk/tiny': 't'.repeat(5000),
    Dockerfile: [
      `FROM ${base}`,
      'RUN apt-get update && apt-get install -y --no-install-recommends jq && rm -rf /var/lib/apt/lists/*',
      'COPY node_modules /app/node_modules',
      'COPY py /usr/lib/python3/dist-packages',
      'COPY bin/demo /usr/bin/demo',
      'COPY apk/installed /lib/apk/db/installed',
      'COPY apk/tiny /usr/local/bin/tiny',
      '',
    ].join('\n'),
  });
  // Two real published packages, csv-parse nested inside yaml's own node_modules.
  await fs.cp(path.join(ROOT, 'node_modules/yaml'), path.join(context, 'node_modules/yaml'), { recursive: true });
  await fs.cp(
    path.join(ROOT, 'node_modules/csv-parse'),
    path.join(context, 'node_modules/yaml/node_modules/csv-parse'),
    {
      recursive: true,
    },
  );
  await buildx(context, ['--load', '-t', TAG]);
  const result = await analyze(TAG);
  analysis = result.images[0]!;
  records = result.layers;
}, 600_000);

afterAll(async () => {
  await exec('docker', ['image', 'rm', '-f', TAG]);
  await fs.rm(context, { recursive: true, force: true });
});

const find = (type: string, name: string) => analysis.packages!.find((p) => p.type === type && p.name === name);

describe('installed packages', () => {
  it('gives a Debian package the bytes of the regular files its dpkg list names, and its layer', async () => {
    // The expected figure from the image itself, without the code under test: stat each listed path
    // that is a regular file (not a symlink), once per real file.
    const script =
      'for f in $(cat /var/lib/dpkg/info/jq.list /var/lib/dpkg/info/jq:amd64.list 2>/dev/null); do ' +
      'if [ -f "$f" ] && [ ! -L "$f" ]; then echo "$(readlink -f "$f") $(stat -c %s "$f")"; fi; done | sort -u';
    const out = await run('docker', ['run', '--rm', '--network', 'none', TAG, 'sh', '-c', script]);
    const sizes = out
      .trim()
      .split('\n')
      .map((l) => Number(l.split(' ')[1]));
    const jq = find('deb', 'jq');
    expect(jq).toMatchObject({
      version: expect.stringMatching(/^1\.6/),
      bytes: sizes.reduce((a, b) => a + b, 0),
      files: sizes.length,
      layer: 1,
    });
    // The base system's packages come from the base layer.
    expect(find('deb', 'libc6')).toMatchObject({ layer: 0 });
    expect(find('deb', 'libc6')!.bytes).toBeGreaterThan(5_000_000);
  });

  it('gives a Node package its folder, without the packages nested in its node_modules', async () => {
    const yaml = await folderBytes(path.join(context, 'node_modules/yaml'));
    const csv = await folderBytes(path.join(context, 'node_modules/yaml/node_modules/csv-parse'));
    const { version: yamlVersion } = JSON.parse(
      await fs.readFile(path.join(context, 'node_modules/yaml/package.json'), 'utf8'),
    ) as { version: string };
    expect(find('npm', 'yaml')).toEqual({ type: 'npm', name: 'yaml', version: yamlVersion, ...yaml, layer: 2 });
    expect(find('npm', 'csv-parse')).toMatchObject({ ...csv, layer: 2 });
  });

  it('reads a wheel RECORD (paths outside site-packages too) and an apk database', () => {
    expect(find('pip', 'demo')).toEqual({
      type: 'pip',
      name: 'demo',
      version: '2.1.0',
      // __init__.py, core.py, METADATA (26 bytes), RECORD and ../../../bin/demo.
      bytes: 1200 + 3400 + 26 + RECORD.length + 77,
      files: 5,
      layer: 3,
    });
    expect(find('apk', 'tiny-tool')).toEqual({
      type: 'apk',
      name: 'tiny-tool',
      version: '1.2.3-r0',
      bytes: 5000,
      files: 1,
      layer: 6,
    });
  });

  it('totals the bytes by package type, and what no package names', () => {
    const totals = analysis.packageTotals!;
    const visible = analysis.directories.find((d) => d.path === '/')!.bytes;
    expect(totals.unowned).toBeGreaterThan(0);
    // Packages of one type never count a file twice; every visible byte is owned or unowned.
    expect(totals.deb).toBeGreaterThanOrEqual(find('deb', 'libc6')!.bytes);
    expect(totals.unowned + totals.deb! + totals.npm! + totals.pip! + totals.apk!).toBeGreaterThanOrEqual(visible);
    expect(totals.unowned).toBeLessThan(visible);
    const sorted = [...analysis.packages!].sort((a, b) => b.bytes - a.bytes);
    expect(analysis.packages!.map((p) => p.bytes)).toEqual(sorted.map((p) => p.bytes));
  });

  it('are listed by the CLI, largest first, with the totals by type', () => {
    const text = renderText([analysis]);
    const largest = analysis.packages![0]!;
    expect(text).toMatch(
      /largest packages \(layer, size, package version\): apk 5\.00 kB, deb [\d.]+ MB, npm .*, pip .*, unowned /,
    );
    expect(text).toContain(`${largest.type} ${largest.name} ${largest.version}`);
    const markdown = renderMarkdown([analysis]);
    expect(markdown).toContain('### Largest packages');
    expect(markdown).toMatch(
      new RegExp(`\\| deb ${largest.name} \\| ${largest.version!.replace(/[.+]/g, '\\$&')} \\| 0 \\|`),
    );
  });

  it('finds the same packages when every layer is known from an earlier analysis', async () => {
    const known = new Map(JSON.parse(JSON.stringify(records)).map((r: LayerRecord) => [r.digest, r]));
    const again = (await analyze(TAG, { knownLayers: known as Map<string, LayerRecord> })).images[0]!;
    expect(again.packages).toEqual(analysis.packages);
    expect(again.packageTotals).toEqual(analysis.packageTotals);
  });
});

describe('an RPM database', () => {
  // Made with Debian's rpmbuild and rpm (no RPM-based image can be pulled here): a package with one
  // file of 4,321 bytes, installed into a root that becomes a FROM scratch image.
  const tag = `isg-packages/rpm:${process.pid}`;
  let archive: string;
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-rpm-'));
    await fs.writeFile(
      path.join(dir, 'tiny.spec'),
      [
        'Name: tinyrpm',
        'Version: 1.0',
        'Release: 3',
        'Epoch: 2',
        'Summary: a package of one file',
        'License: MIT',
        'BuildArch: noarch',
        '%description',
        'one file',
        '%install',
        'mkdir -p %{buildroot}/usr/share/tinyrpm',
        'head -c 4321 /dev/zero > %{buildroot}/usr/share/tinyrpm/data.bin',
        '%files',
        '/usr/share/tinyrpm/data.bin',
        '',
      ].join('\n'),
    );
    await run('rpmbuild', ['-bb', '--quiet', '--define', `_topdir ${dir}/top`, path.join(dir, 'tiny.spec')]);
    const root = path.join(dir, 'ctx', 'root');
    await fs.mkdir(root, { recursive: true });
    const rpmArgs = ['--root', root, '--dbpath', '/var/lib/rpm'];
    await run('rpm', [...rpmArgs, '--initdb']);
    const rpmFile = path.join(dir, 'top/RPMS/noarch/tinyrpm-1.0-3.noarch.rpm');
    await run('rpm', [...rpmArgs, '-i', '--nodeps', '--ignorearch', '--ignoreos', '--noscripts', rpmFile]);
    await fs.writeFile(path.join(dir, 'ctx', 'Dockerfile'), 'FROM scratch\nCOPY root/ /\n');
    archive = path.join(dir, 'image.tar');
    await buildx(path.join(dir, 'ctx'), ['-t', tag, '--output', `type=oci,dest=${archive}`]);
  }, 300_000);

  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('lists its packages with the bytes of their files, read with node:sqlite under Node 24', async () => {
    const out = await run(NODE24, [CLI, 'analyze', archive, '--format', 'json']);
    const image = JSON.parse(out) as ImageAnalysis;
    expect(image.packages).toEqual([
      { type: 'rpm', name: 'tinyrpm', version: '2:1.0-3', bytes: 4321, files: 1, layer: 0 },
    ]);
    expect(image.packageTotals!.rpm).toBe(4321);
    expect(image).not.toHaveProperty('notes');
  });

  it('says in one line, under a Node without node:sqlite, that RPM packages need Node 22.5', async () => {
    // Node 24 without its SQLite module stands for a Node older than 22.5.
    const result = await exec(NODE24, ['--no-experimental-sqlite', CLI, 'analyze', archive, '--format', 'json']);
    expect(result.code).toBe(0);
    const line =
      "var/lib/rpm/rpmdb.sqlite: the image's RPM packages are not listed: reading RPM's database needs Node 22.5 or later";
    expect(result.stderr).toBe(`image-size-guard: ${line}\n`);
    const image = JSON.parse(result.stdout) as ImageAnalysis;
    expect(image.packages).toEqual([]);
    // The JSON says it too, for a script that reads only the JSON.
    expect(image.notes).toEqual([line]);
  });

  it('is logged once as a warning by the action under a Node without node:sqlite', async () => {
    const result = await runAction({
      inputs: { image: archive },
      env: { NODE_OPTIONS: '--no-experimental-sqlite' },
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.warnings.filter((w) => w.includes('RPM'))).toEqual([
      "var/lib/rpm/rpmdb.sqlite: the image's RPM packages are not listed: reading RPM's database needs Node 22.5 or later",
    ]);
  });
});
