/**
 * docker buildx: version detection and the build command line, both as pure functions, beside the
 * one method that runs it. The command is an argv array, never a shell string, and secrets reach
 * it only as file paths.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { UserError } from '../errors.js';
import type { BuildInputs } from './inputs.js';
import type { CacheMode } from './types.js';

/** `--progress=rawjson`, which the build statistics are read from, came with buildx 0.13. */
export const MIN_BUILDX = '0.13.0';
/** GitHub's cache service v2 (the only one since April 2025) needs buildx 0.21 / BuildKit 0.20. */
export const MIN_BUILDX_GHA = '0.21.0';

/** `github.com/docker/buildx v0.13.1 788433…` or a distribution's `… buildx 0.13.1+ds1 …` → `0.13.1`. */
export function parseVersion(output: string): string | null {
  return /buildx\S*\s+v?(\d+\.\d+\.\d+)/.exec(output)?.[1] ?? null;
}

/** Negative, zero or positive as a is older than, equal to or newer than b (`major.minor.patch`). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface CachePlan {
  mode: CacheMode;
  /** For `local`: the restored folder read from, and the fresh folder written to. */
  dir?: string;
  newDir?: string;
  scope: string;
  ref: string;
}

/** `--cache-from` / `--cache-to` for a cache mode; throws when this buildx cannot do what was asked. */
export function cacheArgs(version: string, plan: CachePlan, tags: readonly string[]): string[] {
  switch (plan.mode) {
    case 'none':
      return [];
    case 'local':
      return [
        ...(plan.dir ? ['--cache-from', `type=local,src=${plan.dir}`] : []),
        '--cache-to',
        `type=local,dest=${plan.newDir},mode=max`,
      ];
    case 'gha':
      if (compareVersions(version, MIN_BUILDX_GHA) < 0) {
        throw new UserError(
          `cache: gha needs buildx ${MIN_BUILDX_GHA} or newer for GitHub's cache service v2, and this runner has ${version}: ` +
            'set up a newer buildx (docker/setup-buildx-action) or use cache: local',
        );
      }
      return [
        '--cache-from',
        `type=gha,scope=${plan.scope}`,
        '--cache-to',
        `type=gha,scope=${plan.scope},mode=max,ignore-error=true`,
      ];
    case 'registry': {
      if (!plan.ref) throw new UserError('cache: registry needs "cache-ref", e.g. ghcr.io/org/app-cache');
      const ref = registryCacheRef(plan.ref, plan.scope);
      return [
        '--cache-from',
        `type=registry,ref=${ref}`,
        '--cache-to',
        `type=registry,ref=${ref},mode=max,ignore-error=true`,
      ];
    }
    case 'inline': {
      // The inline cache travels inside a pushed image, so it is read back from that image.
      const from = plan.ref || tags[0];
      return [...(from ? ['--cache-from', `type=registry,ref=${from}`] : []), '--cache-to', 'type=inline'];
    }
  }
}

/** A cache ref without a tag gets the scope as its tag, so each image has its own cache manifest. */
export function registryCacheRef(ref: string, scope: string): string {
  const lastSegment = ref.slice(ref.lastIndexOf('/') + 1);
  if (lastSegment.includes(':') || ref.includes('@')) return ref;
  return `${ref}:${scope.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 128)}`;
}

export interface BuildRequest {
  inputs: Omit<BuildInputs, 'secrets' | 'cache' | 'cacheRef' | 'cacheScope'>;
  /** Where the OCI layout folder is written. */
  outputDir: string;
  metadataFile: string;
  iidFile: string;
  /** Secret files by id: the values stay out of the command line. */
  secretFiles: { id: string; path: string }[];
  cache: string[];
  /**
   * `oci` writes the layout that is measured; `load` loads the same (by then cached) build into the
   * daemon. One build with both outputs would be cheaper, but BuildKit 0.13 then writes an OCI
   * index.json that points at an index blob missing from the layout.
   */
  exporter: 'oci' | 'load';
}

/**
 * The second build that loads the image into the daemon where it cannot load the OCI layout (see
 * ./load.ts): everything is in the builder's cache by then, so it runs without `--no-cache` and
 * `--pull`, which would build the image again, maybe differently; the cache was exported by the
 * first, and the metadata that counts is the first build's.
 */
export function loadRequest(req: BuildRequest): BuildRequest {
  return {
    ...req,
    inputs: { ...req.inputs, noCache: false, pull: false },
    cache: [],
    exporter: 'load',
    metadataFile: `${req.metadataFile}.load`,
  };
}

/** The full `docker` argv of a build. */
export function buildArgv(req: BuildRequest): string[] {
  const i = req.inputs;
  const argv = ['buildx', 'build', '--progress=rawjson'];
  if (i.builder) argv.push('--builder', i.builder);
  if (i.file) argv.push('--file', i.file);
  if (i.target) argv.push('--target', i.target);
  for (const arg of i.buildArgs) argv.push('--build-arg', arg);
  for (const ctx of i.buildContexts) argv.push('--build-context', ctx);
  for (const label of i.labels) argv.push('--label', label);
  if (i.platforms.length) argv.push('--platform', i.platforms.join(','));
  if (i.network) argv.push('--network', i.network);
  if (i.noCache) argv.push('--no-cache');
  if (i.pull) argv.push('--pull');
  for (const tag of i.tags) argv.push('--tag', tag);
  for (const s of req.secretFiles) argv.push('--secret', `id=${s.id},src=${s.path}`);
  for (const ssh of i.ssh) argv.push('--ssh', ssh);
  if (i.allow.length) argv.push('--allow', i.allow.join(','));
  for (const host of i.addHosts) argv.push('--add-host', host);
  if (i.shmSize) argv.push('--shm-size', i.shmSize);
  for (const limit of i.ulimit) argv.push('--ulimit', limit);
  for (const annotation of i.annotations) argv.push('--annotation', annotation);
  if (i.provenance) argv.push(`--provenance=${i.provenance}`);
  if (i.sbom) argv.push(`--sbom=${i.sbom}`);
  argv.push(...req.cache);
  // An OCI layout holds the blobs exactly as a registry would store them, compressed as a push
  // with the same `compression` would (base layers keep theirs, as a push keeps them).
  if (req.exporter === 'oci')
    argv.push('--output', `type=oci,dest=${req.outputDir},tar=false${compressionOptions(i.compression)}`);
  else argv.push('--load');
  argv.push('--metadata-file', req.metadataFile, '--iidfile', req.iidFile);
  argv.push(i.context || '.');
  return argv;
}

/** The exporter options for a compression; gzip is every exporter's default and adds none. */
export function compressionOptions(compression: BuildInputs['compression']): string {
  if (compression === 'zstd') return ',compression=zstd';
  // eStargz layers are gzip streams with a table of contents; they need OCI media types.
  if (compression === 'estargz') return ',compression=estargz,oci-mediatypes=true';
  return '';
}

export interface ProcessResult {
  code: number;
}

/** The installed buildx, found through the docker CLI on PATH. */
export class Buildx {
  constructor(
    readonly version: string,
    private readonly docker = 'docker',
  ) {}

  /** Fails with one line when the docker CLI or its buildx plugin is missing or too old. */
  static async detect(docker = 'docker'): Promise<Buildx> {
    let output: string;
    let code: number;
    try {
      ({ output, code } = await collect(docker, ['buildx', 'version']));
    } catch (err) {
      if ((err as { code?: string }).code === 'ENOENT') {
        throw new UserError('The docker CLI is not installed or not on PATH: install Docker with the buildx plugin');
      }
      throw err;
    }
    const version = code === 0 ? parseVersion(output) : null;
    if (!version) {
      throw new UserError(
        'docker buildx is not available (`docker buildx version` failed): install the buildx plugin, e.g. with docker/setup-buildx-action',
      );
    }
    if (compareVersions(version, MIN_BUILDX) < 0) {
      throw new UserError(
        `buildx ${version} is too old: image-size-guard needs buildx ${MIN_BUILDX} or newer (docker/setup-buildx-action installs the latest)`,
      );
    }
    return new Buildx(version, docker);
  }

  /** Runs docker with argv; each stderr line (where buildx writes progress) goes to onLine. */
  run(argv: string[], onLine: (line: string) => void, onStdout: (line: string) => void): Promise<ProcessResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.docker, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
      createInterface({ input: child.stderr }).on('line', onLine);
      createInterface({ input: child.stdout }).on('line', onStdout);
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1 }));
    });
  }
}

function collect(cmd: string, args: string[]): Promise<{ output: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ output: Buffer.concat(chunks).toString('utf8'), code: code ?? 1 }));
  });
}
