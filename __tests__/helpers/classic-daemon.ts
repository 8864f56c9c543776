/**
 * A second dockerd with the classic image store (overlay2, no containerd snapshotter), as GitHub's
 * ubuntu-24.04 runners have it, beside the machine's own daemon: its own data root, socket and
 * containerd namespaces, and no bridge network (there is none to NAT to here). Nothing can be pulled,
 * so base images are copied into it from the main daemon.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { exec, run } from './exec.js';

export interface ClassicDaemon {
  /** `unix://…/docker.sock`, for DOCKER_HOST. */
  host: string;
  /** Runs the docker CLI against this daemon. */
  docker(args: string[]): Promise<string>;
  stop(): Promise<void>;
}

export async function startClassicDaemon(): Promise<ClassicDaemon> {
  // A short path: a unix socket's path may not be longer than 107 bytes.
  const dir = await fs.mkdtemp('/tmp/isg-classic-');
  const config = path.join(dir, 'daemon.json');
  await fs.writeFile(config, '{}');
  const socket = path.join(dir, 'docker.sock');
  const namespace = `isg-classic-${randomBytes(3).toString('hex')}`;
  const log = await fs.open(path.join(dir, 'dockerd.log'), 'w');
  const child = spawn(
    'dockerd',
    [
      '--config-file',
      config,
      '--data-root',
      path.join(dir, 'root'),
      '--exec-root',
      path.join(dir, 'exec'),
      '--pidfile',
      path.join(dir, 'docker.pid'),
      '-H',
      `unix://${socket}`,
      '--iptables=false',
      '--bridge=none',
      '--containerd-namespace',
      namespace,
      '--containerd-plugins-namespace',
      `plugins.${namespace}`,
    ],
    { stdio: ['ignore', log.fd, log.fd], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const host = `unix://${socket}`;
  const env = { ...process.env, DOCKER_HOST: host };
  const docker = (args: string[]) => run('docker', args, { env });

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await log.close();
    await fs.rm(dir, { recursive: true, force: true });
  };

  for (let i = 0; ; i++) {
    if ((await exec('docker', ['info'], { env })).code === 0) break;
    if (i === 60 || child.exitCode !== null) {
      const text = await fs.readFile(path.join(dir, 'dockerd.log'), 'utf8').catch(() => '');
      await stop();
      throw new Error(`The classic-store dockerd did not start:\n${text.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { host, docker, stop };
}

/** Copies an image from the main daemon into `daemon` (docker save | docker load). */
export async function copyImage(ref: string, daemon: ClassicDaemon): Promise<void> {
  const env = { ...process.env };
  delete env.DOCKER_HOST;
  await run('sh', ['-c', 'docker save "$1" | DOCKER_HOST="$2" docker load', 'sh', ref, daemon.host], { env });
}
