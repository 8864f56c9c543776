/**
 * Every endpoint the docker CLI reaches, the bundled CLI and action reach too: a TLS listener
 * (certificates made by openssl, socat in front of the real daemon), a docker context made with
 * `docker context create`, ssh:// to a local sshd, and a daemon that never answers. Each measures
 * the same small image and must print the figures read over the default socket.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBusybox } from '../helpers/base-images.js';
import { exec, run } from '../helpers/exec.js';
import { NODE24, runAction } from '../helpers/runner.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');

let work: string;
let image: string;
let certs: string;
let tlsPort: number;
let tlsLog: () => string;
let expected: unknown;
const children: ChildProcess[] = [];

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts a long-running helper, waits until its port accepts connections; returns its log so far. */
async function start(cmd: string, args: string[], port: number): Promise<() => string> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  children.push(child);
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(true));
      socket.on('error', () => resolve(false));
      socket.on('connect', () => socket.destroy());
    });
    if (open) return () => stderr;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${cmd} did not listen on ${port}: ${stderr}`);
}

/** How many connections the TLS listener has accepted. */
const tlsConnections = () => tlsLog().split('accepting connection').length - 1;

/** The bundled CLI's JSON for the image, with this environment on top of the test's own. */
async function analyze(env: Record<string, string | undefined>) {
  const result = await exec(NODE24, [CLI, 'analyze', image, '--format', 'json'], { env: { ...process.env, ...env } });
  return { ...result, json: result.code === 0 ? figures(JSON.parse(result.stdout)) : null };
}

function figures(json: { image: { digest: string }; totals: unknown; layers: unknown; dive: unknown }) {
  return { digest: json.image.digest, totals: json.totals, layers: json.layers, dive: json.dive };
}

async function openssl(args: string[]): Promise<void> {
  await run('openssl', args, { cwd: certs });
}

beforeAll(async () => {
  image = await ensureBusybox();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-endpoints-'));
  certs = path.join(work, 'certs');
  await fs.mkdir(certs);
  // A CA, a server certificate for 127.0.0.1 and a client certificate, as Docker's TLS guide makes them.
  await openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=isg-ca'].concat([
      '-keyout',
      'ca-key.pem',
      '-out',
      'ca.pem',
    ]),
  );
  await openssl([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=127.0.0.1',
    '-keyout',
    'server-key.pem',
    '-out',
    'server.csr',
  ]);
  await fs.writeFile(path.join(certs, 'server.ext'), 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  await openssl(
    ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial'].concat([
      '-days',
      '1',
      '-extfile',
      'server.ext',
      '-out',
      'server-cert.pem',
    ]),
  );
  await openssl([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=client',
    '-keyout',
    'key.pem',
    '-out',
    'client.csr',
  ]);
  await fs.writeFile(path.join(certs, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  await openssl(
    ['x509', '-req', '-in', 'client.csr', '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial'].concat([
      '-days',
      '1',
      '-extfile',
      'client.ext',
      '-out',
      'cert.pem',
    ]),
  );

  // verify=1: the listener, like dockerd --tlsverify, refuses a client without a certificate of the CA.
  tlsPort = await freePort();
  tlsLog = await start(
    'socat',
    [
      '-d',
      '-d',
      `OPENSSL-LISTEN:${tlsPort},bind=127.0.0.1,reuseaddr,fork,verify=1,cert=${certs}/server-cert.pem,key=${certs}/server-key.pem,cafile=${certs}/ca.pem`,
      'UNIX-CONNECT:/var/run/docker.sock',
    ],
    tlsPort,
  );

  const byDefault = await analyze({ DOCKER_HOST: undefined, DOCKER_CONTEXT: undefined });
  expect(byDefault.code, byDefault.stderr).toBe(0);
  expected = byDefault.json;
});

afterAll(async () => {
  for (const child of children) child.kill();
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe('DOCKER_HOST=tcp:// with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH', () => {
  const tls = () => ({
    DOCKER_HOST: `tcp://127.0.0.1:${tlsPort}`,
    DOCKER_TLS_VERIFY: '1',
    DOCKER_CERT_PATH: certs,
  });

  it('the CLI measures the image as over the default socket', async () => {
    const r = await analyze(tls());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.json).toEqual(expected);
  });

  it('the action measures it too', async () => {
    const r = await runAction({ inputs: { image }, env: tls() });
    expect(r.code, r.stdout).toBe(0);
    expect(Number(r.outputs['compressed-bytes'])).toBe(
      (expected as { totals: { compressedBytes: number } }).totals.compressedBytes,
    );
    expect(r.outputs['image-digest']).toBe((expected as { digest: string }).digest);
  });

  it('a daemon certificate from another CA is refused with one line', async () => {
    const other = path.join(work, 'other-ca');
    await fs.mkdir(other);
    await run(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=other'].concat([
        '-keyout',
        'ca-key.pem',
        '-out',
        'ca.pem',
      ]),
      { cwd: other },
    );
    await fs.copyFile(path.join(certs, 'cert.pem'), path.join(other, 'cert.pem'));
    await fs.copyFile(path.join(certs, 'key.pem'), path.join(other, 'key.pem'));
    const r = await analyze({ ...tls(), DOCKER_CERT_PATH: other });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^image-size-guard: The TLS connection to the Docker daemon at DOCKER_HOST=tcp://127\\.0\\.0\\.1:${tlsPort} failed \\(\\w+\\): check DOCKER_CERT_PATH or the context's certificates\\n$`,
      ),
    );
  });
});

describe('a docker context made with docker context create', () => {
  let config: string;
  const name = `isg-tls-${process.pid}`;

  beforeAll(async () => {
    config = path.join(work, 'docker-config');
    await fs.mkdir(config);
    const host = `host=tcp://127.0.0.1:${tlsPort},ca=${certs}/ca.pem,cert=${certs}/cert.pem,key=${certs}/key.pem`;
    await run('docker', ['context', 'create', name, '--docker', host], {
      env: { ...process.env, DOCKER_CONFIG: config },
    });
  });

  it('selected with DOCKER_CONTEXT', async () => {
    const before = tlsConnections();
    const r = await analyze({ DOCKER_HOST: undefined, DOCKER_CONFIG: config, DOCKER_CONTEXT: name });
    // Through the context's TLS endpoint, not the default socket.
    expect(tlsConnections()).toBeGreaterThan(before);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toEqual(expected);
  });

  it('selected with docker context use, as the docker CLI then reaches it', async () => {
    const env = { ...process.env, DOCKER_HOST: undefined, DOCKER_CONTEXT: undefined, DOCKER_CONFIG: config };
    await run('docker', ['context', 'use', name], { env });
    // The docker CLI's own view: this config's current context is the TLS listener.
    expect(
      (await run('docker', ['context', 'inspect', '--format', '{{.Endpoints.docker.Host}}'], { env })).trim(),
    ).toBe(`tcp://127.0.0.1:${tlsPort}`);
    const before = tlsConnections();
    const r = await analyze({ DOCKER_HOST: undefined, DOCKER_CONTEXT: undefined, DOCKER_CONFIG: config });
    // Through the context's TLS endpoint, not the default socket.
    expect(tlsConnections()).toBeGreaterThan(before);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toEqual(expected);
  });

  it('DOCKER_HOST wins over DOCKER_CONTEXT, as with the docker CLI', async () => {
    const before = tlsConnections();
    const r = await analyze({
      DOCKER_HOST: 'unix:///var/run/docker.sock',
      DOCKER_CONFIG: config,
      DOCKER_CONTEXT: name,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(tlsConnections()).toBe(before);
    expect(r.json).toEqual(expected);
  });

  it('a context that does not exist is named in one line', async () => {
    const r = await analyze({ DOCKER_HOST: undefined, DOCKER_CONFIG: config, DOCKER_CONTEXT: 'isg-nowhere' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `image-size-guard: The docker context "isg-nowhere" does not exist in ${config}: run docker context use default, or create it\n`,
    );
  });
});

describe('a daemon that accepts connections and never answers', () => {
  it('fails after the timeout with one line naming the address', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const started = Date.now();
      const r = await analyze({ DOCKER_HOST: `tcp://127.0.0.1:${port}`, IMAGE_SIZE_GUARD_DOCKER_TIMEOUT: '2' });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `image-size-guard: The Docker daemon at DOCKER_HOST=tcp://127.0.0.1:${port} did not answer within 2 s: check that it is running, or raise IMAGE_SIZE_GUARD_DOCKER_TIMEOUT\n`,
      );
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      silent.close();
    }
  });
});

describe('a daemon whose export is slow', () => {
  /**
   * The Engine API on a TCP port, passed through to the real daemon's socket, with the export's
   * body let out in ten pieces 0.7 s apart: the whole export takes several times the timeout.
   * With `stopAfter`, the body stops after that many pieces and the connection stays open.
   */
  async function slowDaemon(stopAfter?: number): Promise<{ port: number; close: () => void }> {
    const server = http.createServer((req, res) => {
      const upstream = http.request(
        { socketPath: '/var/run/docker.sock', path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode!, answer.headers);
          if (!/\/images\/[^/]+\/get(\?|$)/.test(req.url!)) return void answer.pipe(res);
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', async () => {
            const all = Buffer.concat(body);
            const size = Math.ceil(all.length / 10);
            for (let at = 0, piece = 0; at < all.length; at += size, piece++) {
              if (piece === stopAfter) return; // silent from here on, the connection open
              res.write(all.subarray(at, at + size));
              await new Promise((r) => setTimeout(r, 700));
            }
            res.end();
          });
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      port: (server.address() as net.AddressInfo).port,
      close: () => {
        server.closeAllConnections();
        server.close();
      },
    };
  }

  it('is read to its end while it keeps sending, however long it takes in all', async () => {
    const daemon = await slowDaemon();
    try {
      const started = Date.now();
      const r = await analyze({ DOCKER_HOST: `tcp://127.0.0.1:${daemon.port}`, IMAGE_SIZE_GUARD_DOCKER_TIMEOUT: '2' });
      expect(r.code, r.stderr).toBe(0);
      expect(r.json).toEqual(expected);
      expect(Date.now() - started).toBeGreaterThan(2 * 2000);
    } finally {
      daemon.close();
    }
  }, 60_000);

  it('stops with one line when it falls silent for longer than the timeout', async () => {
    const daemon = await slowDaemon(2);
    try {
      const r = await analyze({ DOCKER_HOST: `tcp://127.0.0.1:${daemon.port}`, IMAGE_SIZE_GUARD_DOCKER_TIMEOUT: '2' });
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toContain(`DOCKER_HOST=tcp://127.0.0.1:${daemon.port} did not answer within 2 s`);
    } finally {
      daemon.close();
    }
  }, 60_000);
});

describe('DOCKER_HOST=ssh:// to a local sshd', () => {
  let home: string;
  let sshPort: number;
  let knownHosts: string;

  beforeAll(async () => {
    // A throwaway sshd on 127.0.0.1 with its own host key, letting in one throwaway user key; the
    // remote side runs `docker system dial-stdio` to the real daemon, as for any ssh:// host.
    const dir = path.join(work, 'ssh');
    home = path.join(dir, 'home');
    await fs.mkdir(path.join(home, '.ssh'), { recursive: true });
    await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(dir, 'host_key')]);
    await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(home, '.ssh', 'id_ed25519')]);
    await fs.copyFile(path.join(home, '.ssh', 'id_ed25519.pub'), path.join(dir, 'authorized_keys'));
    await fs.mkdir('/run/sshd', { recursive: true });
    sshPort = await freePort();
    const config = [
      `Port ${sshPort}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${dir}/host_key`,
      `AuthorizedKeysFile ${dir}/authorized_keys`,
      `PidFile ${dir}/sshd.pid`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'StrictModes no',
      'UsePAM no',
    ];
    await fs.writeFile(path.join(dir, 'sshd_config'), config.join('\n') + '\n');
    await start('/usr/sbin/sshd', ['-f', path.join(dir, 'sshd_config'), '-D', '-e'], sshPort);
    const hostKey = await fs.readFile(path.join(dir, 'host_key.pub'), 'utf8');
    knownHosts = `[127.0.0.1]:${sshPort} ${hostKey}`;
    await fs.writeFile(path.join(home, '.ssh', 'known_hosts'), knownHosts);
  });

  it('the CLI measures the image as over the default socket, with the key in ~/.ssh', async () => {
    const user = os.userInfo().username;
    const r = await analyze({
      HOME: home,
      SSH_AUTH_SOCK: undefined,
      DOCKER_HOST: `ssh://${user}@127.0.0.1:${sshPort}`,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.json).toEqual(expected);
  });

  it('a key the server does not know is refused with one line', async () => {
    const stranger = path.join(work, 'stranger');
    await fs.mkdir(path.join(stranger, '.ssh'), { recursive: true });
    await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(stranger, '.ssh', 'id_ed25519')]);
    await fs.writeFile(path.join(stranger, '.ssh', 'known_hosts'), knownHosts);
    const host = `ssh://${os.userInfo().username}@127.0.0.1:${sshPort}`;
    const r = await analyze({ HOME: stranger, SSH_AUTH_SOCK: undefined, DOCKER_HOST: host });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `image-size-guard: Cannot reach the Docker daemon at DOCKER_HOST=${host} over SSH (All configured authentication methods failed): check the user, the key in ~/.ssh or SSH_AUTH_SOCK\n`,
    );
  });

  it('a host whose key is not in ~/.ssh/known_hosts is refused with one line, as ssh refuses it', async () => {
    const unknown = path.join(work, 'unknown-host');
    await fs.mkdir(path.join(unknown, '.ssh'), { recursive: true });
    await fs.copyFile(path.join(home, '.ssh', 'id_ed25519'), path.join(unknown, '.ssh', 'id_ed25519'));
    const host = `ssh://${os.userInfo().username}@127.0.0.1:${sshPort}`;
    const r = await analyze({ HOME: unknown, SSH_AUTH_SOCK: undefined, DOCKER_HOST: host });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `image-size-guard: Cannot reach the Docker daemon at DOCKER_HOST=${host} over SSH: the host's key is not in ~/.ssh/known_hosts; add it (ssh-keyscan, or ssh to the host once)\n`,
    );
  });
});

describe("Docker Desktop's socket when the standard one is missing", () => {
  it('the CLI finds ~/.docker/run/docker.sock and measures the image', async () => {
    // Docker Desktop serves the daemon at ~/.docker/run/docker.sock; socat stands in for it, and a
    // private mount namespace with an empty /run hides /var/run/docker.sock from the CLI only.
    const home = path.join(work, 'desktop');
    const socket = path.join(home, '.docker', 'run', 'docker.sock');
    await fs.mkdir(path.dirname(socket), { recursive: true });
    const child = spawn('socat', [`UNIX-LISTEN:${socket},fork`, 'UNIX-CONNECT:/var/run/docker.sock'], {
      stdio: 'ignore',
    });
    children.push(child);
    for (let i = 0; i < 50 && !(await fs.stat(socket).catch(() => null)); i++)
      await new Promise((r) => setTimeout(r, 100));

    const hidden = ['-m', 'sh', '-c', 'mount -t tmpfs none /run && exec "$0" "$@"', NODE24, CLI, 'analyze', image];
    const env = {
      ...process.env,
      HOME: home,
      DOCKER_HOST: undefined,
      DOCKER_CONTEXT: undefined,
      DOCKER_CONFIG: undefined,
    };
    const r = await exec('unshare', [...hidden, '--format', 'json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(figures(JSON.parse(r.stdout))).toEqual(expected);
  });
});
