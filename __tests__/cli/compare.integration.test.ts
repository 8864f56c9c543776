/**
 * The gate run locally: `analyze --write-baseline` on one build, `compare --baseline` on the next,
 * with the bundled CLI under Node 24. Expected sizes come from the image's own manifest.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUSYBOX } from '../helpers/base-images.js';
import { exec } from '../helpers/exec.js';
import { buildx, expectedFromLayout, extract, makeContext, sum, type ExpectedLayer } from '../helpers/images.js';
import { NODE24 } from '../helpers/runner.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');
const cli = (...args: string[]) => exec(NODE24, [CLI, ...args]);

let work: string;
let before: string;
let after: string;
let beforeLayers: ExpectedLayer[];
let afterLayers: ExpectedLayer[];

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-report-cli-'));
  const lines = [`FROM ${BUSYBOX}`, 'COPY app.conf /app/'];
  const build = async (name: string, dockerfile: string[]) => {
    const context = await makeContext({ Dockerfile: dockerfile.join('\n'), 'app.conf': 'port=8080\n' });
    const out = path.join(work, `${name}.tar`);
    await buildx(context, ['-t', `isg-report/cli-${name}:1`, '--output', `type=oci,dest=${out}`]);
    return out;
  };
  before = await build('before', lines);
  after = await build('after', [...lines, 'RUN dd if=/dev/urandom of=/app/blob.bin bs=1024 count=1024 2>/dev/null']);
  beforeLayers = (await expectedFromLayout(await extract(before))).layers;
  afterLayers = (await expectedFromLayout(await extract(after))).layers;
});

describe('image-size-guard compare', () => {
  it('exits 1 with the crossed threshold when the image grew past the limit, 0 within it', async () => {
    const baseline = path.join(work, 'baseline.json');
    const analyzed = await cli('analyze', before, '--format', 'json', '--write-baseline', baseline);
    expect(analyzed.code, analyzed.stderr).toBe(0);
    expect(JSON.parse(await fs.readFile(baseline, 'utf8')).schemaVersion).toBe(1);

    // The new layer holds 1 MiB of random bytes; the other two are the same as the baseline's.
    const added = afterLayers[2]!.size;
    expect(sum(afterLayers.map((l) => l.size)) - sum(beforeLayers.map((l) => l.size))).toBe(added);
    const failing = await cli('compare', after, '--baseline', baseline, '--max-increase', '500kB', '--format', 'text');
    expect(failing.code, failing.stderr).toBe(1);
    expect(failing.stdout).toBe(
      `fail\n  error: max-increase: linux/amd64 compressed size grew by +${(added / 1e6).toFixed(2)} MB, limit +500 kB\n`,
    );

    const passing = await cli('compare', after, '--baseline', baseline, '--max-increase', '2MiB', '--format', 'json');
    expect(passing.code, passing.stderr).toBe(0);
    const json = JSON.parse(passing.stdout);
    expect(json.result).toBe('pass');
    expect(json.platforms[0].totals.compressed.delta).toBe(added);
    expect(json.platforms[0].layers.map((l: { status: string }) => l.status)).toEqual([
      'unchanged',
      'unchanged',
      'added',
    ]);

    const markdown = await cli('compare', after, '--baseline', baseline);
    expect(markdown.stdout.split('\n')[0]).toBe('<!-- image-size-guard:image-size-guard -->');
    expect(markdown.stdout).toContain('### ✅ Image size: within the thresholds');
  });

  it('reports without deltas when the baseline cannot be read, and says why', async () => {
    const result = await cli('compare', after, '--baseline', path.join(work, 'missing.json'), '--format', 'text');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('no-baseline\n');
    expect(result.stderr).toMatch(/^image-size-guard: No baseline at .*missing\.json \(ENOENT\)\n$/);
  });

  it('refuses a bad threshold with one line naming the flag', async () => {
    const result = await cli('compare', after, '--baseline', 'x.json', '--max-size', 'big');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^image-size-guard: --max-size: "big" is not a size/);
  });
});
