/**
 * baseline-image: a pull request compared with a published image read from Debian's distribution
 * registry on 127.0.0.1 (nothing pulled), in the bundled action and the bundled CLI under Node 24.
 * Releases are pushed by buildx itself; expected sizes and digests come from the registry's manifests.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSYBOX } from './helpers/base-images.js';
import { exec } from './helpers/exec.js';
import { buildx, makeContext, sum } from './helpers/images.js';
import { startRegistry, type Registry } from './helpers/registry.js';
import { NODE24, runAction } from './helpers/runner.js';

const CLI = path.resolve(import.meta.dirname, '../dist/cli/index.js');
const id = randomBytes(4).toString('hex');
let registry: Registry;
let repo: string;
let appContext: string;

/** What the registry holds for a tag: the manifest's digest and its layers' compressed sizes. */
async function published(tag: string): Promise<{ digest: string; compressed: number }> {
  const res = await fetch(`${registry.url}/v2/isg-baseline-${id}/app/manifests/${tag}`, {
    headers: {
      accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  expect(res.status).toBe(200);
  const doc = (await res.json()) as { layers: { size: number }[] };
  return { digest: res.headers.get('docker-content-digest')!, compressed: sum(doc.layers.map((l) => l.size)) };
}

/** Builds the app with `size` KiB of data and pushes it under the tags. */
async function release(size: number, tags: string[]): Promise<void> {
  const context = await makeContext({
    Dockerfile: `FROM ${BUSYBOX}\nCOPY app.conf /app/\nRUN dd if=/dev/urandom of=/app/data.bin bs=1024 count=${size} 2>/dev/null && echo ${id}\n`,
    'app.conf': 'port=8080\n',
  });
  for (const tag of tags) {
    await buildx(context, [
      '--provenance=false',
      '--output',
      `type=image,name=${repo}:${tag},push=true,registry.insecure=true`,
    ]);
  }
}

beforeAll(async () => {
  registry = await startRegistry();
  repo = `${registry.host}/isg-baseline-${id}/app`;
  // 1.10.0 is the highest release (not 1.9.0, which sorts after it as text); 2.0.0-rc.1 a pre-release.
  await release(64, ['1.9.0', 'latest']);
  await release(128, ['1.10.0']);
  await release(512, ['2.0.0-rc.1']);
  appContext = await makeContext({
    Dockerfile: `FROM ${BUSYBOX}\nCOPY app.conf /app/\nRUN dd if=/dev/urandom of=/app/data.bin bs=1024 count=256 2>/dev/null && echo ${id}-pr\n`,
    'app.conf': 'port=8080\n',
  });
});
afterAll(() => registry?.stop());

const pullRequest = {
  eventName: 'pull_request',
  event: {
    pull_request: {
      number: 12,
      head: { sha: 'b'.repeat(40), ref: 'feature', repo: { full_name: 'octo-org/octo-app' } },
      base: { ref: 'main', repo: { full_name: 'octo-org/octo-app' } },
    },
  },
};

describe('baseline-image in the action', () => {
  it('compares the pull request with the highest release tag, and says which image and digest', async () => {
    const result = await runAction({
      ...pullRequest,
      workspace: appContext,
      inputs: { network: 'host', cache: 'none', comment: 'never', 'baseline-image': `${repo}:semver` },
    });
    expect(result.code, result.stdout).toBe(0);
    const expected = await published('1.10.0');
    expect(Number(result.outputs['baseline-compressed-bytes'])).toBe(expected.compressed);
    expect(Number(result.outputs['delta-bytes'])).toBe(
      Number(result.outputs['compressed-bytes']) - expected.compressed,
    );
    expect(result.summary).toContain(`Compared with the published image \`${repo}:1.10.0@${expected.digest}\``);
    // No artifact was looked for: the published image is the baseline.
    expect(result.stdout).not.toContain('Loading the baseline');
  });

  it('fails in one line for a tag the repository does not have', async () => {
    const result = await runAction({
      ...pullRequest,
      workspace: appContext,
      inputs: { network: 'host', cache: 'none', comment: 'never', 'baseline-image': `${repo}:3.0.0` },
    });
    expect(result.code).not.toBe(0);
    expect(result.errors).toEqual([`${repo} has no tag 3.0.0: check the tag, or push the image first`]);
  });
});

describe('compare --baseline-image in the CLI', () => {
  let layout: string;
  beforeAll(async () => {
    layout = path.join(await makeContext({}), 'pr.tar');
    await buildx(appContext, ['--provenance=false', '--output', `type=oci,dest=${layout}`]);
  });

  it('takes pre-releases with semver-pre, and names the image it compared with', async () => {
    const out = await exec(NODE24, [
      CLI,
      'compare',
      layout,
      '--baseline-image',
      `${repo}:semver-pre`,
      '--format',
      'markdown',
    ]);
    expect(out.code, out.stderr).toBe(0);
    const expected = await published('2.0.0-rc.1');
    expect(out.stderr).toContain(`comparing with ${repo}:2.0.0-rc.1@${expected.digest}`);
    expect(out.stdout).toContain(`Compared with the published image \`${repo}:2.0.0-rc.1@${expected.digest}\``);
  });

  it('says in one line that a repository has no release tag', async () => {
    const bare = `${registry.host}/isg-baseline-${id}/untagged`;
    await buildx(appContext, [
      '--provenance=false',
      '--output',
      `type=image,name=${bare}:latest,push=true,registry.insecure=true`,
    ]);
    const out = await exec(NODE24, [CLI, 'compare', layout, '--baseline-image', `${bare}:semver`]);
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split('\n')).toEqual([
      `image-size-guard: ${bare} has no semantic-version release tag (such as 1.2.3 or v1.2.3) among its 1 tags: push one, or name the baseline image with a tag such as :latest`,
    ]);
  });
});
