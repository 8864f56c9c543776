/**
 * Builds the image with buildx into an OCI layout under the runner's temp folder, with the cache the
 * user chose, and records what the build did. The layout is then measured like any other source.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { buildArgValues, maskArgv, redactor } from './args.js';
import {
  createBuilder,
  detectBuilder,
  type ImageStore,
  classicStoreError,
  newBuilderName,
  planBuilder,
  removeBuilder,
  runDocker,
  lastLine,
} from './builder.js';
import { buildArgv, Buildx, cacheArgs, loadRequest, type BuildRequest } from './buildx.js';
import { pruneBlobs } from './blobs.js';
import { LocalCache } from './cache.js';
import type { BuildInputs } from './inputs.js';
import { loadLayout } from './load.js';
import { ProgressReader, type BuildFailure } from './progress.js';
import type { BuildStats } from './types.js';

export interface BuildResult {
  /** The OCI layout folder holding the built image(s), or a `docker save` archive of the image built into the daemon. */
  source: string;
  stats: BuildStats;
  /** What the build produced: the index of a multi-platform build, else the manifest. */
  digest: string | null;
  /** The image id from --iidfile. */
  imageId: string | null;
}

export interface BuildEnv {
  tempDir: string;
  /** The commit being built. */
  sha: string;
  /** The cache scope when `cache-scope` is not set: the image's key, so a matrix never shares a cache. */
  scope: string;
  buildx?: Buildx;
}

/**
 * Builds on the selected builder when it can export the layout; otherwise (the `docker` driver on the
 * classic store, see ./builder.ts) on a `docker-container` builder made for this build, or into the daemon.
 */
export async function runBuild(inputs: BuildInputs, env: BuildEnv): Promise<BuildResult> {
  const dockerfile = await checkDockerfile(inputs);
  const buildx = env.buildx ?? (await Buildx.detect());
  core.info(`buildx ${buildx.version}`);
  const { driver, store } = await detectBuilder(inputs.builder);
  const plan = planBuilder({
    driver,
    store,
    named: inputs.builder,
    setup: inputs.builderSetup,
    cache: inputs.cache,
  });
  if (plan === 'as-is') return buildWith(inputs, env, dockerfile, buildx, store);
  if (plan === 'daemon') return buildIntoDaemon(inputs, env, buildx);

  const name = newBuilderName();
  const failed = await core.group('Creating a builder', () => createBuilder(name, inputs.network));
  if (failed) {
    if (inputs.cache === 'none') {
      core.warning(`Could not create a docker-container builder (${failed}): building into the daemon instead`);
      return buildIntoDaemon(inputs, env, buildx);
    }
    throw classicStoreError('', `creating a docker-container builder failed: ${failed}`);
  }
  core.info(
    `The default builder (docker driver, classic image store) cannot export the image: building with the docker-container builder ${name}, removed afterwards`,
  );
  try {
    return await buildWith({ ...inputs, builder: name }, env, dockerfile, buildx, store);
  } finally {
    await removeBuilder(name);
  }
}

/** The build into an OCI layout, with the cache restored before and saved after. */
async function buildWith(
  inputs: BuildInputs,
  env: BuildEnv,
  dockerfile: { path: string; hash: string },
  buildx: Buildx,
  /** The daemon's image store: the containerd store loads the measured layout itself. */
  store: ImageStore,
): Promise<BuildResult> {
  const work = path.join(env.tempDir, `image-size-guard-build-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(work, { recursive: true, mode: 0o700 });
  const scope = inputs.cacheScope || env.scope;

  // Refuse what this buildx cannot do before restoring anything.
  cacheArgs(buildx.version, { mode: inputs.cache, scope, ref: inputs.cacheRef, newDir: '-' }, inputs.tags);
  const local =
    inputs.cache === 'local'
      ? await core.group('Restoring the build cache', () =>
          LocalCache.restore(env.tempDir, scope, dockerfile.hash, { skip: inputs.noCache }),
        )
      : null;

  const secretFiles = await writeSecrets(inputs, work);
  const outputDir = path.join(work, 'oci');
  const metadataFile = path.join(work, 'metadata.json');
  const iidFile = path.join(work, 'iid');
  if (local) await local.seed(outputDir);
  const request: BuildRequest = {
    exporter: 'oci',
    inputs,
    outputDir,
    metadataFile,
    iidFile,
    secretFiles,
    cache: cacheArgs(
      buildx.version,
      {
        mode: inputs.cache,
        scope,
        ref: inputs.cacheRef,
        dir: local && (await local.exists()) ? local.dir : undefined,
        newDir: local?.newDir,
      },
      inputs.tags,
    ),
  };

  const redact = redactor(buildArgValues(inputs.buildArgs));
  const progress = new ProgressReader(redact);
  const loadProgress = new ProgressReader(redact);
  const started = Date.now();
  let code: number;
  let seconds: number;
  let failed = progress;
  try {
    code = await core.group(`Building ${inputs.context || '.'}`, () => runLogged(buildx, buildArgv(request), progress));
    // The build's time is that of the build that is measured; loading is extra.
    seconds = (Date.now() - started) / 1000;
    // The layout keeps only what the build exported, not every cached blob linked in before it.
    if (code === 0 && local) await pruneBlobs(outputDir);
    if (code === 0 && inputs.load) {
      if (store === 'containerd') {
        await core.group('Loading the measured image into Docker', async () => {
          const id = await loadLayout(outputDir, inputs.tags).catch((err: Error) => {
            throw new UserError(`Could not load the built image into Docker: ${redact(err.message)}`);
          });
          core.info(`Loaded ${id}${inputs.tags.length ? ` as ${inputs.tags.join(', ')}` : ''}`);
        });
      } else {
        code = await core.group('Loading the image into Docker', () =>
          runLogged(buildx, buildArgv(loadRequest(request)), loadProgress),
        );
        if (code !== 0) failed = loadProgress;
      }
    }
  } finally {
    await Promise.all(secretFiles.map((s) => fs.rm(s.path, { force: true })));
  }

  if (code !== 0) {
    await local?.discard();
    throw buildError(failed, code);
  }
  if (local) await core.group('Saving the build cache', () => local.commit());
  const cacheError = progress.cacheExportError();
  if (cacheError) core.warning(cacheExportWarning(inputs, cacheError));

  const stats = buildStats(inputs, progress, seconds);
  return { source: outputDir, stats, digest: await readDigest(metadataFile), imageId: await readText(iidFile) };
}

/**
 * The `docker` builder on the classic store with `cache: none`: the image is built into the daemon and
 * measured from a `docker save` of it, whose layers are uncompressed, so compressed sizes are gzip's
 * estimate. Without `load` the image leaves the daemon again once saved.
 */
async function buildIntoDaemon(inputs: BuildInputs, env: BuildEnv, buildx: Buildx): Promise<BuildResult> {
  if (inputs.platforms.length > 1) {
    throw classicStoreError(inputs.builder, `it loads one platform, and ${inputs.platforms.length} were asked for`);
  }
  core.info(
    'The builder (docker driver, classic image store) cannot export the image: building it into the daemon and measuring it there; compressed sizes are estimated',
  );
  if (inputs.compression !== 'gzip') {
    core.warning(`compression: ${inputs.compression} is not measured on the classic store; sizes are gzip's estimate`);
  }
  const work = path.join(env.tempDir, `image-size-guard-build-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(work, { recursive: true, mode: 0o700 });
  const secretFiles = await writeSecrets(inputs, work);
  const metadataFile = path.join(work, 'metadata.json');
  const iidFile = path.join(work, 'iid');
  const request: BuildRequest = {
    exporter: 'load',
    // Tags name the image in the daemon only when it is to stay there.
    inputs: inputs.load ? inputs : { ...inputs, tags: [] },
    outputDir: path.join(work, 'unused'),
    metadataFile,
    iidFile,
    secretFiles,
    cache: [],
  };
  const progress = new ProgressReader(redactor(buildArgValues(inputs.buildArgs)));
  const started = Date.now();
  let code: number;
  try {
    code = await core.group(`Building ${inputs.context || '.'}`, () => runLogged(buildx, buildArgv(request), progress));
  } finally {
    await Promise.all(secretFiles.map((s) => fs.rm(s.path, { force: true })));
  }
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) throw buildError(progress, code);
  const imageId = await readText(iidFile);
  if (!imageId)
    throw new UserError('The build into the daemon wrote no image id: docker buildx build --iidfile is empty');
  const archive = path.join(work, 'image.tar');
  const saved = await runDocker('docker', ['save', '--output', archive, imageId]);
  if (!inputs.load) await runDocker('docker', ['image', 'rm', imageId]);
  if (saved.code !== 0) throw new UserError(`docker save of the built image failed: ${lastLine(saved.output)}`);
  if (inputs.load && inputs.tags.length) core.info(`Loaded ${imageId} as ${inputs.tags.join(', ')}`);
  return {
    source: archive,
    stats: buildStats(inputs, progress, seconds),
    digest: await readDigest(metadataFile),
    imageId,
  };
}

/** A cache that was not saved costs the next run its cache: worth a warning, not a failed build. */
export function cacheExportWarning(inputs: BuildInputs, error: string): string {
  const where = inputs.cache === 'registry' ? ` to ${inputs.cacheRef}` : '';
  return (
    `The build cache was not saved${where} (${error.split('\n')[0]}): the next run builds without it; ` +
    'check cache-ref and that a login step (docker/login-action) gives write access'
  );
}

function buildStats(inputs: BuildInputs, progress: ProgressReader, seconds: number): BuildStats {
  const steps = progress.steps();
  return {
    seconds: Math.round(seconds * 10) / 10,
    cacheMode: inputs.cache,
    contextBytes: progress.contextBytes(),
    steps,
    cachedSteps: steps.filter((s) => s.cached).length,
    totalSteps: steps.length,
  };
}

/**
 * Runs buildx with its output in the job log. Whatever the build prints (a RUN step, a frontend,
 * buildx itself) could be a workflow command (`::add-mask::`, `::error::`, a `\r` then
 * `::set-output …`), so all of it goes between `::stop-commands::` and a token the build cannot
 * know, which the runner takes as plain text. Build-argument values are shown as `***`.
 */
async function runLogged(buildx: Buildx, argv: string[], progress: ProgressReader): Promise<number> {
  const token = randomBytes(16).toString('hex');
  core.info(`::stop-commands::${token}`);
  try {
    core.info(`docker ${maskArgv(argv).join(' ')}`);
    const result = await buildx.run(
      argv,
      (line) => progress.push(line).forEach((l) => core.info(l)),
      (line) => core.info(line),
    );
    return result.code;
  } finally {
    core.info(`::${token}::`);
  }
}

async function checkDockerfile(inputs: BuildInputs): Promise<{ path: string; hash: string }> {
  // A remote context (a Git repository or tarball URL) brings its own Dockerfile.
  if (!inputs.file && /^(https?|git|ssh):\/\/|^git@/.test(inputs.context)) {
    return {
      path: path.resolve('Dockerfile'),
      hash: createHash('sha256').update(inputs.context).digest('hex').slice(0, 16),
    };
  }
  const file = path.resolve(inputs.file || path.join(inputs.context || '.', 'Dockerfile'));
  const content = await fs.readFile(file).catch(() => null);
  if (!content) {
    throw new UserError(
      `No Dockerfile at ${file}: set "file" to the Dockerfile's path, or "context" to the folder that holds it`,
    );
  }
  return { path: file, hash: createHash('sha256').update(content).digest('hex').slice(0, 16) };
}

/**
 * Secret values go to private files that buildx reads; they never appear on a command line. They
 * were masked when the input was read (parseSecrets), before anything could print them.
 */
async function writeSecrets(inputs: BuildInputs, work: string): Promise<{ id: string; path: string }[]> {
  const files: { id: string; path: string }[] = [];
  for (const [i, secret] of inputs.secrets.entries()) {
    const file = path.join(work, `secret-${i}`);
    await fs.writeFile(file, secret.value, { mode: 0o600 });
    files.push({ id: secret.id, path: file });
  }
  return files;
}

/** One message that says where the build failed and shows the end of that step's output. */
export function buildError(progress: ProgressReader, code: number): UserError {
  const failure = progress.failure();
  if (failure) return new UserError(describeFailure(failure));
  const lines = progress.plainLines;
  const daemon = lines
    .map((l) => /Cannot connect to the Docker daemon at (\S+?)\.? Is the docker daemon running/.exec(l))
    .find(Boolean);
  if (daemon) {
    return new UserError(
      `Cannot reach the Docker daemon at ${daemon[1]}: start dockerd, or set DOCKER_HOST to a running daemon`,
    );
  }
  const error = [...lines].reverse().find((l) => l.startsWith('ERROR:'));
  if (error) return new UserError(`docker buildx build failed: ${error.slice('ERROR:'.length).trim()}`);
  return new UserError(`docker buildx build exited with status ${code}${lines.length ? `: ${lines.at(-1)}` : ''}`);
}

export function describeFailure(failure: BuildFailure): string {
  const tail = failure.logTail.map((l) => `  | ${l}`).join('\n');
  return `The build failed at ${failure.step}: ${failure.error}${tail ? `\n${tail}` : ''}`;
}

async function readDigest(file: string): Promise<string | null> {
  const text = await readText(file);
  if (!text) return null;
  try {
    const meta = JSON.parse(text) as Record<string, unknown>;
    const digest = meta['containerimage.digest'];
    return typeof digest === 'string' ? digest : null;
  } catch {
    return null;
  }
}

async function readText(file: string): Promise<string | null> {
  const text = await fs.readFile(file, 'utf8').catch(() => null);
  return text?.trim() || null;
}
