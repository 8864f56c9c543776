/**
 * A bare name is an image reference even when a folder of that name sits in the working
 * directory: `image: web` in a repository with a `web/` source folder measures the image `web`.
 * The bundled CLI under Node 24, run from such a repository, against the real daemon.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, run } from '../helpers/exec.js';
import { buildx, makeContext } from '../helpers/images.js';
import { NODE24 } from '../helpers/runner.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');
// A name no other test uses, so the daemon has no such image until this test tags one.
const NAME = `isg-web-${process.pid}`;

let repo: string;

beforeAll(async () => {
  repo = await makeContext({
    [`${NAME}/Dockerfile`]: 'FROM scratch\nCOPY index.html /srv/\n',
    [`${NAME}/index.html`]: '<p>hello</p>\n'.repeat(100),
    [`${NAME}/src/app.js`]: 'console.log("hi");\n',
  });
});

afterAll(async () => {
  await exec('docker', ['image', 'rm', `${NAME}:latest`]);
  if (repo) await fs.rm(repo, { recursive: true, force: true });
});

describe('a bare name beside a source folder of the same name', () => {
  it('asks the daemon, and measures the image once it is there', async () => {
    const missing = await exec(NODE24, [CLI, 'analyze', NAME, '--format', 'json'], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `image-size-guard: No image "${NAME}" in the Docker daemon: build or pull it first, or give the path of an image archive\n`,
    );

    await buildx(path.join(repo, NAME), ['-t', NAME, '--load']);
    const measured = await exec(NODE24, [CLI, 'analyze', NAME, '--format', 'json'], { cwd: repo });
    expect(measured.code, measured.stderr).toBe(0);
    const json = JSON.parse(measured.stdout);
    expect(json.image.ref).toBe(NAME);
    expect(json.layers).toHaveLength(1);
    expect(json.totals.contentBytes).toBe(Buffer.byteLength('<p>hello</p>\n'.repeat(100)));
  });

  it('a path to the same folder (./name) says it is no image layout', async () => {
    const r = await exec(NODE24, [CLI, 'analyze', `./${NAME}`], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `image-size-guard: ./${NAME} is a folder but not an image layout (it has no oci-layout, index.json or manifest.json): ` +
        'give an OCI layout folder, an image archive or an image reference\n',
    );
  });

  it('a folder that is an OCI layout is still read by its bare name', async () => {
    const layout = `${NAME}-layout`;
    await buildx(path.join(repo, NAME), ['--output', `type=oci,dest=${path.join(repo, layout)},tar=false`]);
    const r = await exec(NODE24, [CLI, 'analyze', layout, '--format', 'json'], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).layers).toHaveLength(1);
    await run('rm', ['-rf', path.join(repo, layout)]);
  });
});
