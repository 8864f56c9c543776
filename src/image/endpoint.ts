import { createHash, createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as https from 'node:https';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DockerOptions } from 'dockerode';
import { UserError } from '../errors.js';

/** Where the Docker daemon is, as the docker CLI would find it, and how to name it in a message. */
export interface Endpoint {
  options: EngineOptions;
  /** What the user set that led here (`DOCKER_HOST=…`, `context "x" (tcp://…)`, or the socket). */
  address: string;
}

/** dockerode's options, with the https agent docker-modem also accepts. */
export type EngineOptions = DockerOptions & { agent?: https.Agent };

const STANDARD_SOCKET = '/var/run/docker.sock';

/**
 * Resolves the endpoint the way the docker CLI does: DOCKER_HOST wins; else DOCKER_CONTEXT, else
 * the config's `currentContext`, read from Docker's context store with its TLS material; else the
 * standard socket, or Docker Desktop's per-user socket when the standard one is missing.
 */
export function resolveEndpoint(env: NodeJS.ProcessEnv = process.env): Endpoint {
  const host = env.DOCKER_HOST?.trim();
  if (host) return fromHost(host, `DOCKER_HOST=${host}`, envTls(env), env);
  const configDir = env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
  const context = env.DOCKER_CONTEXT?.trim() || currentContext(configDir);
  if (context && context !== 'default') return fromContext(context, configDir, env);
  const desktop = path.join(os.homedir(), '.docker', 'run', 'docker.sock');
  const socket = !existsSync(STANDARD_SOCKET) && existsSync(desktop) ? desktop : STANDARD_SOCKET;
  return { options: { socketPath: socket }, address: `unix://${socket}` };
}

interface Tls {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  verify: boolean;
}

/** DOCKER_TLS_VERIFY (any value) or DOCKER_TLS: certificates from DOCKER_CERT_PATH or ~/.docker. */
function envTls(env: NodeJS.ProcessEnv): Tls | null {
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  if (!verify && !env.DOCKER_TLS) return null;
  const dir = env.DOCKER_CERT_PATH || path.join(os.homedir(), '.docker');
  const read = (name: string, required: boolean): Buffer | undefined => {
    const file = path.join(dir, name);
    if (existsSync(file)) return readFileSync(file);
    if (required)
      throw new UserError(
        `DOCKER_TLS_VERIFY is set but ${file} is missing: set DOCKER_CERT_PATH to the folder of ca.pem, cert.pem and key.pem`,
      );
    return undefined;
  };
  return { ca: read('ca.pem', verify), cert: read('cert.pem', false), key: read('key.pem', false), verify };
}

function fromHost(host: string, address: string, tls: Tls | null, env: NodeJS.ProcessEnv): Endpoint {
  if (host.startsWith('unix://')) return { options: { socketPath: host.slice('unix://'.length) }, address };
  let url: URL;
  try {
    url = new URL(host.includes('://') ? host : `tcp://${host}`);
  } catch {
    throw unsupported(address);
  }
  if (url.protocol === 'ssh:') return { options: sshOptions(url, env), address };
  if (!['tcp:', 'http:', 'https:'].includes(url.protocol) || !url.hostname) throw unsupported(address);
  const secure = tls !== null || url.protocol === 'https:';
  const port = Number(url.port || (secure ? 2376 : 2375));
  const options: EngineOptions = { host: url.hostname, port, protocol: secure ? 'https' : 'http' };
  if (tls) {
    Object.assign(options, { ca: tls.ca, cert: tls.cert, key: tls.key });
    // DOCKER_TLS without DOCKER_TLS_VERIFY (or a context's SkipTLSVerify) encrypts but does not check
    // the daemon's certificate, as the docker CLI does.
    if (!tls.verify) options.agent = new https.Agent({ rejectUnauthorized: false, cert: tls.cert, key: tls.key });
  }
  return { options, address };
}

function unsupported(address: string): UserError {
  return new UserError(
    `${address} is not supported: use unix:///path/to/docker.sock, tcp://host:port or ssh://user@host`,
  );
}

/**
 * ssh://[user@]host[:port], as the docker CLI runs `docker system dial-stdio` over SSH: the agent at
 * SSH_AUTH_SOCK and the user's default key (~/.ssh/id_ed25519, id_ecdsa, id_rsa) authenticate, and
 * the host's key must be in ~/.ssh/known_hosts, as ssh insists when it cannot ask.
 */
function sshOptions(url: URL, env: NodeJS.ProcessEnv): EngineOptions {
  const home = env.HOME || os.homedir();
  const keyFile = ['id_ed25519', 'id_ecdsa', 'id_rsa'].map((k) => path.join(home, '.ssh', k)).find(existsSync);
  return {
    protocol: 'ssh',
    host: url.hostname,
    port: Number(url.port || 22),
    username: decodeURIComponent(url.username) || os.userInfo().username,
    sshOptions: {
      hostVerifier: knownHost(path.join(home, '.ssh', 'known_hosts'), url.hostname, Number(url.port || 22)),
      ...(env.SSH_AUTH_SOCK ? { agent: env.SSH_AUTH_SOCK } : {}),
      ...(keyFile ? { privateKey: readFileSync(keyFile) } : {}),
    },
  };
}

/**
 * Accepts the key the server offers only when known_hosts lists it for this host: plain names,
 * `[host]:port` for other ports, and hashed entries (`|1|salt|hash`, HMAC-SHA1 of the name).
 */
function knownHost(file: string, host: string, port: number): (key: Buffer) => boolean {
  const name = port === 22 ? host : `[${host}]:${port}`;
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  const matches = (pattern: string): boolean => {
    if (!pattern.startsWith('|1|')) return pattern === name;
    const [, , salt, hash] = pattern.split('|');
    if (!salt || !hash) return false;
    return createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash;
  };
  return (key) =>
    lines.some((line) => {
      const [hosts, , b64] = line.trim().split(/\s+/);
      if (!hosts || !b64 || hosts.startsWith('#') || hosts.startsWith('@')) return false;
      return hosts.split(',').some(matches) && Buffer.from(b64, 'base64').equals(key);
    });
}

function currentContext(configDir: string): string | undefined {
  const file = path.join(configDir, 'config.json');
  if (!existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { currentContext?: string }).currentContext || undefined;
  } catch {
    throw new UserError(`${file} is not valid JSON: fix it, or set DOCKER_HOST`);
  }
}

interface ContextMeta {
  Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } };
}

/** A context of Docker's store: contexts/meta/<sha256 of name>/meta.json and contexts/tls/<same>/docker/*.pem. */
function fromContext(name: string, configDir: string, env: NodeJS.ProcessEnv): Endpoint {
  const id = createHash('sha256').update(name).digest('hex');
  const metaFile = path.join(configDir, 'contexts', 'meta', id, 'meta.json');
  if (!existsSync(metaFile)) {
    throw new UserError(
      `The docker context "${name}" does not exist in ${configDir}: run docker context use default, or create it`,
    );
  }
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as ContextMeta;
  const endpoint = meta.Endpoints?.docker;
  if (!endpoint?.Host)
    throw new UserError(`The docker context "${name}" has no Docker endpoint: set its host with docker context update`);
  const tlsDir = path.join(configDir, 'contexts', 'tls', id, 'docker');
  const file = (n: string) => (existsSync(path.join(tlsDir, n)) ? readFileSync(path.join(tlsDir, n)) : undefined);
  const material = { ca: file('ca.pem'), cert: file('cert.pem'), key: file('key.pem') };
  const tls: Tls | null =
    material.ca || material.cert || endpoint.SkipTLSVerify ? { ...material, verify: !endpoint.SkipTLSVerify } : null;
  return fromHost(endpoint.Host, `context "${name}" (${endpoint.Host})`, tls, env);
}
