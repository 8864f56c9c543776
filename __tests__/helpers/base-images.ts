/**
 * Base images without a registry: nothing can be pulled here, so the tests make their own once and
 * reuse them (the daemon keeps them; the Debian root filesystem is also cached on disk).
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { exec, run } from './exec.js';

export const BUSYBOX = 'isg-base/busybox:1';
export const DEBIAN = 'isg-base/debian:bookworm';

const BUSYBOX_APPLETS = [
  'sh',
  'mkdir',
  'rm',
  'cp',
  'mv',
  'dd',
  'head',
  'cat',
  'echo',
  'ln',
  'touch',
  'ls',
  'chmod',
  'true',
  'truncate',
  'seq',
  'xargs',
  'find',
  'gzip',
  'tar',
  'sed',
  'printf',
  'test',
  'yes',
  'wc',
  'sync',
  'sleep',
  'chown',
];

const CACHE = process.env.ISG_TEST_CACHE ?? path.join(os.homedir(), '.cache', 'image-size-guard-tests');

async function imageExists(ref: string): Promise<boolean> {
  return (await exec('docker', ['image', 'inspect', ref])).code === 0;
}

/** A tiny base: Debian's static busybox and the applets the test recipes use. */
export async function ensureBusybox(): Promise<string> {
  if (await imageExists(BUSYBOX)) return BUSYBOX;
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-busybox-'));
  try {
    await fs.mkdir(path.join(root, 'bin'));
    await fs.mkdir(path.join(root, 'tmp'));
    await fs.copyFile('/bin/busybox', path.join(root, 'bin', 'busybox'));
    await fs.chmod(path.join(root, 'bin', 'busybox'), 0o755);
    for (const applet of BUSYBOX_APPLETS) await fs.symlink('busybox', path.join(root, 'bin', applet));
    await dockerImport(root, BUSYBOX);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
  return BUSYBOX;
}

/** A realistic base: Debian 12 minbase made by debootstrap (about 40 s the first time). */
export async function ensureDebian(): Promise<string> {
  if (await imageExists(DEBIAN)) return DEBIAN;
  const tarball = path.join(CACHE, 'debian-bookworm-minbase.tar');
  if (!(await fs.stat(tarball).catch(() => null))) {
    await fs.mkdir(CACHE, { recursive: true });
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-debian-'));
    try {
      await run('debootstrap', ['--variant=minbase', 'bookworm', root, await debianMirror()]);
      await run('tar', ['-C', root, '--numeric-owner', '-cf', `${tarball}.part`, '.']);
      await fs.rename(`${tarball}.part`, tarball);
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  }
  await run('sh', ['-c', 'docker import - "$1" < "$2"', 'sh', DEBIAN, tarball]);
  return DEBIAN;
}

async function dockerImport(root: string, ref: string): Promise<void> {
  await run('sh', ['-c', 'tar -C "$1" --numeric-owner -cf - . | docker import - "$2"', 'sh', root, ref]);
}

/** The archive URI the machine's own apt sources use (no host is hard-coded). */
async function debianMirror(): Promise<string> {
  const sources = await fs.readFile('/etc/apt/sources.list.d/debian.sources', 'utf8').catch(() => '');
  return /^URIs:\s*(\S+)/m.exec(sources)?.[1] ?? 'http://deb.debian.org/debian';
}
