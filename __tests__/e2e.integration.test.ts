/**
 * The workflows a team sets up, run whole: the bundled action under Node 24, as a runner runs it,
 * building with real buildx on the real dockerd, against one loopback origin that serves GitHub's
 * cache and artifact services, the REST API and the issue comments over one store, so what one run
 * uploads (baseline artifact, build cache) the next run finds, as consecutive workflow runs do.
 *
 * Every job runs on a "fresh runner": the same RUNNER_TEMP path (GitHub's runners keep it) but
 * emptied, and this suite's BuildKit records pruned from the shared daemon, so the build cache can
 * only come back through @actions/cache. Expected sizes come from the OCI layout buildx wrote, read
 * and gunzipped here, never from the action's own figures.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBusybox, ensureDebian } from './helpers/base-images.js';
import { pruneMarkedTrees } from './helpers/buildkit.js';
import { expectedFromLayout, sum, type ExpectedLayer } from './helpers/images.js';
import { runAction, type ActionRun } from './helpers/runner.js';
import { unzip } from './helpers/zip.js';
import type { ArtifactModel, RunModel } from './servers/github-model.js';
import { ACTIONS_BOT, startGitHubOrigin, type GitHubOrigin } from './servers/github-origin.js';

const REPO = 'octo-org/octo-app';
const ROOT = path.resolve(import.meta.dirname, '..');
/**
 * In the first RUN of every Dockerfile here: the records of this suite's builds are those marked and
 * those built on them, so only they are pruned from the shared daemon (see helpers/buildkit.ts).
 */
const MARK = `e2e${randomBytes(4).toString('hex')}`;

let origin: GitHubOrigin;
/** RUNNER_TEMP: one path for every job, emptied for each, as on GitHub's hosted runners. */
let runnerTemp: string;
let scratch: string;

beforeAll(async () => {
  origin = await startGitHubOrigin();
  origin.model.addRepo(REPO, 'main');
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-e2e-'));
  runnerTemp = path.join(scratch, 'runner-temp');
});

afterAll(async () => {
  await origin?.close();
  expect(origin.violations()).toEqual([]);
  await pruneMarkedTrees(MARK);
  await fs.rm(scratch, { recursive: true, force: true });
});

interface Job {
  run: RunModel;
  result: ActionRun;
  /** The built image as its OCI layout says, per layer: blob size, diff_id, uncompressed length. */
  layers: ExpectedLayer[];
  compressed: number;
  uncompressed: number;
}

interface JobSpec {
  event: 'push' | 'pull_request' | 'schedule' | 'workflow_dispatch';
  branch: string;
  sha: string;
  /** The repository's files at that commit. */
  files: Record<string, string>;
  workspace: string;
  inputs?: Record<string, string>;
  pr?: { number: number; base: string; baseSha: string };
  dispatchInputs?: Record<string, string>;
  /** A second job of the same workflow run (a matrix). */
  sameRunAs?: RunModel;
}

function repositoryPayload() {
  const repo = origin.model.repo(REPO);
  return {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: REPO,
    private: false,
    owner: { login: repo.owner, type: 'Organization' },
    default_branch: repo.defaultBranch,
  };
}

/** The event payload GitHub writes to GITHUB_EVENT_PATH for this job, and GITHUB_REF. */
function eventOf(spec: JobSpec): { payload: object; ref: string } {
  const repository = repositoryPayload();
  const sender = { login: 'octocat', type: 'User' };
  switch (spec.event) {
    case 'push':
      return {
        ref: `refs/heads/${spec.branch}`,
        payload: {
          ref: `refs/heads/${spec.branch}`,
          before: '0'.repeat(40),
          after: spec.sha,
          head_commit: { id: spec.sha, message: 'Update the image' },
          repository,
          sender,
        },
      };
    case 'pull_request': {
      const pr = spec.pr!;
      return {
        ref: `refs/pull/${pr.number}/merge`,
        payload: {
          action: 'synchronize',
          number: pr.number,
          pull_request: {
            number: pr.number,
            state: 'open',
            head: { ref: spec.branch, sha: spec.sha, repo: repository },
            base: { ref: pr.base, sha: pr.baseSha, repo: repository },
          },
          repository,
          sender,
        },
      };
    }
    case 'schedule':
      // GitHub's schedule payload names only the cron line: no repository, no default branch.
      return { ref: `refs/heads/${spec.branch}`, payload: { schedule: '17 3 * * *' } };
    case 'workflow_dispatch':
      return {
        ref: `refs/heads/${spec.branch}`,
        payload: {
          inputs: spec.dispatchInputs ?? {},
          ref: `refs/heads/${spec.branch}`,
          workflow: '.github/workflows/image-size.yml',
          repository,
          sender,
        },
      };
  }
}

/** A checkout of the repository at a commit: the workspace holds exactly these files. */
async function checkout(workspace: string, files: Record<string, string>): Promise<void> {
  await fs.rm(workspace, { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
    await fs.writeFile(path.join(workspace, name), content, { mode: name.startsWith('tools/') ? 0o755 : 0o644 });
  }
}

/** Runs one job of a workflow on a fresh runner, registered in the model as GitHub would. */
async function job(spec: JobSpec): Promise<Job> {
  // A pull request's run is on its head branch; its GITHUB_SHA is the merge commit.
  const run: RunModel = spec.sameRunAs
    ? { ...spec.sameRunAs, jobBackendId: randomBytes(16).toString('hex') }
    : origin.model.addRun({ repository: REPO, event: spec.event, headBranch: spec.branch, headSha: spec.sha });
  await pruneMarkedTrees(MARK);
  await fs.rm(runnerTemp, { recursive: true, force: true });
  await fs.mkdir(runnerTemp, { recursive: true });
  await checkout(spec.workspace, spec.files);
  const { payload, ref } = eventOf(spec);
  const base = spec.pr ? `refs/heads/${spec.pr.base}` : 'refs/heads/main';
  origin.setCacheAccess(run, { ref, readable: [ref, base] });
  const result = await runAction({
    eventName: spec.event,
    event: payload,
    ref,
    sha: spec.event === 'pull_request' ? randomBytes(20).toString('hex') : spec.sha,
    repository: REPO,
    workspace: spec.workspace,
    temp: runnerTemp,
    inputs: { network: 'host', cache: 'local', ...spec.inputs },
    services: origin.services(run),
    env: { ACTIONS_CACHE_SERVICE_V2: '1' },
  });
  const builds = (await fs.readdir(runnerTemp)).filter((n) => n.startsWith('image-size-guard-build-'));
  const layout = builds.length === 1 ? path.join(runnerTemp, builds[0]!, 'oci') : null;
  if (!layout || !(await fs.stat(path.join(layout, 'index.json')).catch(() => null))) {
    throw new Error(`The build left no image (exit ${result.code}):\n${result.stdout.slice(-4000)}`);
  }
  const { layers } = await expectedFromLayout(layout);
  return {
    run,
    result,
    layers,
    compressed: sum(layers.map((l) => l.size)),
    uncompressed: sum(layers.map((l) => l.uncompressedBytes)),
  };
}

const sha = (c: string) => c.repeat(40).slice(0, 40);

/** The baseline artifacts the model holds for a key, oldest first. */
function baselines(key: string): ArtifactModel[] {
  return origin.model.artifacts.filter((a) => a.finalized && a.name === `image-size-guard-${key}`);
}

function documentOf(artifact: ArtifactModel) {
  const files = unzip(origin.model.content(artifact)!);
  return JSON.parse(files['baseline.json']!.toString('utf8')) as {
    origin: { commit: string; ref: string };
    platforms: { platform: string; history: { commit: string; compressed: number }[] }[];
  };
}

/** A signed size in decimal units with three significant figures, as registries show sizes. */
function signedSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let v = Math.abs(bytes);
  let unit = 0;
  for (; v >= 1000 && unit < units.length - 1; unit++) v /= 1000;
  const digits = unit === 0 || v >= 100 ? 0 : v >= 10 ? 1 : 2;
  return `${bytes < 0 ? '-' : '+'}${v.toFixed(digits)} ${units[unit]}`;
}

/** The cache entry a run's build restored, from the action's log; null when it restored none. */
const restoredKey = (r: ActionRun) => /Restored the build cache from (\S+)/.exec(r.stdout)?.[1] ?? null;
/** The key of the cache a run left: saved by it, or already saved with the same content. */
const cacheKeyOf = (r: ActionRun) =>
  /(?:Saved the build cache as|The build cache did not change:) (\S+)/.exec(r.stdout)?.[1] ?? null;

describe('a team on the default branch and a pull request, run after run', () => {
  const workspace = () => path.join(scratch, 'checkout');
  let debian: string;
  let main1: Job;
  let heavy: Job;
  let fixed: Job;
  let scheduled: Job;

  // `npm ci` from the lock file: no Node image can be pulled here, so a shell script stands in for
  // npm and lays out node_modules the way an install does (one folder per locked package).
  const NPM = [
    '#!/bin/sh',
    'set -e',
    '[ "$1" = ci ]',
    'while read -r name size; do',
    '  mkdir -p "node_modules/$name"',
    '  head -c "$size" /dev/urandom > "node_modules/$name/index.js"',
    'done < package-lock.txt',
    '',
  ].join('\n');
  const app = (version: string, extra = '') => ({
    'package.json': '{ "name": "shop", "version": "1.0.0" }\n',
    'package-lock.txt': 'left-pad 40000\nexpress 600000\nlodash 500000\n',
    'tools/npm': NPM,
    'server.js': `console.log("shop ${version}");\n${extra}`,
    '.dockerignore': '.git\n',
  });

  /** The Dockerfile a careful team writes: lists removed, manifests before the install. */
  const good = (base: string) =>
    [
      `FROM ${base} AS shop-${MARK}`,
      `RUN apt-get update && apt-get install -y --no-install-recommends jq && rm -rf /var/lib/apt/lists/* # ${MARK}`,
      'COPY tools/npm /usr/local/bin/npm',
      'WORKDIR /app',
      'COPY package.json package-lock.txt ./',
      `RUN npm ci # ${MARK}`,
      'COPY . .',
      'USER 1000',
      '',
    ].join('\n');

  /**
   * The pull request: the lists stay behind, a seed file is made and deleted a layer later, and
   * `COPY . .` moved above the install.
   */
  const heavyDockerfile = (base: string) =>
    [
      `FROM ${base} AS shop-${MARK}`,
      `RUN apt-get update && apt-get install -y --no-install-recommends jq # ${MARK}`,
      'COPY tools/npm /usr/local/bin/npm',
      'WORKDIR /app',
      'COPY . .',
      `RUN npm ci # ${MARK}`,
      `RUN dd if=/dev/urandom of=/app/seed.bin bs=1M count=4 2>/dev/null # ${MARK}`,
      `RUN rm /app/seed.bin # ${MARK}`,
      'USER 1000',
      '',
    ].join('\n');

  const THRESHOLDS = { 'max-increase': '5MB', 'max-layer-increase': '10MB', 'warn-increase': '100kB' };

  beforeAll(async () => {
    debian = await ensureDebian();
  });

  it('1. a push to main builds with the local cache, uploads the baseline, reports in the summary, comments nowhere', async () => {
    main1 = await job({
      event: 'push',
      branch: 'main',
      sha: sha('a1'),
      files: { Dockerfile: good(debian), ...app('1') },
      workspace: workspace(),
      inputs: THRESHOLDS,
    });
    const r = main1.result;
    expect(r.code, r.stdout.slice(-3000)).toBe(0);
    expect(r.errors).toEqual([]);
    expect(Number(r.outputs['compressed-bytes'])).toBe(main1.compressed);
    expect(Number(r.outputs['uncompressed-bytes'])).toBe(main1.uncompressed);
    expect(r.outputs['layer-count']).toBe(String(main1.layers.length));
    expect(r.outputs.result).toBe('no-baseline');
    // Six build steps (FROM excluded), none cached on a fresh runner with no cache saved yet.
    expect(r.outputs['total-steps']).toBe('6');
    expect(r.outputs['cached-steps']).toBe('0');
    expect(restoredKey(r)).toBeNull();

    const saved = origin.cache.saved().map((e) => e.key);
    expect(saved).toEqual([expect.stringMatching(/^image-size-guard-buildkit-Dockerfile-[0-9a-f]{16}-[0-9a-f]{64}$/)]);

    const [artifact] = baselines('Dockerfile');
    expect(baselines('Dockerfile')).toHaveLength(1);
    expect(artifact!.runId).toBe(main1.run.id);
    expect(r.outputs['baseline-artifact-id']).toBe(String(artifact!.id));
    const doc = documentOf(artifact!);
    expect(doc.origin.commit).toBe(sha('a1'));
    expect(doc.platforms[0]!.history.map((h) => h.compressed)).toEqual([main1.compressed]);

    expect(r.summary).toContain('<!-- image-size-guard:Dockerfile -->');
    expect(r.summary).toContain('### 🆕 Image size: no baseline to compare with yet');
    expect(r.summary).toContain('steps from cache');
    expect(r.outputs['comment-id']).toBe('');
    expect(origin.commentCalls()).toEqual([]);
  });

  it('2. a pull request that adds weight: the comment shows the deltas and hints, and the step fails', async () => {
    heavy = await job({
      event: 'pull_request',
      branch: 'feature/report-export',
      sha: sha('b2'),
      pr: { number: 12, base: 'main', baseSha: sha('a1') },
      files: { Dockerfile: heavyDockerfile(debian), ...app('2') },
      workspace: workspace(),
      inputs: THRESHOLDS,
    });
    const r = heavy.result;
    expect(r.code).toBe(1);
    const delta = heavy.compressed - main1.compressed;
    expect(delta).toBeGreaterThan(5e6);
    expect(Number(r.outputs['baseline-compressed-bytes'])).toBe(main1.compressed);
    expect(Number(r.outputs['delta-bytes'])).toBe(delta);
    expect(r.outputs['delta-percent']).toBe(String(Number(((delta / main1.compressed) * 100).toFixed(2))));
    expect(r.outputs.result).toBe('fail');

    // The step's failure names every crossed threshold, and only those.
    const failure = r.errors.at(-1)!;
    expect(failure).toContain(`max-increase: linux/amd64 compressed size grew by ${signedSize(delta)}, limit +5.00 MB`);
    // The apt layer is new and whole: its blob, as the manifest gives it, is the growth.
    const aptLayer = heavy.layers[1]!.size;
    expect(failure).toContain(
      `max-layer-increase: linux/amd64 layer 1 (Dockerfile line 2) compressed size grew by ${signedSize(aptLayer)}, limit +10.0 MB`,
    );
    expect(failure.split('\n')).toHaveLength(2);

    // One comment, by the Actions bot, with exactly the report's body.
    const comments = origin.comments.comments.filter((c) => c.issue === 12);
    expect(comments).toHaveLength(1);
    const [comment] = comments;
    expect(comment!.author).toBe(ACTIONS_BOT);
    expect(String(comment!.id)).toBe(r.outputs['comment-id']);
    expect(comment!.body).toBe(r.outputs['comment-body']);
    const body = comment!.body;
    expect(body.startsWith('<!-- image-size-guard:Dockerfile -->')).toBe(true);
    expect(body).toContain('❌');
    expect(body).toContain(`${signedSize(delta)}, +${((delta / main1.compressed) * 100).toFixed(1)} %`);

    // The hints for each of the three habits, at their lines of the Dockerfile.
    // New in this change, although the base image leaves lists of its own.
    expect(body).toContain('| 🆕 | Package-manager cache /var/lib/apt/lists left in layer 1<br>→ ');
    expect(body).toContain('| 🆕 | /app/seed.bin stored in layer 6 but deleted in layer 7: still shipped<br>→ ');
    expect(body).toContain('The whole build context is copied before the dependency install on line 6');
    expect(body).toContain(`| new, ${signedSize(aptLayer)} |`);
    // The 4 MiB of seed bytes are shipped although no file holds them.
    expect(body).toContain('4.19 MB');

    expect(r.summary).toContain(body);
    // A pull request reads the baseline and never writes one.
    expect(baselines('Dockerfile')).toHaveLength(1);
    expect(r.outputs['baseline-artifact-id']).toBeUndefined();

    if (process.env.ISG_WRITE_DOCS === '1') {
      await fs.mkdir(path.join(ROOT, 'docs'), { recursive: true });
      // Without this suite's BuildKit marker, which only serves the shared daemon's pruning.
      const clean = body.replace(new RegExp(` (?:#|&#35;&#8203;) ${MARK}`, 'g'), '');
      await fs.writeFile(path.join(ROOT, 'docs', 'example-comment.md'), clean);
    }
  });

  it('3. the same pull request after a fix: the comment is updated in place and the step passes', async () => {
    const before = origin.comments.comments.find((c) => c.issue === 12)!;
    const firstVersion = { id: before.id, body: before.body, updated: before.updated_at };
    fixed = await job({
      event: 'pull_request',
      branch: 'feature/report-export',
      sha: sha('b3'),
      pr: { number: 12, base: 'main', baseSha: sha('a1') },
      files: { Dockerfile: good(debian), ...app('3', 'export function csv() {}\n') },
      workspace: workspace(),
      inputs: THRESHOLDS,
    });
    const r = fixed.result;
    expect(r.code, r.stdout.slice(-3000)).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.outputs.result).toBe('pass');
    const delta = fixed.compressed - main1.compressed;
    expect(Math.abs(delta)).toBeLessThan(1000);
    expect(Number(r.outputs['delta-bytes'])).toBe(delta);

    // The pull request's own cache holds only the heavy Dockerfile's layers; main's is restored, and
    // every step but the changed `COPY . .` comes from it.
    expect(restoredKey(r)).toBe(cacheKeyOf(main1.result));
    expect(r.outputs['cached-steps']).toBe('5');
    expect(r.outputs['total-steps']).toBe('6');

    const comments = origin.comments.comments.filter((c) => c.issue === 12);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(firstVersion.id);
    expect(r.outputs['comment-id']).toBe(String(firstVersion.id));
    expect(comments[0]!.body).toBe(r.outputs['comment-body']);
    expect(comments[0]!.body).not.toBe(firstVersion.body);
    expect(comments[0]!.updated_at > firstVersion.updated).toBe(true);
    expect(comments[0]!.body).toContain('### ✅ Image size: within the thresholds');
    expect(comments[0]!.body).not.toContain('❌');
    // Edited, never posted again.
    const writes = origin.commentCalls().filter((c) => c.method === 'POST' || c.method === 'PATCH');
    expect(writes.map((c) => `${c.method} ${c.status}`)).toEqual(['POST 201', 'PATCH 200']);
  });

  it('4. a schedule run refreshes the baseline with the history carried forward; the next PR charts it', async () => {
    scheduled = await job({
      event: 'schedule',
      branch: 'main',
      sha: sha('c3'),
      // The fix is merged.
      files: { Dockerfile: good(debian), ...app('3', 'export function csv() {}\n') },
      workspace: workspace(),
      inputs: THRESHOLDS,
    });
    const r = scheduled.result;
    expect(r.code, r.stdout.slice(-3000)).toBe(0);
    // The schedule payload has no default branch: the action asked the REST API for it.
    expect(origin.server.log.some((l) => l.method === 'GET' && l.path === `/repos/${REPO}`)).toBe(true);
    expect(Number(r.outputs['baseline-compressed-bytes'])).toBe(main1.compressed);

    const stored = baselines('Dockerfile');
    expect(stored).toHaveLength(2);
    expect(r.outputs['baseline-artifact-id']).toBe(String(stored[1]!.id));
    const doc = documentOf(stored[1]!);
    expect(doc.origin.commit).toBe(sha('c3'));
    expect(doc.platforms[0]!.history.map((h) => [h.commit.slice(0, 7), h.compressed])).toEqual([
      ['a1a1a1a', main1.compressed],
      ['c3c3c3c', scheduled.compressed],
    ]);

    const logo = randomBytes(300_000).toString('base64');
    const next = await job({
      event: 'pull_request',
      branch: 'feature/logo',
      sha: sha('d4'),
      pr: { number: 13, base: 'main', baseSha: sha('c3') },
      files: { Dockerfile: good(debian), ...app('3', 'export function csv() {}\n'), 'public/logo.txt': logo },
      workspace: workspace(),
      inputs: THRESHOLDS,
    });
    const n = next.result;
    // 400 kB more: over warn-increase only, so a warning and a passing step.
    expect(n.code, n.stdout.slice(-3000)).toBe(0);
    expect(n.outputs.result).toBe('warn');
    expect(Number(n.outputs['delta-bytes'])).toBe(next.compressed - scheduled.compressed);
    expect(Number(n.outputs['baseline-compressed-bytes'])).toBe(scheduled.compressed);
    const body = origin.comments.comments.find((c) => c.issue === 13)!.body;
    const megabytes = (j: Job, size: 'compressed' | 'uncompressed') => Number((j[size] / 1e6).toFixed(2));
    expect(body).toContain(
      [
        'xychart-beta',
        '    title "Image size (MB): uncompressed above, compressed below"',
        '    x-axis ["a1a1a1a", "c3c3c3c", "this"]',
      ].join('\n'),
    );
    expect(body).toContain(
      `    line [${[main1, scheduled, next].map((j) => megabytes(j, 'uncompressed')).join(', ')}]\n` +
        `    line [${[main1, scheduled, next].map((j) => megabytes(j, 'compressed')).join(', ')}]`,
    );
  });

  it('5. a manual dispatch with mode compare on a feature branch compares and uploads nothing', async () => {
    const artifactsBefore = origin.model.artifacts.length;
    const commentCallsBefore = origin.commentCalls().length;
    const logBefore = origin.server.log.length;
    const dispatched = await job({
      event: 'workflow_dispatch',
      branch: 'experiment/slim',
      sha: sha('e5'),
      dispatchInputs: { mode: 'compare' },
      files: { Dockerfile: good(debian), ...app('3', 'export function csv() {}\n') },
      workspace: workspace(),
      // The workflow passes its dispatch input on: `mode: ${{ inputs.mode }}`.
      inputs: { ...THRESHOLDS, mode: 'compare' },
    });
    const r = dispatched.result;
    expect(r.code, r.stdout.slice(-3000)).toBe(0);
    expect(r.stdout).toContain('Baseline: key Dockerfile, mode compare, baseline branch main');
    expect(Number(r.outputs['baseline-compressed-bytes'])).toBe(scheduled.compressed);
    expect(Number(r.outputs['delta-bytes'])).toBe(dispatched.compressed - scheduled.compressed);
    expect(r.outputs.result).toBe('pass');
    expect(r.summary).toContain('### ✅ Image size: within the thresholds');
    // Nothing uploaded but the run's HTML report, nothing commented: there is no pull request.
    expect(origin.model.artifacts.slice(artifactsBefore).map((a) => a.name)).toEqual([
      'image-size-guard-report-Dockerfile',
    ]);
    const calls = origin.server.log.slice(logBefore).map((l) => l.path);
    expect(calls.filter((p) => p.includes('CreateArtifact'))).toHaveLength(1);
    expect(r.outputs['baseline-artifact-id']).toBeUndefined();
    expect(origin.commentCalls()).toHaveLength(commentCallsBefore);
    // A branch restores the default branch's cache: the schedule run's, the newest of this Dockerfile.
    expect(restoredKey(r)).toBe(cacheKeyOf(scheduled.result));
    expect(r.outputs['cached-steps']).toBe('6');
  });
});

describe('a matrix of two images in one workflow', () => {
  const workspace = () => path.join(scratch, 'matrix');
  let busybox: string;
  const dockerfile = (base: string, name: string, kib: number) =>
    [
      `FROM ${base}`,
      `RUN mkdir -p /srv && dd if=/dev/urandom of=/srv/${name}.bin bs=1024 count=${kib} 2>/dev/null # ${MARK}`,
      `COPY ${name}.conf /srv/`,
      '',
    ].join('\n');
  const files = (apiKib: number) => ({
    'api.Dockerfile': dockerfile(busybox, 'api', apiKib),
    'worker.Dockerfile': dockerfile(busybox, 'worker', 500),
    'api.conf': 'port=8080\n',
    'worker.conf': 'queue=jobs\n',
  });
  const cacheKeys = () => origin.cache.saved().filter((e) => /-(api|worker)\.Dockerfile-/.test(e.key));

  beforeAll(async () => {
    busybox = await ensureBusybox();
  });

  it('7. keeps two baselines, two comments and two caches that never mix', async () => {
    // main: the matrix's two jobs, one workflow run.
    const api = await job({
      event: 'push',
      branch: 'main',
      sha: sha('f6'),
      files: files(300),
      workspace: workspace(),
      inputs: { file: 'api.Dockerfile' },
    });
    const worker = await job({
      event: 'push',
      branch: 'main',
      sha: sha('f6'),
      files: files(300),
      workspace: workspace(),
      inputs: { file: 'worker.Dockerfile' },
      sameRunAs: api.run,
    });
    for (const j of [api, worker]) expect(j.result.code, j.result.stdout.slice(-3000)).toBe(0);
    // The worker's job finds the api's cache entry in the service and leaves it alone.
    expect(restoredKey(worker.result)).toBeNull();
    expect(worker.result.stdout).toContain('No build cache to restore');
    expect(cacheKeys().map((e) => e.key)).toEqual([
      expect.stringMatching(new RegExp(`^image-size-guard-buildkit-api\\.Dockerfile-[0-9a-f]{16}-[0-9a-f]{64}$`)),
      expect.stringMatching(new RegExp(`^image-size-guard-buildkit-worker\\.Dockerfile-[0-9a-f]{16}-[0-9a-f]{64}$`)),
    ]);
    const [apiBaseline] = baselines('api.Dockerfile');
    const [workerBaseline] = baselines('worker.Dockerfile');
    expect([apiBaseline?.runId, workerBaseline?.runId]).toEqual([api.run.id, api.run.id]);
    expect(documentOf(apiBaseline!).platforms[0]!.history.map((h) => h.compressed)).toEqual([api.compressed]);
    expect(documentOf(workerBaseline!).platforms[0]!.history.map((h) => h.compressed)).toEqual([worker.compressed]);

    // The pull request grows the api image only.
    const pr = { number: 21, base: 'main', baseSha: sha('f6') };
    const apiPr = await job({
      event: 'pull_request',
      branch: 'feature/bigger-api',
      sha: sha('a7'),
      pr,
      files: files(900),
      workspace: workspace(),
      inputs: { file: 'api.Dockerfile' },
    });
    const workerPr = await job({
      event: 'pull_request',
      branch: 'feature/bigger-api',
      sha: sha('a7'),
      pr,
      files: files(900),
      workspace: workspace(),
      inputs: { file: 'worker.Dockerfile' },
      sameRunAs: apiPr.run,
    });
    for (const j of [apiPr, workerPr]) expect(j.result.code, j.result.stdout.slice(-3000)).toBe(0);
    const [apiKey, workerKey] = cacheKeys().map((e) => e.key);
    expect(restoredKey(apiPr.result)).toBe(apiKey);
    expect(restoredKey(workerPr.result)).toBe(workerKey);
    // The worker's Dockerfile did not change: both of its steps come from its own restored cache.
    expect(workerPr.result.outputs['cached-steps']).toBe('2');
    expect(apiPr.result.outputs['cached-steps']).toBe('0');

    expect(Number(apiPr.result.outputs['delta-bytes'])).toBe(apiPr.compressed - api.compressed);
    expect(apiPr.compressed - api.compressed).toBeGreaterThan(600_000);
    expect(Number(workerPr.result.outputs['delta-bytes'])).toBe(workerPr.compressed - worker.compressed);
    expect(workerPr.compressed).toBe(worker.compressed);

    const comments = origin.comments.comments.filter((c) => c.issue === 21);
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- image-size-guard:api.Dockerfile -->',
      '<!-- image-size-guard:worker.Dockerfile -->',
    ]);
    expect(comments.map((c) => String(c.id))).toEqual([
      apiPr.result.outputs['comment-id'],
      workerPr.result.outputs['comment-id'],
    ]);
    expect(comments[0]!.body).toContain(`(${signedSize(apiPr.compressed - api.compressed)}, `);
    expect(comments[1]!.body).toContain('compressed (no change)');
    // Pull requests upload no baseline.
    expect(baselines('api.Dockerfile')).toHaveLength(1);
    expect(baselines('worker.Dockerfile')).toHaveLength(1);
  });
});
