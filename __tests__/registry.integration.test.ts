/**
 * Images read straight from a real registry (Debian's docker-registry on 127.0.0.1), never pulled
 * into the daemon: the same figures as the image's OCI archive, every platform of an index, Docker's
 * credentials (config.json, a credential helper, Basic and token auth with a token service), and
 * one line for each kind of bad input. A small proxy in front of the registry serves what no honest
 * registry would (a damaged manifest, a blob that does not match its digest, a redirect to another
 * host); everything else is the real registry.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { RegistryClient } from '../src/registry/client.js';
import { parseReference } from '../src/registry/reference.js';
import type { AnalysisResult } from '../src/analysis/types.js';
import { BUSYBOX } from './helpers/base-images.js';
import { exec } from './helpers/exec.js';
import { buildx, makeContext } from './helpers/images.js';
import {
  freePort,
  startProxy,
  startRegistry,
  startTokenService,
  type Proxy,
  type Registry,
  type TokenService,
} from './helpers/registry.js';
import { NODE24, runAction } from './helpers/runner.js';

const CLI = path.resolve(import.meta.dirname, '../dist/cli/index.js');
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const REPO = `isg-reg-${process.pid}`;
const USER = { user: 'ci-bot', password: `pw-${process.pid}-s3cret` };

let plain: Registry;
let basic: Registry;
let tokens: TokenService;
let token: Registry;
let work: string;
const tars = { app: '', multi: '' };

/** Builds `context` once into the registry (then drops it from the daemon) and into an OCI archive. */
async function publish(context: string, name: string, extra: string[] = []): Promise<string> {
  const ref = `${plain.host}/${REPO}/${name}:1`;
  const push = ['--output', `type=image,name=${ref},push=true,registry.insecure=true`];
  // The registry, shared by other registries' processes, has answered a first push with a 500: once more.
  await buildx(context, [...extra, ...push]).catch((err: Error) => {
    if (!/500 Internal Server Error/.test(err.message)) throw err;
    return buildx(context, [...extra, ...push]);
  });
  await exec('docker', ['image', 'rm', ref]);
  const tar = path.join(work, `${name}.tar`);
  await buildx(context, [...extra, '--output', `type=oci,dest=${tar}`]);
  return tar;
}

/** The analysis without what names where it was read from. */
function figures(result: AnalysisResult): unknown {
  return result.images.map(({ image, ...rest }) => ({
    ...rest,
    manifestDigest: image.manifestDigest,
    platform: image.platform,
  }));
}

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return exec(NODE24, [CLI, ...args], { env: { ...process.env, DOCKER_CONFIG: path.join(work, 'no-config'), ...env } });
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-registry-test-'));
  plain = await startRegistry();
  basic = await startRegistry({ htpasswd: USER, shareStorageOf: plain.dir });
  tokens = await startTokenService({ user: USER });
  token = await startRegistry({ authConfig: tokens.authConfig, shareStorageOf: plain.dir });
  const app = await makeContext({
    Dockerfile: `FROM ${BUSYBOX}\nCOPY big.bin /opt/big.bin\nRUN rm /opt/big.bin && echo done > /opt/done.txt\nCOPY app.txt /app/\n`,
    'big.bin': createHash('sha512').update(REPO).digest().toString('hex').repeat(4000),
    'app.txt': 'app\n'.repeat(1000),
  });
  tars.app = await publish(app, 'app');
  tars.multi = await publish(path.join(FIXTURES, 'multi'), 'multi', ['--platform', 'linux/amd64,linux/arm64']);
});

afterAll(async () => {
  await Promise.all([plain, basic, token].map((r) => r?.stop()));
  await tokens?.stop();
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe('registry://REF', () => {
  it('measures a pushed image without pulling it, with the figures of its OCI archive', async () => {
    const ref = `${plain.host}/${REPO}/app:1`;
    const fromRegistry = await analyze(`registry://${ref}`);
    const fromArchive = await analyze(tars.app);
    expect(fromRegistry.images[0]!.image.ref).toBe(ref);
    expect(fromRegistry.images[0]!.totals.layerCount).toBeGreaterThan(2);
    expect(figures(fromRegistry)).toEqual(figures(fromArchive));
    expect(fromRegistry.layers).toEqual(fromArchive.layers);
    // Nothing was pulled into the daemon.
    expect((await exec('docker', ['image', 'inspect', ref])).code).not.toBe(0);
  });

  it('a plain reference the daemon does not have is read from its registry', async () => {
    const result = await analyze(`${plain.host}/${REPO}/app:1`);
    expect(figures(result)).toEqual(figures(await analyze(tars.app)));
  });

  it('a plain reference in neither the daemon nor its registry says so, and how to log in when refused', async () => {
    const missing = await cli(['analyze', `${plain.host}/${REPO}/app:nope`]);
    expect(missing.stderr).toBe(
      `image-size-guard: No image "${plain.host}/${REPO}/app:nope" in the Docker daemon, nor in its registry ` +
        `(${plain.host}/${REPO}/app has no tag nope): build, pull or push it first\n`,
    );
    const refused = await cli(['analyze', `${basic.host}/${REPO}/app:1`]);
    expect(refused.stderr).toBe(
      `image-size-guard: No image "${basic.host}/${REPO}/app:1" in the Docker daemon, and the registry ${basic.host} ` +
        `refused access to ${REPO}/app (HTTP 401): build or pull it first, or log in (docker/login-action in a workflow)\n`,
    );
  });

  it('measures every platform of a multi-platform index from the CLI, as its OCI archive', async () => {
    const r = await cli([
      'analyze',
      `registry://${plain.host}/${REPO}/multi:1`,
      '--platform',
      'all',
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    const archive = await cli(['analyze', tars.multi, '--platform', 'all', '--format', 'json']);
    const strip = (text: string) =>
      (JSON.parse(text) as { image: { platform: string }; totals: unknown; layers: unknown; dive: unknown }[]).map(
        (i) => [i.image.platform, i.totals, i.layers, i.dive],
      );
    expect(strip(r.stdout).map((i) => i[0])).toEqual(['linux/amd64', 'linux/arm64']);
    expect(strip(r.stdout)).toEqual(strip(archive.stdout));
  });

  it('fetches no blob of a layer it already knows', async () => {
    const proxy = await startProxy(plain.url);
    try {
      const first = await analyze(`registry://${plain.host}/${REPO}/app:1`);
      const [top, ...lower] = [...first.layers].reverse();
      const known = new Map(lower.map((l) => [l.digest, l]));
      const again = await analyze(`registry://${proxy.host}/${REPO}/app:1`, { knownLayers: known });
      expect(figures(again)).toEqual(figures(first));
      const blobs = proxy.seen.filter((s) => s.includes('/blobs/'));
      for (const layer of lower) expect(blobs.join('\n')).not.toContain(layer.digest);
      expect(blobs.filter((b) => b.includes(top!.digest))).toHaveLength(1);
    } finally {
      await proxy.stop();
    }
  });
});

describe('credentials, as docker finds them', () => {
  const ref = () => `registry://${basic.host}/${REPO}/app:1`;

  it('without any, a registry that wants them gets one line naming docker/login-action', async () => {
    const r = await cli(['analyze', ref()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `image-size-guard: The registry ${basic.host} refused access to ${REPO}/app (HTTP 401): no credentials for ${basic.host} ` +
        `were found in the Docker config, so it was asked anonymously; log in (docker login ${basic.host}, or docker/login-action in a workflow)\n`,
    );
  });

  it('reads Basic credentials from config.json auths (DOCKER_CONFIG), and never shows them', async () => {
    const dir = await fs.mkdtemp(path.join(work, 'config-'));
    const auth = Buffer.from(`${USER.user}:${USER.password}`).toString('base64');
    await fs.writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths: { [basic.host]: { auth } } }));
    const r = await cli(['analyze', ref(), '--format', 'json'], { DOCKER_CONFIG: dir });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).totals.layerCount).toBeGreaterThan(2);

    await fs.writeFile(
      path.join(dir, 'config.json'),
      JSON.stringify({ auths: { [basic.host]: { auth: Buffer.from(`${USER.user}:wrong`).toString('base64') } } }),
    );
    const wrong = await cli(['analyze', ref()], { DOCKER_CONFIG: dir });
    expect(wrong.stderr).toBe(
      `image-size-guard: The registry ${basic.host} refused access to ${REPO}/app (HTTP 401): the credentials docker has ` +
        `for ${basic.host} are not allowed to (docker login ${basic.host}, or docker/login-action in a workflow)\n`,
    );
    expect(wrong.stderr + wrong.stdout).not.toContain('wrong');
  });

  it('asks the credential helper config.json names, and uses token auth with one token per scope', async () => {
    const dir = await fs.mkdtemp(path.join(work, 'helper-'));
    const bin = path.join(dir, 'bin');
    await fs.mkdir(bin);
    // A credential helper as docker's protocol has it: `get`, the server on stdin, JSON on stdout.
    await fs.writeFile(
      path.join(bin, 'docker-credential-isgtest'),
      `#!/bin/sh\nread server\necho "$server" >> ${dir}/asked\n` +
        `[ "$server" = "${token.host}" ] || { echo "credentials not found in native keychain"; exit 1; }\n` +
        `printf '{"ServerURL":"%s","Username":"${USER.user}","Secret":"${USER.password}"}' "$server"\n`,
      { mode: 0o755 },
    );
    await fs.writeFile(path.join(dir, 'config.json'), JSON.stringify({ credHelpers: { [token.host]: 'isgtest' } }));
    tokens.requests.length = 0;
    const r = await cli(['analyze', `registry://${token.host}/${REPO}/app:1`, '--format', 'json'], {
      DOCKER_CONFIG: dir,
      PATH: `${bin}:${process.env.PATH}`,
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).totals).toEqual((await analyze(tars.app)).images[0]!.totals);
    expect(await fs.readFile(path.join(dir, 'asked'), 'utf8')).toBe(`${token.host}\n`);
    // One token for the repository's pull scope, fetched once and used for every request.
    expect(tokens.requests).toEqual([
      {
        scope: `repository:${REPO}/app:pull`,
        authorization: `Basic ${Buffer.from(`${USER.user}:${USER.password}`).toString('base64')}`,
      },
    ]);
    expect(r.stdout).not.toContain(USER.password);
  });

  it('goes anonymous through the token flow where the token service allows it', async () => {
    const open = await startTokenService({ anonymousPull: true });
    const registry = await startRegistry({ authConfig: open.authConfig, shareStorageOf: plain.dir });
    try {
      const r = await cli(['analyze', `registry://${registry.host}/${REPO}/app:1`, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(open.requests).toEqual([{ scope: `repository:${REPO}/app:pull`, authorization: null }]);
    } finally {
      await registry.stop();
      await open.stop();
    }
  });

  it("trades docker login's identitytoken for an access token (OAuth refresh_token grant)", async () => {
    const oauth = await startTokenService({ refreshToken: `refresh-${process.pid}` });
    const registry = await startRegistry({ authConfig: oauth.authConfig, shareStorageOf: plain.dir });
    try {
      const dir = await fs.mkdtemp(path.join(work, 'identity-'));
      await fs.writeFile(
        path.join(dir, 'config.json'),
        JSON.stringify({ auths: { [registry.host]: { auth: '', identitytoken: `refresh-${process.pid}` } } }),
      );
      const r = await cli(['analyze', `registry://${registry.host}/${REPO}/app:1`, '--format', 'json'], {
        DOCKER_CONFIG: dir,
      });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).totals.layerCount).toBeGreaterThan(2);
      expect(oauth.requests).toEqual([
        { scope: `repository:${REPO}/app:pull`, authorization: `refresh_token refresh-${process.pid}` },
      ]);
    } finally {
      await registry.stop();
      await oauth.stop();
    }
  });

  it('follows a blob redirect to another host without sending it the credentials', async () => {
    const authorizations: (string | null)[] = [];
    // Blob storage on another host (`localhost` is another origin than 127.0.0.1).
    const storage = http.createServer(async (req, res) => {
      authorizations.push(req.headers.authorization ?? null);
      const blob = await fetch(`${plain.url}${req.url}`);
      res.writeHead(blob.status).end(Buffer.from(await blob.arrayBuffer()));
    });
    await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve));
    const storagePort = (storage.address() as net.AddressInfo).port;
    const proxy = await startProxy(basic.url, (req, res) => {
      if (!req.url?.includes('/blobs/') || !req.headers.authorization) return false;
      res.writeHead(307, { location: `http://localhost:${storagePort}${req.url}` }).end();
      return true;
    });
    try {
      const dir = await fs.mkdtemp(path.join(work, 'redirect-'));
      const auth = Buffer.from(`${USER.user}:${USER.password}`).toString('base64');
      await fs.writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths: { [proxy.host]: { auth } } }));
      const r = await cli(['analyze', `registry://${proxy.host}/${REPO}/app:1`, '--format', 'json'], {
        DOCKER_CONFIG: dir,
      });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).totals).toEqual((await analyze(tars.app)).images[0]!.totals);
      expect(authorizations.length).toBeGreaterThan(2);
      expect(authorizations.every((a) => a === null)).toBe(true);
    } finally {
      await proxy.stop();
      storage.closeAllConnections();
      await new Promise((r) => storage.close(r));
    }
  });
});

describe('bad input: one line, nothing written', () => {
  let proxy: Proxy;
  let layers: { digest: string }[];
  const malformed = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {},
      layers: 'x',
    }),
  );

  beforeAll(async () => {
    const manifest = (await analyze(tars.app)).images[0]!.layers;
    layers = manifest.map((l) => ({ digest: l.digest! }));
    proxy = await startProxy(plain.url, async (req, res) => {
      if (req.url === `/v2/${REPO}/app/manifests/malformed`) {
        res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(malformed);
        return true;
      }
      // The top layer's blob is served with another layer's bytes: valid gzip, the wrong content.
      if (req.url === `/v2/${REPO}/app/blobs/${layers.at(-1)!.digest}`) {
        const other = await fetch(`${plain.url}/v2/${REPO}/app/blobs/${layers.at(-2)!.digest}`);
        res.writeHead(200).end(Buffer.from(await other.arrayBuffer()));
        return true;
      }
      return false;
    });
  });
  afterAll(() => proxy?.stop());

  const failing = async (source: string, extra: string[] = []) => {
    const r = await cli(['analyze', source, '--format', 'json', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    return r.stderr;
  };

  it('local://REF asks the daemon only, even when the registry has the image', async () => {
    expect(await failing(`local://${plain.host}/${REPO}/app:1`)).toBe(
      `image-size-guard: No image "${plain.host}/${REPO}/app:1" in the Docker daemon: build or pull it first, ` +
        'or give the path of an image archive\n',
    );
  });

  it('an unknown tag', async () => {
    expect(await failing(`registry://${plain.host}/${REPO}/app:nope`)).toBe(
      `image-size-guard: ${plain.host}/${REPO}/app has no tag nope: check the tag, or push the image first\n`,
    );
  });

  it('a platform the index does not have lists those it has', async () => {
    expect(await failing(`registry://${plain.host}/${REPO}/multi:1`, ['--platform', 'linux/s390x'])).toBe(
      `image-size-guard: ${plain.host}/${REPO}/multi:1 has no image for platform linux/s390x; it has linux/amd64, linux/arm64\n`,
    );
  });

  it('an unreachable registry', async () => {
    const port = await freePort();
    expect(await failing(`registry://127.0.0.1:${port}/${REPO}/app:1`)).toBe(
      `image-size-guard: Cannot reach the registry 127.0.0.1:${port} (ECONNREFUSED): check the address and that it is up\n`,
    );
  });

  it('a malformed manifest', async () => {
    const digest = `sha256:${createHash('sha256').update(malformed).digest('hex')}`;
    expect(await failing(`registry://${proxy.host}/${REPO}/app:malformed`)).toBe(
      `image-size-guard: ${proxy.host}/${REPO}/app:malformed: the image in the registry is damaged: ${digest}: ` +
        'the manifest has no config or no layers list; push it again\n',
    );
  });

  it('a blob whose bytes do not match its digest', async () => {
    const top = layers.at(-1)!.digest;
    const served = layers.at(-2)!.digest;
    expect(await failing(`registry://${proxy.host}/${REPO}/app:1`)).toBe(
      `image-size-guard: ${proxy.host}/${REPO}/app:1: the image in the registry is damaged: layer ${layers.length - 1} (${top}): ` +
        `it does not match its digest: the manifest says ${top}, its content is ${served}; push it again\n`,
    );
  });
});

describe('an unsteady registry', () => {
  const manifestPath = () => `/v2/${REPO}/app/manifests/1`;

  it('429 and 5xx answers are retried, honouring Retry-After', async () => {
    let refused = 0;
    const proxy = await startProxy(plain.url, (req, res) => {
      if (req.url !== manifestPath() || refused >= 2) return false;
      refused++;
      res.writeHead(refused === 1 ? 503 : 429, { 'retry-after': '1' }).end();
      return true;
    });
    try {
      const started = Date.now();
      const result = await analyze(`registry://${proxy.host}/${REPO}/app:1`);
      expect(result.images[0]!.totals).toEqual((await analyze(tars.app)).images[0]!.totals);
      expect(proxy.seen.filter((s) => s === `GET ${manifestPath()}`)).toHaveLength(3);
      expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    } finally {
      await proxy.stop();
    }
  });

  it('gives up after a bounded number of tries, in one line', async () => {
    const proxy = await startProxy(plain.url, (req, res) => {
      if (req.url !== manifestPath()) return false;
      res.writeHead(503, { 'retry-after': '0', 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'down for maintenance' }] }));
      return true;
    });
    try {
      const r = await cli(['analyze', `registry://${proxy.host}/${REPO}/app:1`]);
      expect(r.stderr).toBe(
        `image-size-guard: Reading the manifest 1 of ${proxy.host}/${REPO}/app failed (HTTP 503: down for maintenance): ` +
          'check the registry, or try again later\n',
      );
      expect(proxy.seen.filter((s) => s === `GET ${manifestPath()}`)).toHaveLength(5);
    } finally {
      await proxy.stop();
    }
  });

  it('a registry that stays silent fails after IMAGE_SIZE_GUARD_REGISTRY_TIMEOUT seconds', async () => {
    const proxy = await startProxy(plain.url, (req) => req.url === manifestPath() && new Promise<boolean>(() => {}));
    try {
      const r = await cli(['analyze', `registry://${proxy.host}/${REPO}/app:1`], {
        IMAGE_SIZE_GUARD_REGISTRY_TIMEOUT: '1',
      });
      expect(r.stderr).toBe(
        `image-size-guard: The registry of ${proxy.host}/${REPO}/app did not answer within 1 s: ` +
          'check that it is up, or raise IMAGE_SIZE_GUARD_REGISTRY_TIMEOUT\n',
      );
    } finally {
      await proxy.stop();
    }
  });
});

describe('the action', () => {
  it('measures image: registry://REF with the credentials docker/login-action wrote, masking them', async () => {
    const dir = await fs.mkdtemp(path.join(work, 'action-'));
    const auth = Buffer.from(`${USER.user}:${USER.password}`).toString('base64');
    await fs.writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths: { [basic.host]: { auth } } }));
    const result = await runAction({
      inputs: { image: `registry://${basic.host}/${REPO}/app:1`, comment: 'never' },
      env: { DOCKER_CONFIG: dir },
    });
    expect(result.code, result.stdout).toBe(0);
    const expected = (await analyze(tars.app)).images[0]!;
    expect(Number(result.outputs['compressed-bytes'])).toBe(expected.totals.compressedBytes);
    expect(Number(result.outputs['layer-count'])).toBe(expected.totals.layerCount);
    const index = await fetch(`${plain.url}/v2/${REPO}/app/manifests/1`, {
      headers: { accept: 'application/vnd.oci.image.index.v1+json' },
    });
    expect(result.outputs['image-digest']).toBe(index.headers.get('docker-content-digest'));
    expect(result.stdout).toContain(`::add-mask::${USER.password}\n`);
  });
});

describe('RegistryClient', () => {
  it('lists every tag, page by page through the Link header', async () => {
    const manifest = await fetch(`${plain.url}/v2/${REPO}/multi/manifests/1`, {
      headers: { accept: 'application/vnd.oci.image.index.v1+json' },
    });
    const bytes = Buffer.from(await manifest.arrayBuffer());
    for (const tag of ['1.2.0', '1.10.0', 'latest']) {
      const put = await fetch(`${plain.url}/v2/${REPO}/multi/manifests/${tag}`, {
        method: 'PUT',
        headers: { 'content-type': manifest.headers.get('content-type')! },
        body: bytes,
      });
      expect(put.status).toBe(201);
    }
    // distribution 2.8 answers with every tag at once; registries such as GHCR and Docker Hub page
    // with `n`, `last` and a Link header, which the proxy does here in front of the real list.
    const proxy = await startProxy(plain.url, async (req, res) => {
      const url = new URL(req.url!, 'http://x');
      if (url.pathname !== `/v2/${REPO}/multi/tags/list`) return false;
      const all = ((await (await fetch(`${plain.url}${url.pathname}`)).json()) as { tags: string[] }).tags.sort();
      const n = Number(url.searchParams.get('n'));
      const from = all.findIndex((t) => t > (url.searchParams.get('last') ?? ''));
      const page = all.slice(from, from + n);
      const more = from + n < all.length;
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(more ? { link: `<${url.pathname}?n=${n}&last=${page.at(-1)}>; rel="next"` } : {}),
      });
      res.end(JSON.stringify({ name: `${REPO}/multi`, tags: page }));
      return true;
    });
    try {
      const client = await RegistryClient.open(parseReference(`${proxy.host}/${REPO}/multi`));
      expect(await client.listTags(3)).toEqual(['1', '1.10.0', '1.2.0', 'latest']);
      expect(proxy.seen.filter((s) => s.includes('/tags/list'))).toHaveLength(2);
    } finally {
      await proxy.stop();
    }
  });
});
