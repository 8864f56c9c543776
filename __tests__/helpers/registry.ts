/**
 * A real registry for the tests: Debian's docker-registry (the CNCF distribution registry) on a free
 * port of 127.0.0.1, with its storage in a temporary folder, optionally behind htpasswd basic auth.
 * Docker pushes to 127.0.0.0/8 without TLS, so images built by the test daemon can be pushed to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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
      `storage:\n  filesystem:\n    rootdirectory: ${path.join(dir, 'data')}\n  delete:\n    enabled: true\n` +
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
