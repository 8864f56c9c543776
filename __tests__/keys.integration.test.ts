/**
 * The default key tells variants of one Dockerfile apart: the bundled action, run as a runner runs
 * it, builds with real buildx on the real dockerd and stores its baselines through the real
 * @actions/artifact and @actions/github talking to the loopback results service and REST API.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUSYBOX } from './helpers/base-images.js';
import { makeContext } from './helpers/images.js';
import { runAction, type ActionRun } from './helpers/runner.js';
import { artifactService } from './servers/artifact-service.js';
import { githubApi, type GitHubApi } from './servers/github-api.js';
import { GitHubModel, runtimeToken, type RunModel } from './servers/github-model.js';
import { startServer, type LoopbackServer } from './servers/http.js';

const REPO = 'octo-org/octo-app';
const TOKEN = 'ghs_loopbacktoken0123456789';
const marker = `isgkeys${randomBytes(4).toString('hex')}`;

let context: string;
let temp: string;

beforeAll(async () => {
  context = await makeContext({
    Dockerfile: [
      `FROM ${BUSYBOX}`,
      'ARG VARIANT',
      `RUN mkdir -p /app && echo "$VARIANT" > /app/variant && echo ${marker} > /app/marker`,
    ].join('\n'),
  });
  // One RUNNER_TEMP for every run, as GitHub's runners keep it: the cache folders sit side by side.
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-keys-temp-'));
});

let model: GitHubModel;
let api: GitHubApi;
let server: LoopbackServer;

beforeEach(async () => {
  model = new GitHubModel();
  model.addRepo(REPO, 'main');
  api = githubApi(model, { token: TOKEN });
  server = await startServer(artifactService(model), api.handler, model.blobs.handler);
});

afterEach(async () => {
  await server.close();
  expect(api.violations).toEqual([]);
});

function build(runModel: RunModel, inputs: Record<string, string>): Promise<ActionRun> {
  const pr = runModel.event === 'pull_request';
  const repository = { full_name: REPO, default_branch: 'main' };
  return runAction({
    eventName: runModel.event,
    ref: pr ? 'refs/pull/7/merge' : 'refs/heads/main',
    sha: runModel.headSha,
    event: pr ? { repository, pull_request: { number: 7, base: { ref: 'main' } } } : { repository },
    workspace: context,
    temp,
    inputs: { network: 'host', comment: 'never', ...inputs },
    services: {
      resultsUrl: server.url,
      runtimeToken: runtimeToken(runModel),
      apiUrl: server.url,
      token: TOKEN,
      runId: runModel.id,
    },
  });
}

describe('a matrix over build-args', () => {
  it('keeps one baseline and one cache per value, named by a hash that does not show the value', async () => {
    const values = [`slim-${randomBytes(6).toString('hex')}`, `full-${randomBytes(6).toString('hex')}`];
    const push = () => model.addRun({ repository: REPO, event: 'push', headBranch: 'main' });

    const sizes: string[] = [];
    for (const value of values) {
      const result = await build(push(), { 'build-args': `VARIANT=${value}` });
      expect(result.code, result.stdout).toBe(0);
      expect(result.stdout).toContain('The key holds a hash of the build-args VARIANT (never their values)');
      sizes.push(result.outputs['compressed-bytes']!);
    }

    const names = model.artifacts.map((a) => a.name).filter((n) => !n.startsWith('image-size-guard-report-'));
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const name of names) expect(name).toMatch(/^image-size-guard-Dockerfile-args-[0-9a-f]{8}$/);
    for (const value of values) expect(names.join(' ')).not.toContain(value);
    const caches = await fs.readdir(path.join(temp, 'image-size-guard-cache'));
    expect(caches.filter((c) => !c.endsWith('-new')).sort()).toEqual(
      names.map((n) => n.slice('image-size-guard-'.length)).sort(),
    );

    // A pull request building the first variant compares with the first variant's baseline.
    const pr = await build(model.addRun({ repository: REPO, event: 'pull_request', headBranch: 'feature' }), {
      'build-args': `VARIANT=${values[0]}`,
    });
    expect(pr.code, pr.stdout).toBe(0);
    const firstBaseline = model.artifacts.find((a) => !a.name.startsWith('image-size-guard-report-'))!;
    expect(pr.stdout).toContain(`Baseline: artifact ${firstBaseline.id} (run `);
    expect(pr.outputs['baseline-compressed-bytes']).toBe(sizes[0]);
    expect(pr.outputs['delta-bytes']).toBe('0');
  });

  it('a build-arg named in key-ignore-args leaves the key as it would be without it', async () => {
    const push = () => model.addRun({ repository: REPO, event: 'push', headBranch: 'main' });
    for (const day of ['2026-11-26T10:00:00Z', '2026-11-27T10:00:00Z']) {
      const result = await build(push(), {
        'build-args': `VARIANT=${day}`,
        'key-ignore-args': 'VARIANT',
      });
      expect(result.code, result.stdout).toBe(0);
    }
    expect(model.artifacts.map((a) => a.name).filter((n) => !n.startsWith('image-size-guard-report-'))).toEqual([
      'image-size-guard-Dockerfile',
      'image-size-guard-Dockerfile',
    ]);
  });
});

describe('cache-scope', () => {
  it('refuses a scope that would add a buildx cache option, before anything is built, in one capped line', async () => {
    const scope = `main,url=http://attacker.example/${'x'.repeat(300)}`;
    const result = await build(model.addRun({ repository: REPO, event: 'push', headBranch: 'main' }), {
      'cache-scope': scope,
    });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      `Input "cache-scope" is "${scope.slice(0, 40)}…": use 1 to 100 of A-Z a-z 0-9 . _ -, starting with a letter or digit`,
    ]);
    expect(result.stdout).not.toMatch(/^buildx |^docker buildx/m);
    expect(result.stdout).not.toContain('x'.repeat(41));
    expect(model.artifacts).toEqual([]);
  });
});
