/**
 * push: true with the bundled action: real buildx on the real dockerd builds and measures, the
 * measured OCI layout goes to Debian's distribution registry on 127.0.0.1, and the image is then read
 * back from the registry (registry://, nothing pulled) to check that what was pushed is what was measured.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { BUSYBOX } from './helpers/base-images.js';
import { makeContext } from './helpers/images.js';
import { startRegistry, type Registry } from './helpers/registry.js';
import { runAction, type ActionRun, type RunOptions } from './helpers/runner.js';

let registry: Registry;
let secured: Registry;
const user = 'pusher';
const password = `pw-${randomBytes(12).toString('hex')}`;
const id = randomBytes(4).toString('hex');

beforeAll(async () => {
  registry = await startRegistry();
  secured = await startRegistry({ htpasswd: { user, password } });
});
afterAll(async () => {
  await registry?.stop();
  await secured?.stop();
});

/** The action on a pull request of the repository itself (comparing, nothing stored), no bridge network. */
function build(context: string, inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  return runAction({
    eventName: 'push',
    ...options,
    workspace: context,
    inputs: { network: 'host', cache: 'none', mode: 'compare', ...inputs },
    env: { DOCKER_CONFIG: undefined, ...options.env },
  });
}

async function tags(reg: Registry, repo: string): Promise<string[]> {
  const res = await fetch(`${reg.url}/v2/${repo}/tags/list`);
  if (res.status === 404) return [];
  return ((await res.json()) as { tags: string[] | null }).tags ?? [];
}

describe('push: true', () => {
  it('pushes the measured image under every tag: the registry holds the digest of image-digest, with the same sizes', async () => {
    const context = await makeContext({
      Dockerfile: `FROM ${BUSYBOX}\nCOPY a.bin /data/\nRUN echo ${id} > /stamp\n`,
      'a.bin': randomBytes(200_000),
    });
    const repo = `${registry.host}/isg-push-${id}/app`;
    const result = await build(context, { push: 'true', tags: `${repo}:1,${repo}:latest` });
    expect(result.code, result.stdout).toBe(0);
    const digest = result.outputs['image-digest']!;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await tags(registry, `isg-push-${id}/app`)).sort()).toEqual(['1', 'latest']);

    for (const tag of ['1', 'latest']) {
      const read = await analyze(`registry://${repo}:${tag}`);
      const image = read.images[0]!;
      // A single-platform build's top manifest: the digest the registry gives is the measured one.
      expect(image.image.digest).toBe(digest);
      expect(image.totals.compressedBytes).toBe(Number(result.outputs['compressed-bytes']));
      expect(image.totals.layerCount).toBe(Number(result.outputs['layer-count']));
    }
    expect(result.stdout).toContain(`Pushed ${repo}:1@${digest}`);
  });

  it('pushes a multi-platform index as it was built, and a rebuild pushed again uploads no layer twice', async () => {
    const context = await makeContext({
      Dockerfile: 'FROM scratch\nCOPY a.txt /\nCOPY b.bin /data/\n',
      'a.txt': `${id}\n`,
      'b.bin': randomBytes(120_000),
    });
    const repo = `${registry.host}/isg-push-${id}/multi`;
    const first = await build(context, { push: 'true', tags: `${repo}:1`, platforms: 'linux/amd64,linux/arm64' });
    expect(first.code, first.stdout).toBe(0);
    const digest = first.outputs['image-digest']!;
    const index = await fetch(`${registry.url}/v2/isg-push-${id}/multi/manifests/1`, {
      headers: { accept: 'application/vnd.oci.image.index.v1+json' },
    });
    expect(index.headers.get('docker-content-digest')).toBe(digest);
    const read = await analyze(`registry://${repo}:1`, { platform: 'all' });
    expect(read.images.map((i) => i.image.platform).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(read.images[0]!.totals.compressedBytes).toBe(Number(first.outputs['compressed-bytes']));

    // Built again (new timestamps, so a new config and index) to the same and to a second repository of
    // the same registry: the layers are found there or mounted, never uploaded again.
    const other = `${registry.host}/isg-push-${id}/multi-copy`;
    const again = await build(context, {
      push: 'true',
      tags: `${repo}:2,${other}:1`,
      platforms: 'linux/amd64,linux/arm64',
    });
    expect(again.code, again.stdout).toBe(0);
    const counts = /^(\d+) blobs uploaded \((\d+) bytes\), (\d+) mounted, (\d+) already there/m.exec(again.stdout);
    expect(counts, again.stdout).not.toBeNull();
    const [, , uploadedBytes, mounted, present] = counts!.map(Number);
    expect(uploadedBytes).toBeLessThan(120_000);
    expect(present).toBeGreaterThanOrEqual(2);
    expect(mounted).toBeGreaterThanOrEqual(2);
    expect(await tags(registry, `isg-push-${id}/multi-copy`)).toEqual(['1']);
    const copy = await analyze(`registry://${other}:1`);
    expect(copy.images[0]!.image.digest).not.toBeNull();
  });

  it('pushes with the credentials docker/login-action wrote, and none of them reaches the log', async () => {
    const config = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-push-docker-'));
    const auth = Buffer.from(`${user}:${password}`).toString('base64');
    await fs.writeFile(path.join(config, 'config.json'), JSON.stringify({ auths: { [secured.host]: { auth } } }));
    const context = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\nRUN echo ${id}-auth > /stamp\n` });
    const repo = `${secured.host}/isg-push-${id}/private`;

    const denied = await build(context, { push: 'true', tags: `${repo}:1` });
    expect(denied.code).not.toBe(0);
    expect(denied.errors.join('\n')).toMatch(/refused access .*docker\/login-action/);

    const result = await build(context, { push: 'true', tags: `${repo}:1` }, { env: { DOCKER_CONFIG: config } });
    expect(result.code, result.stdout).toBe(0);
    const read = await analyze(`registry://${repo}:1`, {}).catch((err: Error) => err);
    // The test process has no credentials: the registry refuses it, so the manifest is checked with them.
    expect(read).toBeInstanceOf(Error);
    const manifest = await fetch(`${secured.url}/v2/isg-push-${id}/private/manifests/1`, {
      headers: { authorization: `Basic ${auth}`, accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    expect(manifest.headers.get('docker-content-digest')).toBe(result.outputs['image-digest']);
    for (const secret of [password, auth]) {
      expect(result.stdout.split('\n').filter((l) => l.includes(secret) && !l.startsWith('::add-mask::'))).toEqual([]);
    }
  });

  it('never pushes from a fork’s pull request, and says so', async () => {
    const context = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\nRUN echo ${id}-fork > /stamp\n` });
    const repo = `${registry.host}/isg-push-${id}/fork`;
    const result = await build(
      context,
      { push: 'true', tags: `${repo}:pr` },
      {
        eventName: 'pull_request',
        event: {
          pull_request: {
            number: 7,
            head: { sha: 'a'.repeat(40), repo: { full_name: 'someone/octo-app' } },
            base: { ref: 'main', repo: { full_name: 'octo-org/octo-app' } },
          },
        },
      },
    );
    expect(result.code, result.stdout).toBe(0);
    expect(result.warnings.join('\n')).toContain('push: true is skipped on a pull request from a fork');
    expect(await tags(registry, `isg-push-${id}/fork`)).toEqual([]);
  });

  it('refuses push without tags in one line, before building', async () => {
    const context = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\nRUN echo ${id}-notag\n` });
    const result = await build(context, { push: 'true' });
    expect(result.code).not.toBe(0);
    expect(result.errors).toEqual(['push: true needs "tags" to push to, e.g. ghcr.io/owner/app:latest']);
    expect(result.stdout).not.toContain('buildx build');
  });
});
