/**
 * The builder a build runs on. buildx's `docker` driver on a daemon with the classic image store (GitHub's
 * ubuntu-24.04 runners, Docker 28) can export neither an OCI layout nor a local cache, so this is found out
 * before anything is restored, and then a `docker-container` builder is created the way
 * docker/setup-buildx-action creates one, the image is built into the daemon and measured from there, or
 * the step fails with the fixes.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import type { CacheMode } from './types.js';

export const BUILDER_SETUPS = ['create', 'fail'] as const;
export type BuilderSetup = (typeof BUILDER_SETUPS)[number];

export function parseBuilderSetup(text: string): BuilderSetup {
  const value = (text.trim() || 'create').toLowerCase();
  if (!(BUILDER_SETUPS as readonly string[]).includes(value)) {
    throw new UserError(
      `Input "builder-setup" is "${text.trim().slice(0, 40)}": use one of ${BUILDER_SETUPS.join(', ')}`,
    );
  }
  return value as BuilderSetup;
}

/** Where the daemon keeps images: containerd's image store, or the classic graph drivers (overlay2, …). */
export type ImageStore = 'containerd' | 'classic';

/** The `Driver:` line of `docker buildx inspect`: `docker`, `docker-container`, `remote`, `kubernetes`, … */
export function parseBuilderDriver(inspectOutput: string): string | null {
  return /^Driver:[ \t]+(\S+)/m.exec(inspectOutput)?.[1] ?? null;
}

/**
 * `docker info --format '{{json .DriverStatus}}'`: the containerd store reports
 * `[["driver-type","io.containerd.snapshotter.v1"]]`, overlay2 its backing filesystem and the like.
 */
export function parseImageStore(driverStatusJson: string): ImageStore | null {
  let status: unknown;
  try {
    status = JSON.parse(driverStatusJson.trim());
  } catch {
    return null;
  }
  if (!Array.isArray(status)) return null;
  const snapshotter = status.some(
    (pair) =>
      Array.isArray(pair) && pair[0] === 'driver-type' && String(pair[1]).startsWith('io.containerd.snapshotter'),
  );
  return snapshotter ? 'containerd' : 'classic';
}

/** Whether a builder can write an OCI layout and a local cache: all but `docker` on the classic store. */
export function exportsLayout(driver: string, store: ImageStore): boolean {
  return driver !== 'docker' || store === 'containerd';
}

/**
 * What to build with:
 * - `as-is`: the selected builder exports what the build needs;
 * - `create`: a `docker-container` builder, made for this build and removed after it;
 * - `daemon`: the `docker` builder loads the image into the daemon, where it is measured (only with
 *   `cache: none`: the classic store keeps no exportable cache), its compressed sizes estimated.
 */
export type BuilderPlan = 'as-is' | 'create' | 'daemon';

export interface BuilderSituation {
  driver: string;
  store: ImageStore;
  /** The `builder` input: a builder the workflow chose is used, never replaced. */
  named: string;
  setup: BuilderSetup;
  cache: CacheMode;
}

export function planBuilder(s: BuilderSituation): BuilderPlan {
  if (exportsLayout(s.driver, s.store)) return 'as-is';
  if (!s.named && s.setup === 'create') return 'create';
  if (s.cache === 'none') return 'daemon';
  throw classicStoreError(s.named);
}

/** The one line that names the fixes when the builder cannot export what the build needs. */
export function classicStoreError(named: string, why = ''): UserError {
  const which = named ? `The builder "${named}"` : "The runner's default builder";
  return new UserError(
    `${which} uses the docker driver on the classic image store, which cannot export the image or its build cache` +
      `${why ? ` (${why})` : ''}: set up a builder with docker/setup-buildx-action, enable the containerd image store, ` +
      'or set cache: none to build into the daemon and measure the image there',
  );
}

export interface BuilderInfo {
  driver: string;
  store: ImageStore;
}

/** The selected builder's driver and the daemon's image store, read from the docker CLI. */
export async function detectBuilder(named: string, docker = 'docker'): Promise<BuilderInfo> {
  const inspect = await runDocker(docker, ['buildx', 'inspect', ...(named ? ['--builder', named] : [])]);
  const driver = inspect.code === 0 ? parseBuilderDriver(inspect.output) : null;
  const unreachable = /Cannot connect to the Docker daemon at (\S+?)\.? Is the docker daemon running/.exec(
    inspect.output,
  );
  if (unreachable) {
    throw new UserError(
      `Cannot reach the Docker daemon at ${unreachable[1]}: start dockerd, or set DOCKER_HOST to a running daemon`,
    );
  }
  if (!driver) {
    throw new UserError(
      named
        ? `No buildx builder "${named}" (docker buildx inspect failed): create it, e.g. with docker/setup-buildx-action, or leave "builder" empty`
        : `docker buildx inspect failed: ${lastLine(inspect.output)}`,
    );
  }
  const info = await runDocker(docker, ['info', '--format', '{{json .DriverStatus}}']);
  // A builder that does not run on the daemon (docker-container, remote) needs no store; assume the classic
  // one when the daemon cannot be asked, since that is the case that needs care.
  const store = (info.code === 0 ? parseImageStore(info.output) : null) ?? 'classic';
  return { driver, store };
}

/**
 * `docker buildx create` as docker/setup-buildx-action runs it (a `builder-` name, the `docker-container`
 * driver, buildkitd allowed the `network.host` and `security.insecure` entitlements), with the host's network
 * when the build asks for it, then booted so a failure shows here and not as a build error.
 */
export function createArgv(name: string, network: string): string[] {
  return [
    'buildx',
    'create',
    '--name',
    name,
    '--driver',
    'docker-container',
    ...(network === 'host' ? ['--driver-opt', 'network=host'] : []),
    '--buildkitd-flags',
    '--allow-insecure-entitlement security.insecure --allow-insecure-entitlement network.host',
  ];
}

export function newBuilderName(): string {
  return `image-size-guard-${randomBytes(6).toString('hex')}`;
}

/** Creates and boots a builder; on failure removes what was made and returns the reason in one line. */
export async function createBuilder(name: string, network: string, docker = 'docker'): Promise<string | null> {
  const created = await runDocker(docker, createArgv(name, network));
  if (created.code !== 0) return lastLine(created.output);
  const booted = await runDocker(docker, ['buildx', 'inspect', '--bootstrap', '--builder', name]);
  if (booted.code === 0) return null;
  await removeBuilder(name, docker);
  return lastLine(booted.output);
}

export async function removeBuilder(name: string, docker = 'docker'): Promise<void> {
  await runDocker(docker, ['buildx', 'rm', '--force', name]);
}

export function runDocker(docker: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(docker, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve({ code: 1, output: '' }));
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

export function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter((l) => l.trim())
      .at(-1) ?? 'no output'
  );
}
