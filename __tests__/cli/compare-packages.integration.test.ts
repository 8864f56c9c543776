/**
 * `compare --format text` names the packages that changed, as a user reads them: two busybox images
 * whose dpkg status and file lists are written here (one package added, one removed, one grown, one
 * shrunk, one with a new version), the baseline written by `analyze --write-baseline`, both run
 * with the bundled CLI under Node 24.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBusybox } from '../helpers/base-images.js';
import { exec } from '../helpers/exec.js';
import { buildx, makeContext } from '../helpers/images.js';
import { NODE24 } from '../helpers/runner.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');
const cli = (...args: string[]) => exec(NODE24, [CLI, ...args]);

/** name → [version, bytes of its one file] */
type Packages = Record<string, [string, number]>;

const BEFORE: Packages = {
  keep: ['1.0', 10_000],
  gone: ['1.0', 3_000],
  grows: ['1.0', 5_000],
  trimmed: ['1.0', 9_000],
  bumped: ['1.0', 2_000],
};
const AFTER: Packages = {
  keep: ['1.0', 10_000],
  grows: ['1.0', 25_000],
  trimmed: ['1.0', 1_000],
  bumped: ['2.0', 4_000],
  fresh: ['0.1', 7_000],
};

let work: string;
let before: string;
let after: string;

/** A dpkg database (status and one .list per package) and each package's file, as context files. */
function dpkgRoot(packages: Packages): Record<string, string> {
  const files: Record<string, string> = {};
  const status: string[] = [];
  for (const [name, [version, bytes]] of Object.entries(packages)) {
    status.push(`Package: ${name}`, 'Status: install ok installed', `Version: ${version}`, '');
    const file = `usr/share/${name}/data.bin`;
    files[`root/var/lib/dpkg/info/${name}.list`] = ['/.', '/usr/share', `/usr/share/${name}`, `/${file}`, ''].join(
      '\n',
    );
    files[`root/${file}`] = 'x'.repeat(bytes);
  }
  files['root/var/lib/dpkg/status'] = status.join('\n');
  return files;
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-cli-packages-'));
  const base = await ensureBusybox();
  const build = async (name: string, packages: Packages) => {
    const context = await makeContext({ Dockerfile: `FROM ${base}\nCOPY root/ /\n`, ...dpkgRoot(packages) });
    const out = path.join(work, `${name}.tar`);
    await buildx(context, ['-t', `isg-cli-packages/${name}:${process.pid}`, '--output', `type=oci,dest=${out}`]);
    await fs.rm(context, { recursive: true, force: true });
    return out;
  };
  [before, after] = await Promise.all([build('before', BEFORE), build('after', AFTER)]);
}, 300_000);

afterAll(() => fs.rm(work, { recursive: true, force: true }));

describe('image-size-guard compare --format text', () => {
  it('lists the packages that changed most: new, removed, grown, shrunk and a new version, with deltas', async () => {
    const baseline = path.join(work, 'baseline.json');
    const analyzed = await cli('analyze', before, '--format', 'json', '--write-baseline', baseline);
    expect(analyzed.code, analyzed.stderr).toBe(0);

    const result = await cli('compare', after, '--baseline', baseline, '--format', 'text');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    // Largest change first; an unchanged package is not listed.
    expect(result.stdout).toBe(
      [
        'pass',
        'packages that changed most (linux/amd64):',
        '  deb grows 1.0: grew, +20.0 kB',
        '  deb trimmed 1.0: shrank, -8.00 kB',
        '  deb fresh 0.1: new, +7.00 kB',
        '  deb gone 1.0: removed, -3.00 kB',
        '  deb bumped 2.0: from 1.0, +2.00 kB',
        '',
      ].join('\n'),
    );
  });
});
