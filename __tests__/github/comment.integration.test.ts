/**
 * The sticky PR comment and the gate, end to end: an image built by real buildx, measured by the
 * bundled action under Node 24 as a runner runs it, compared with a baseline file written here, and
 * the comment written through the real @actions/github octokit to a loopback stand-in of GitHub's
 * issue-comment routes. Expected sizes come from the image's own manifest (system tar + zlib).
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analysis } from '../../__fixtures__/analysis.js';
import { BUSYBOX } from '../helpers/base-images.js';
import { buildx, expectedFromLayout, extract, makeContext, sum, type ExpectedLayer } from '../helpers/images.js';
import { runAction, type ActionRun } from '../helpers/runner.js';
import { commentsApi, type CommentsApi } from '../servers/comments.js';
import { githubApi, type GitHubApi } from '../servers/github-api.js';
import { GitHubModel } from '../servers/github-model.js';
import { startServer, type LoopbackServer } from '../servers/http.js';
import { secondaryRateLimit } from '../servers/rate-limits.js';

const DOCKERFILE = [
  `FROM ${BUSYBOX}`,
  // 2 MiB of random bytes: incompressible, so the layer's blob is a little over 2 MiB.
  'RUN mkdir -p /app && dd if=/dev/urandom of=/app/blob.bin bs=1024 count=2048 2>/dev/null',
  "RUN touch '/app/<img src=x onerror=alert(1)>' /app/@team '/app/`whoami`'",
  'COPY app.conf /app/',
  '',
].join('\n');
const MARKER = '<!-- image-size-guard:app -->';
const BOT = 'github-actions[bot]';
const TOKENS = {
  ghs_actions: { login: BOT, type: 'Bot' as const, installation: true },
  ghp_mallory: { login: 'mallory', type: 'User' as const, installation: false },
};

let archive: string;
let layers: ExpectedLayer[];
let baselineCompressed: number;
let api: CommentsApi;
let server: LoopbackServer;
let workspace: string;

beforeAll(async () => {
  const context = await makeContext({ Dockerfile: DOCKERFILE, 'app.conf': 'port=8080\n' });
  archive = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'isg-report-')), 'app.oci.tar');
  await buildx(context, ['-t', 'isg-report/app:1', '--output', `type=oci,dest=${archive}`]);
  ({ layers } = await expectedFromLayout(await extract(archive)));
  expect(layers).toHaveLength(4);
  // The baseline is the same image without the 2 MiB layer: same diffIds for the other three.
  const without = [layers[0]!, layers[2]!, layers[3]!];
  baselineCompressed = sum(without.map((l) => l.size));
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-report-ws-'));
  await fs.writeFile(path.join(workspace, 'Dockerfile'), DOCKERFILE);
  const base = analysis({
    layers: without.map((l, i) => ({
      instruction: i === 0 ? null : `layer ${i}`,
      compressed: l.size,
      uncompressed: l.uncompressedBytes,
      diffId: l.diffId,
    })),
    files: [{ path: '/srv/<script>alert(1)</script>`x`', size: 5_000_000, layer: 1 }],
  });
  const doc = {
    schemaVersion: 1,
    key: 'app',
    origin: {
      repository: 'octo-org/octo-app',
      commit: 'c0ffee0c0ffee0c0ffee0c0ffee0c0ffee0c0ffe',
      ref: 'refs/heads/main',
      runId: 900,
      time: '2026-11-25T10:00:00Z',
    },
    platforms: [
      {
        platform: 'linux/amd64',
        analysis: base,
        history: [
          {
            time: '2026-11-25T10:00:00Z',
            commit: 'c0ffee0',
            compressed: baselineCompressed,
            uncompressed: 1,
            wasted: 0,
          },
        ],
      },
    ],
    layers: {},
    build: null,
  };
  await fs.writeFile(path.join(workspace, 'baseline.json'), JSON.stringify(doc));
});

const HEAD = 'abcdef0'.padEnd(40, '1');
let model: GitHubModel;
let rest: GitHubApi;

beforeEach(async () => {
  api = commentsApi(TOKENS);
  // The REST routes beside the comment ones: pull request #42, at the head the runs measure.
  model = new GitHubModel();
  model.addRepo('octo-org/octo-app');
  model.addPull({
    number: 42,
    repository: 'octo-org/octo-app',
    headRepository: 'octo-org/octo-app',
    headBranch: 'feature',
    headSha: HEAD,
  });
  rest = githubApi(model, { token: Object.keys(TOKENS) });
  server = await startServer(api.handler, rest.handler);
});
afterEach(async () => {
  await server.close();
  expect(api.violations).toEqual([]);
  expect(rest.violations).toEqual([]);
});
afterAll(async () => {
  if (workspace) await fs.rm(workspace, { recursive: true, force: true });
});

function pr(inputs: Record<string, string> = {}, token = 'ghs_actions'): Promise<ActionRun> {
  return runAction({
    eventName: 'pull_request',
    event: {
      number: 42,
      repository: { full_name: 'octo-org/octo-app', default_branch: 'main' },
      pull_request: { number: 42, head: { sha: 'abcdef0'.padEnd(40, '1') } },
    },
    ref: 'refs/pull/42/merge',
    services: { apiUrl: server.url, token },
    workspace,
    // The comment's key defaults to the baseline's.
    inputs: {
      image: archive,
      file: 'Dockerfile',
      'baseline-file': 'baseline.json',
      key: 'app',
      mode: 'compare',
      ...inputs,
    },
  });
}

const prComments = () => api.comments.filter((c) => c.issue === 42);

describe('the sticky PR comment', () => {
  it('is created on the first run and updated in place on the next', async () => {
    const first = await pr();
    expect(first.code, first.stdout).toBe(0);
    expect(prComments()).toHaveLength(1);
    const [comment] = prComments();
    expect(comment!.author).toBe(BOT);
    expect(comment!.body.startsWith(MARKER)).toBe(true);
    expect(first.outputs['comment-id']).toBe(String(comment!.id));
    expect(first.outputs['comment-body']).toBe(comment!.body);
    expect(first.summary).toBe(comment!.body);
    // The 2 MiB layer is the whole change: its blob size, from the manifest.
    expect(Number(first.outputs['delta-bytes'])).toBe(layers[1]!.size);
    expect(Number(first.outputs['baseline-compressed-bytes'])).toBe(baselineCompressed);
    expect(Number(first.outputs['delta-percent'])).toBe(
      Number(((layers[1]!.size / baselineCompressed) * 100).toFixed(2)),
    );
    expect(first.outputs.result).toBe('pass');
    // The new layer links to its Dockerfile line at the pull request's head commit.
    expect(comment!.body).toContain(`/octo-org/octo-app/blob/${'abcdef0'.padEnd(40, '1')}/Dockerfile#L2) |`);

    const second = await pr({ 'max-size': '1GB' });
    expect(second.code, second.stdout).toBe(0);
    expect(prComments()).toHaveLength(1);
    expect(second.outputs['comment-id']).toBe(String(comment!.id));
    expect(prComments()[0]!.body).toContain('max-size 1.00 GB');
    expect(server.log.filter((r) => r.method === 'PATCH')).toEqual([
      { method: 'PATCH', path: `/repos/octo-org/octo-app/issues/comments/${comment!.id}`, status: 200 },
    ]);
  });

  it('finds its comment on a later page among 120 others and edits it, without a duplicate', async () => {
    for (let i = 0; i < 105; i++)
      api.add({ issue: 42, author: i % 2 ? 'alice' : 'renovate[bot]', body: `review ${i}` });
    const mine = api.add({ issue: 42, author: BOT, body: `${MARKER}\nold report` });
    for (let i = 0; i < 14; i++) api.add({ issue: 42, author: 'bob', body: `later ${i}` });
    const result = await pr();
    expect(result.code, result.stdout).toBe(0);
    expect(prComments()).toHaveLength(120);
    expect(mine.body).not.toContain('old report');
    expect(result.outputs['comment-id']).toBe(String(mine.id));
    // Page 1 holds comments 1-100; the marker is the 106th, on page 2 of 2.
    expect(server.log.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /user 403',
      'GET /repos/octo-org/octo-app/issues/42/comments?per_page=100 200',
      'GET /repos/octo-org/octo-app/issues/42/comments?per_page=100&page=2 200',
      'GET /repos/octo-org/octo-app/pulls/42 200',
      `PATCH /repos/octo-org/octo-app/issues/comments/${mine.id} 200`,
    ]);
  });

  it("leaves someone else's comment with the same marker alone and writes its own", async () => {
    const planted = api.add({ issue: 42, author: 'mallory', body: `${MARKER}\nall good, merge it` });
    const result = await pr();
    expect(result.code, result.stdout).toBe(0);
    expect(planted.body).toBe(`${MARKER}\nall good, merge it`);
    expect(prComments().map((c) => c.author)).toEqual(['mallory', BOT]);
    expect(server.log.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('a refused comment (403 from a fork) is a warning: the verdict, the summary and comment-body stay', async () => {
    // Another image's comment on the same pull request; the refused one is this image's first.
    const old = api.add({ issue: 42, author: BOT, body: '<!-- image-size-guard:api -->\nold' });
    api.refuse('POST', 403, 'Resource not accessible by integration');
    const refused = await pr();
    expect(refused.code, refused.stdout).toBe(0);
    expect(refused.outputs.result).toBe('pass');
    expect(refused.warnings.filter((w) => w.startsWith('Could not write the pull request comment'))).toEqual([
      'Could not write the pull request comment (403: Resource not accessible by integration - https://docs.github.com/rest/issues/comments): ' +
        'the token may not write to this pull request (a fork, or no `pull-requests: write` permission). ' +
        'The report is in the job summary and the comment-body output.',
    ]);
    expect(refused.outputs['comment-id']).toBe('');
    expect(refused.outputs['comment-body']).toBe(refused.summary);
    // Nothing was deleted: the old comment is still there, as it was.
    expect(prComments()).toEqual([old]);
    expect(old.body).toBe('<!-- image-size-guard:api -->\nold');

    // A refused comment on a failing gate: fails for the threshold only.
    api.refuse('POST', 422, 'Validation Failed');
    api.comments.length = 0;
    const failing = await pr({ 'max-increase': '1MB' });
    expect(failing.code).toBe(1);
    expect(failing.errors).toHaveLength(1);
    expect(failing.errors[0]).toMatch(
      /^max-increase: linux\/amd64 compressed size grew by \+2\.\d\d MB, limit \+1\.00 MB$/,
    );
    expect(failing.warnings.some((w) => w.startsWith('Could not write the pull request comment (422'))).toBe(true);
  });

  it('fails the step with one line per crossed threshold, annotating the Dockerfile line', async () => {
    const result = await pr({
      'max-increase': '1MB',
      'max-layer-increase': '1 MiB',
      'max-size': '1kB',
      'warn-increase-percent': '1',
    });
    expect(result.code).toBe(1);
    expect(result.outputs.result).toBe('fail');
    const delta = layers[1]!.size;
    const total = sum(layers.map((l) => l.size));
    const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
    const lines = [
      `max-size: linux/amd64 compressed size is ${mb(total)}, limit 1.00 kB`,
      `max-increase: linux/amd64 compressed size grew by +${mb(delta)}, limit +1.00 MB`,
      `max-layer-increase: linux/amd64 layer 1 (Dockerfile line 2) compressed size grew by +${mb(delta)}, limit +1.05 MB`,
    ];
    // The layer's annotation on its Dockerfile line, then the step's failure: one line each.
    expect(result.errors).toEqual([lines[2], lines.join('\n')]);
    expect(result.stdout).toContain('::error title=image size,file=Dockerfile,line=2::max-layer-increase');
    const percent = Number(((delta / baselineCompressed) * 100).toFixed(2));
    expect(result.warnings).toContain(
      `warn-increase-percent: linux/amd64 compressed size grew by +${percent} %, limit +1 %`,
    );
    expect(prComments()[0]!.body).toContain('### ❌ Image size: over a threshold');
  });

  it('checks a .dive-ci file, and says in one line when it cannot read it', async () => {
    await fs.writeFile(
      path.join(workspace, '.dive-ci'),
      'rules:\n  lowestEfficiency: 0.5\n  highestWastedBytes: disabled\n',
    );
    const passing = await pr({ 'dive-ci-config': '.dive-ci' });
    expect(passing.code, passing.stdout).toBe(0);
    expect(passing.outputs.result).toBe('pass');
    const missing = await pr({ 'dive-ci-config': 'no-such.dive-ci' });
    expect(missing.code).toBe(1);
    expect(missing.errors).toHaveLength(1);
    expect(missing.errors[0]).toMatch(
      /^Cannot read dive-ci-config .*no-such\.dive-ci \(ENOENT.*\): give the path of a \.dive-ci file$/,
    );
  });

  it('renders hostile file names and instructions as text', async () => {
    const result = await pr();
    const body = prComments()[0]!.body;
    expect(result.code, result.stdout).toBe(0);
    expect(body).toContain(
      "RUN touch '/app/&#60;img src=x onerror=alert(1)&#62;' /app/&#64;&#8203;team '/app/&#96;whoami&#96;'",
    );
    // The baseline's file with a hostile name shows as removed, escaped.
    expect(body).toContain('/srv/&#60;script&#62;alert(1)&#60;/script&#62;&#96;x&#96;');
    expect(body.slice(MARKER.length)).not.toMatch(/<img|<script|@team|`whoami`|`x`/);
  });

  it('with comment: never, or outside a pull request, writes no comment but still reports', async () => {
    const never = await pr({ comment: 'never' });
    expect(never.code, never.stdout).toBe(0);
    expect(never.summary).toContain(MARKER);
    const push = await runAction({
      services: { apiUrl: server.url, token: 'ghs_actions' },
      event: { repository: { full_name: 'octo-org/octo-app', default_branch: 'main' } },
      workspace,
      inputs: { image: archive, 'baseline-file': 'baseline.json', key: 'app', mode: 'compare' },
    });
    expect(push.code, push.stdout).toBe(0);
    expect(push.outputs.result).toBe('pass');
    expect(server.log).toEqual([]);
  });
});

describe('the comment and the pull request’s head', () => {
  it('a late run for an older head does not overwrite the newer run’s comment', async () => {
    const newer = api.add({ issue: 42, author: BOT, body: `${MARKER}\nthe newer head's report` });
    // The pull request has moved on to another commit since this run's head, abcdef0….
    model.pulls[0]!.headSha = 'fedcba9'.padEnd(40, '2');
    const late = await pr({ 'max-size': '1GB' });
    expect(late.code, late.stdout).toBe(0);
    expect(newer.body).toBe(`${MARKER}\nthe newer head's report`);
    expect(prComments()).toEqual([newer]);
    expect(late.stdout).toContain(
      '::notice::PR comment not written: this run measured commit abcdef0, but pull request #42 has moved on to fedcba9, whose run reports it',
    );
    expect(server.log.filter((r) => r.method !== 'GET')).toEqual([]);

    // Once it is the head again, the same run writes.
    model.pulls[0]!.headSha = HEAD;
    const current = await pr({ 'max-size': '1GB' });
    expect(current.code, current.stdout).toBe(0);
    expect(newer.body).toContain('max-size 1.00 GB');
  });
});

describe('a rate-limited comment', () => {
  it('on a fork’s pull request is retried, then reported as a rate limit, and not handed to the workflow_run stage', async () => {
    api.refuse('POST', secondaryRateLimit(1), 10);
    const result = await runAction({
      eventName: 'pull_request',
      event: {
        number: 42,
        repository: { full_name: 'octo-org/octo-app', default_branch: 'main' },
        pull_request: {
          number: 42,
          head: { sha: 'abcdef0'.padEnd(40, '1'), repo: { full_name: 'someone/octo-app' } },
          base: { repo: { full_name: 'octo-org/octo-app' } },
        },
      },
      ref: 'refs/pull/42/merge',
      services: { apiUrl: server.url, token: 'ghs_actions' },
      workspace,
      inputs: { image: archive, 'baseline-file': 'baseline.json', key: 'app', mode: 'compare' },
    });
    expect(result.code, result.stdout).toBe(0);
    expect(server.log.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([403, 403, 403]);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^Could not write the pull request comment \(403: You have exceeded a secondary rate limit\..*\): GitHub rate-limited the request \(not a missing permission\); the next run writes it\. The report is in the job summary and the comment-body output\.$/,
      ),
    ]);
    expect(result.stdout).not.toMatch(/handed over|workflow_run/);
  });
});
