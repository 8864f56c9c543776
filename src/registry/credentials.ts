/**
 * Registry credentials found the way the docker CLI finds them: `$DOCKER_CONFIG/config.json` (else
 * `~/.docker/config.json`), where docker/login-action writes them: a helper named for the host in
 * `credHelpers`, else the `credsStore` helper, else the base64 `auth` (or username/password) in
 * `auths`. A helper is the program `docker-credential-NAME` on PATH, asked with `get`.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { UserError } from '../errors.js';
import { DOCKER_HUB, DOCKER_HUB_AUTH_KEY } from './reference.js';

export interface Credentials {
  username: string;
  password: string;
  /** An OAuth refresh token (`identitytoken`), traded for access tokens instead of the password. */
  identityToken?: string;
}

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
}

interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

/** How long a credential helper may take. */
const HELPER_TIMEOUT_MS = 30_000;

export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
  return path.join(dir, 'config.json');
}

/** The key docker uses for a registry: Docker Hub's is its old index URL. */
function authKey(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : registry;
}

/** `https://ghcr.io/v1/` and `ghcr.io` name the same registry in `auths`. */
function hostOf(key: string): string {
  return key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}

/** The credentials for `registry`, or null to go anonymous. */
export async function findCredentials(
  registry: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Credentials | null> {
  const file = dockerConfigPath(env);
  const text = await fs.readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  let config: DockerConfig;
  try {
    config = JSON.parse(text) as DockerConfig;
  } catch {
    throw new UserError(`${file} is not valid JSON: fix it, or log in again (docker login, docker/login-action)`);
  }
  const key = authKey(registry);
  const wanted = hostOf(key);
  const helper =
    config.credHelpers?.[key] ??
    Object.entries(config.credHelpers ?? {}).find(([k]) => hostOf(k) === wanted)?.[1] ??
    config.credsStore;
  if (helper) {
    const found = await fromHelper(helper, key, env);
    if (found) return found;
  }
  const entry =
    config.auths?.[key] ?? Object.entries(config.auths ?? {}).find(([k]) => hostOf(k) === wanted)?.[1] ?? null;
  return entry ? fromEntry(entry, file, registry) : null;
}

function fromEntry(entry: AuthEntry, file: string, registry: string): Credentials | null {
  let username = entry.username ?? '';
  let password = entry.password ?? '';
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1) {
      throw new UserError(`${file}: the auth entry for ${registry} is not user:password in base64: log in again`);
    }
    username = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
  }
  if (entry.identitytoken) return { username, password, identityToken: entry.identitytoken };
  return username || password ? { username, password } : null;
}

/** Asks `docker-credential-NAME get`; a helper that knows nothing of the host gives null. */
async function fromHelper(name: string, key: string, env: NodeJS.ProcessEnv): Promise<Credentials | null> {
  if (!/^[\w.-]+$/.test(name))
    throw new UserError(`The credential helper name "${name}" is not valid: fix config.json`);
  const program = `docker-credential-${name}`;
  const asked = (serverUrl: string) =>
    new Promise<{ code: number | string; stdout: string }>((resolve) => {
      const child = execFile(program, ['get'], { env, timeout: HELPER_TIMEOUT_MS }, (err, stdout) => {
        const code = err ? ((err as NodeJS.ErrnoException).code ?? (err as { status?: number }).status ?? 1) : 0;
        resolve({ code: code as number | string, stdout });
      });
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(serverUrl);
    });
  let answer = await asked(key);
  // Helpers store what `docker login` was given: Docker Hub's key, else the bare host.
  if (answer.code !== 0 && key !== hostOf(key)) answer = await asked(hostOf(key));
  if (answer.code === 'ENOENT') {
    throw new UserError(
      `The credential helper ${program} named in config.json is not on PATH: install it or log in again`,
    );
  }
  // "credentials not found in native keychain" and the like: anonymous access may still do.
  if (answer.code !== 0) return null;
  let parsed: { Username?: unknown; Secret?: unknown };
  try {
    parsed = JSON.parse(answer.stdout) as typeof parsed;
  } catch {
    throw new UserError(`The credential helper ${program} answered something that is not JSON: check the helper`);
  }
  const username = typeof parsed.Username === 'string' ? parsed.Username : '';
  const secret = typeof parsed.Secret === 'string' ? parsed.Secret : '';
  if (!secret) return null;
  // A helper that holds a refresh token says so with this user name.
  if (username === '<token>') return { username: '', password: '', identityToken: secret };
  return { username, password: secret };
}
