import * as path from 'node:path';
import { ensureBusybox } from './base-images.js';
import { exec, run } from './exec.js';

/**
 * Integration tests need a running dockerd with buildx. On a machine that lacks one, the same
 * script CI uses installs and starts it, so `npm ci && npm test` is all a newcomer runs.
 */
export default async function setup(): Promise<void> {
  const ready = (await exec('docker', ['buildx', 'version'])).code === 0 && (await exec('docker', ['info'])).code === 0;
  const tools =
    (
      await exec('sh', [
        '-c',
        'command -v busybox && command -v debootstrap && command -v cmark-gfm && command -v chromium && command -v socat && test -x /usr/sbin/sshd && test -x /usr/bin/docker-registry && command -v htpasswd && command -v rpm',
      ])
    ).code === 0;
  if (!ready || !tools) {
    await run('bash', [path.resolve(import.meta.dirname, '../../.ci/prepare-machine.sh')], {
      stdio: 'inherit',
    } as never);
  }
  await ensureBusybox();
}
