/**
 * Finding the baseline artifact with the project's own octokit (retry and throttling plugins)
 * against the loopback REST server, which checks every request and answer against GitHub's OpenAPI
 * description. No Docker: the artifacts are planted in the server's model.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBaselineArtifact } from '../../src/baseline/github.js';
import { createOctokit } from '../../src/github/octokit.js';
import { refusalOf } from '../../src/github/refusal.js';
import { githubApi, type GitHubApi } from '../servers/github-api.js';
import { GitHubModel, type RunModel } from '../servers/github-model.js';
import { startServer, type LoopbackServer } from '../servers/http.js';
import { permissionDenied, primaryRateLimit, secondaryRateLimit } from '../servers/rate-limits.js';

const REPO = 'octo-org/octo-app';
const TOKEN = 'ghs_lookuptoken0123456789';
const NAME = 'image-size-guard-web';
const repo = { owner: 'octo-org', repo: 'octo-app' };
const LIST = '/repos/{owner}/{repo}/actions/artifacts';

let model: GitHubModel;
let api: GitHubApi;
let server: LoopbackServer;

async function start(maxPerPage?: number) {
  api = githubApi(model, { token: TOKEN, ...(maxPerPage ? { maxPerPage } : {}) });
  server = await startServer(api.handler);
}

beforeEach(() => {
  model = new GitHubModel();
  model.addRepo(REPO, 'main');
});
afterEach(async () => {
  await server?.close();
  expect(api.violations).toEqual([]);
});

const T0 = Date.parse('2026-11-20T00:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

function run(event: string, startedMinute: number, over: Partial<RunModel> = {}): RunModel {
  return model.addRun({ repository: REPO, event, headBranch: 'main', startedAt: at(startedMinute), ...over });
}

function upload(r: RunModel, createdMinute: number) {
  return model.addArtifact({ name: NAME, runId: r.id, content: Buffer.from('zip'), createdAt: at(createdMinute) });
}

const find = () => findBaselineArtifact(createOctokit(TOKEN, { baseUrl: server.url }), repo, NAME, 'main');
const requests = (path: string) => server.log.filter((l) => l.path.split('?')[0] === path);
const listings = () => requests(`/repos/${REPO}/actions/artifacts`);
const runReads = () => server.log.filter((l) => l.path.startsWith(`/repos/${REPO}/actions/runs/`));

describe('among 3,000 artifacts of the name', () => {
  it('reads one page and one run when the newest is a trusted baseline', async () => {
    // 3,000 pushes to main, an hour apart, each uploading five minutes after it started.
    let newest = upload(run('push', 0), 5);
    for (let i = 1; i < 3000; i++) newest = upload(run('push', i * 60), i * 60 + 5);
    await start();
    const found = await find();
    expect(found).toMatchObject({ artifactId: newest.id, runId: newest.runId });
    expect(listings().map((l) => l.status)).toEqual([200]);
    expect(runReads()).toHaveLength(1);
  });

  it('stops after 1,000 when none of them is a baseline, and says how far it looked', async () => {
    // Flooded by a branch's artifacts of the same name; the real baseline is the oldest.
    upload(run('push', 0), 5);
    for (let i = 1; i < 3000; i++) upload(run('push', i, { headBranch: `topic-${i}` }), i + 5);
    await start();
    const found = await find();
    expect(found).toEqual({
      reason: `no trusted run of main wrote any of the newest artifacts named ${NAME} (looked at 1000 artifacts)`,
      severity: 'warning',
    });
    expect(listings()).toHaveLength(10);
    expect(runReads()).toHaveLength(0);
  });

  it('reads at most 30 runs to rule out candidates the listing cannot', async () => {
    upload(run('push', 0), 5);
    // Pull-request runs that claim the branch main: only each run's event gives them away.
    for (let i = 1; i < 3000; i++) upload(run('pull_request', i), i + 5);
    await start();
    const found = await find();
    expect(found).toMatchObject({ reason: expect.stringContaining('(looked at 30 workflow runs)') });
    expect(runReads()).toHaveLength(30);
    expect(listings()).toHaveLength(1);
  });
});

describe('the most recently started run wins, not the last upload', () => {
  it('takes a run that started later but finished sooner, and lists only as far as one could be newer', async () => {
    const slow = run('push', 0); // started first, uploads last
    const fast = run('push', 10);
    const older = run('push', -20);
    upload(slow, 30);
    upload(fast, 20);
    upload(older, 5); // created before `fast` started: nothing from here on can beat it
    for (let i = 0; i < 20; i++) upload(run('push', -100 - i * 10), -95 - i * 10);
    await start(2);
    const found = await find();
    expect(found).toMatchObject({ runId: fast.id });
    // Page 1 holds slow and fast; page 2 starts with `older`, which cannot beat fast: the end.
    expect(listings()).toHaveLength(2);
    expect(runReads().map((l) => l.path)).toEqual([
      `/repos/${REPO}/actions/runs/${slow.id}`,
      `/repos/${REPO}/actions/runs/${fast.id}`,
    ]);
  });
});

describe('rate limits and permissions', () => {
  it.each([
    ['a primary rate limit (403, x-ratelimit-remaining: 0)', () => primaryRateLimit(1)],
    ['a secondary rate limit (403, its message, retry-after)', () => secondaryRateLimit(1)],
    ['a 429 with retry-after', () => secondaryRateLimit(1, 429)],
  ])('%s is waited out and the lookup goes on', async (_what, limit) => {
    const r = run('push', 0);
    const artifact = upload(r, 5);
    await start();
    api.refuse('GET', LIST, limit());
    expect(await find()).toMatchObject({ artifactId: artifact.id });
    expect(listings().map((l) => l.status)).toEqual([limit().status, 200]);
  });

  it('gives up after two retries, and the error says rate limit', async () => {
    upload(run('push', 0), 5);
    await start();
    api.refuse('GET', LIST, secondaryRateLimit(1), 10);
    const err = await find().catch((e: unknown) => e);
    expect(refusalOf(err)).toEqual({ kind: 'rate-limit', status: 403 });
    expect(listings().map((l) => l.status)).toEqual([403, 403, 403]);
  });

  it('does not wait an hour for a primary limit to reset', async () => {
    upload(run('push', 0), 5);
    await start();
    api.refuse('GET', LIST, primaryRateLimit(3600), 10);
    const err = await find().catch((e: unknown) => e);
    expect(refusalOf(err)).toEqual({ kind: 'rate-limit', status: 403 });
    expect(listings()).toHaveLength(1);
  });

  it('never retries a missing permission, and the error says permission', async () => {
    upload(run('push', 0), 5);
    await start();
    api.refuse('GET', LIST, permissionDenied(), 10);
    const err = await find().catch((e: unknown) => e);
    expect(refusalOf(err)).toEqual({ kind: 'permission', status: 403 });
    expect(listings()).toHaveLength(1);
  });
});
