/**
 * A real registry for the tests: Debian's docker-registry (the CNCF distribution registry) on a free
 * port of 127.0.0.1, with its storage in a temporary folder, optionally behind htpasswd basic auth.
 * Docker pushes to 127.0.0.0/8 without TLS, so images built by the test daemon can be pushed to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as http from 'node:http';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from './exec.js';

export interface Registry {
  /** `127.0.0.1:PORT`, the host part of image references. */
  host: string;
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** The registry's storage and config folder. */
  dir: string;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  /** Basic auth with one user (an htpasswd file made with Apache's htpasswd, bcrypt). */
  htpasswd?: { user: string; password: string };
  /** Extra top-level config (YAML text), e.g. an `auth: token:` section; replaces `htpasswd`. */
  authConfig?: string;
  /** Another registry's `dir`: this one serves the same storage (pushed once, served with other auth). */
  shareStorageOf?: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export async function startRegistry(options: RegistryOptions = {}): Promise<Registry> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-registry-'));
  const port = await freePort();
  let auth = options.authConfig ?? '';
  if (options.htpasswd) {
    const file = path.join(dir, 'htpasswd');
    await run('htpasswd', ['-Bbc', file, options.htpasswd.user, options.htpasswd.password]);
    auth = `auth:\n  htpasswd:\n    realm: isg-test\n    path: ${file}\n`;
  }
  const config = path.join(dir, 'config.yml');
  await fs.writeFile(
    config,
    `version: 0.1\nlog:\n  level: warn\n  accesslog:\n    disabled: true\n` +
      `storage:\n  filesystem:\n    rootdirectory: ${path.join(options.shareStorageOf ?? dir, 'data')}\n  delete:\n    enabled: true\n` +
      // Registries sharing one storage must not purge each other's uploads.
      `  maintenance:\n    uploadpurging:\n      enabled: false\n` +
      `http:\n  addr: 127.0.0.1:${port}\n  secret: isg-test-secret\n${auth}`,
  );
  const child: ChildProcess = spawn('/usr/bin/docker-registry', ['serve', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited ${child.exitCode}:\n${stderr}`);
    const ok = await fetch(`${url}/v2/`).then(
      (r) => r.status === 200 || r.status === 401,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`docker-registry did not answer on ${url} within 15 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill();
        await exited;
      }
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

export interface TokenService {
  /** The registry's `auth: token:` section for `startRegistry({ authConfig })`. */
  authConfig: string;
  /** Token requests received, with the Authorization header each carried (null when anonymous). */
  requests: { scope: string | null; authorization: string | null }[];
  stop(): Promise<void>;
}

/**
 * A token service of Docker's token auth: it answers `GET /token?service=…&scope=…` with a JWT
 * signed by a key whose self-signed certificate (made by openssl) is in the JWT header's x5c, which
 * the real registry checks against its rootcertbundle. Basic credentials of `user` get pull and
 * push; anonymous requests get pull only when `anonymousPull`, else a 401.
 */
export async function startTokenService(options: {
  user?: { user: string; password: string };
  anonymousPull?: boolean;
  /** An OAuth refresh token (docker login's `identitytoken`) that `POST /token` trades like the user's password. */
  refreshToken?: string;
}): Promise<TokenService> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-token-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    certFile,
    '-days',
    '2',
    '-subj',
    '/CN=isg-token-service',
  ]);
  const key = crypto.createPrivateKey(await fs.readFile(keyFile));
  const certDer = new crypto.X509Certificate(await fs.readFile(certFile)).raw;
  const requests: TokenService['requests'] = [];
  const service = 'isg-test-registry';
  const issuer = 'isg-test-issuer';
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let authorization = req.headers.authorization ?? null;
    let scope = url.searchParams.get('scope');
    let refreshed = false;
    if (req.method === 'POST') {
      // The OAuth form: grant_type=refresh_token&refresh_token=…&scope=…
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const form = new URLSearchParams(Buffer.concat(chunks).toString());
      scope = form.get('scope');
      authorization = `refresh_token ${form.get('refresh_token')}`;
      refreshed = form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === options.refreshToken;
    }
    requests.push({ scope, authorization });
    const expected = options.user
      ? `Basic ${Buffer.from(`${options.user.user}:${options.user.password}`).toString('base64')}`
      : null;
    const known = refreshed || (authorization !== null && authorization === expected);
    if (url.pathname !== '/token' || (authorization !== null && !known) || (!known && !options.anonymousPull)) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"access denied"}');
      return;
    }
    const [type, name, actions] = (scope ?? '').split(':');
    const allowed = known ? ['pull', 'push'] : ['pull'];
    const now = Math.floor(Date.now() / 1000);
    const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const header = b64({ typ: 'JWT', alg: 'RS256', x5c: [certDer.toString('base64')] });
    const claims = b64({
      iss: issuer,
      sub: known ? (options.user?.user ?? 'refreshed') : '',
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: crypto.randomUUID(),
      access:
        type === 'repository'
          ? [{ type, name, actions: (actions ?? '').split(',').filter((a) => allowed.includes(a)) }]
          : [],
    });
    const signature = crypto.sign('sha256', Buffer.from(`${header}.${claims}`), key).toString('base64url');
    const jwt = `${header}.${claims}.${signature}`;
    // An OAuth answer names it access_token; Docker's token answer, token.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(refreshed ? { access_token: jwt } : { token: jwt }));
  });
  const port = await listen(server);
  return {
    authConfig:
      `auth:\n  token:\n    realm: http://127.0.0.1:${port}/token\n    service: ${service}\n` +
      `    issuer: ${issuer}\n    rootcertbundle: ${certFile}\n`,
    requests,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Proxy {
  url: string;
  host: string;
  /** Method and path of every request that reached the proxy. */
  seen: string[];
  stop(): Promise<void>;
}

/**
 * A reverse proxy in front of a real registry, to serve what no honest registry would: `answer` may
 * answer a request itself (return true), else it is passed on unchanged (headers included).
 */
export async function startProxy(
  target: string,
  answer: (req: http.IncomingMessage, res: http.ServerResponse) => boolean | Promise<boolean> = () => false,
): Promise<Proxy> {
  const seen: string[] = [];
  const server = http.createServer(async (req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (await answer(req, res)) return;
    const upstream = http.request(
      `${target}${req.url}`,
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    seen,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}
