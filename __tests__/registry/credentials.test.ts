/** Credentials found as the docker CLI finds them, from a config.json in a temporary DOCKER_CONFIG. */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCredentials } from '../../src/registry/credentials.js';

let dir: string;
let bin: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-creds-'));
  bin = path.join(dir, 'bin');
  await fs.mkdir(bin);
  // A credential helper that knows one server and remembers what it was asked.
  await fs.writeFile(
    path.join(bin, 'docker-credential-unittest'),
    `#!/bin/sh\nread server\necho "$server" >> ${dir}/asked\ncase "$server" in\n` +
      `  helped.example) echo '{"ServerURL":"helped.example","Username":"robot","Secret":"s3"}' ;;\n` +
      `  https://index.docker.io/v1/) echo '{"ServerURL":"x","Username":"<token>","Secret":"refresh"}' ;;\n` +
      `  *) echo "credentials not found in native keychain"; exit 1 ;;\nesac\n`,
    { mode: 0o755 },
  );
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function withConfig(config: object): Promise<NodeJS.ProcessEnv> {
  const home = await fs.mkdtemp(path.join(dir, 'config-'));
  await fs.writeFile(path.join(home, 'config.json'), JSON.stringify(config));
  return { DOCKER_CONFIG: home, PATH: `${bin}:${process.env.PATH}` };
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('findCredentials', () => {
  it('reads auths, whatever form of the host its key has', async () => {
    const env = await withConfig({
      auths: {
        'ghcr.io': { auth: b64('me:pw:with:colons') },
        'https://quay.io/v1/': { username: 'u', password: 'p' },
        'https://index.docker.io/v1/': { auth: b64('hub:pw') },
      },
    });
    expect(await findCredentials('ghcr.io', env)).toEqual({ username: 'me', password: 'pw:with:colons' });
    expect(await findCredentials('quay.io', env)).toEqual({ username: 'u', password: 'p' });
    expect(await findCredentials('docker.io', env)).toEqual({ username: 'hub', password: 'pw' });
    expect(await findCredentials('other.example', env)).toBeNull();
  });

  it('asks the helper credHelpers names for the host, else credsStore, else falls back to auths', async () => {
    const env = await withConfig({
      credHelpers: { 'helped.example': 'unittest' },
      credsStore: 'unittest',
      auths: { 'plain.example': { auth: b64('a:b') } },
    });
    expect(await findCredentials('helped.example', env)).toEqual({ username: 'robot', password: 's3' });
    // The store answers with a refresh token for Docker Hub (user name "<token>").
    expect(await findCredentials('docker.io', env)).toEqual({ username: '', password: '', identityToken: 'refresh' });
    // The store knows nothing of it: auths still does.
    expect(await findCredentials('plain.example', env)).toEqual({ username: 'a', password: 'b' });
  });

  it('is null without a config.json, and says so in one line when it is broken', async () => {
    expect(await findCredentials('ghcr.io', { DOCKER_CONFIG: path.join(dir, 'none') })).toBeNull();
    const home = await fs.mkdtemp(path.join(dir, 'broken-'));
    await fs.writeFile(path.join(home, 'config.json'), '{"auths": {');
    await expect(findCredentials('ghcr.io', { DOCKER_CONFIG: home })).rejects.toThrow(
      `${home}/config.json is not valid JSON: fix it, or log in again (docker login, docker/login-action)`,
    );
  });

  it('names a helper that is not installed', async () => {
    const env = await withConfig({ credsStore: 'desktop' });
    await expect(findCredentials('ghcr.io', env)).rejects.toThrow(
      'The credential helper docker-credential-desktop named in config.json is not on PATH: install it or log in again',
    );
  });
});
