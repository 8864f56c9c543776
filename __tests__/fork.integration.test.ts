/**
 * A pull request from a fork, in its two stages, end to end. The `pull_request` run gets a read-only
 * token (as GitHub gives a fork's): the bundled action, run as a runner runs it, measures a real
 * image, fails for its threshold and not for the refused comment, and hands the comment over as an
 * artifact. The `workflow_run` run, with a token that may write, posts it to the pull request GitHub
 * ties to the triggering run. All of it through the real @actions/artifact and @actions/github, talking
 * to loopback stand-ins of the results service, blob storage and the REST API (checked against
 * GitHub's OpenAPI description). Sizes come from the image's own manifest, read with the system tar.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUSYBOX } from './helpers/base-images.js';
import { buildx, expectedFromLayout, extract, makeContext, sum } from './helpers/images.js';
import { runAction, type ActionRun } from './helpers/runner.js';
import { unzip, zipStored } from './helpers/zip.js';
import { handoff as reportHandoff, hostile, liveHostile, renderGfm } from './fork/handoffs.js';
import { MAX_COMMENTS_PER_RUN } from '../src/fork/relay.js';
import { artifactService } from './servers/artifact-service.js';
import { commentsApi, type CommentsApi } from './servers/comments.js';
import { githubApi, type GitHubApi } from './servers/github-api.js';
import { GitHubModel, runtimeToken, type ArtifactModel, type RunModel } from './servers/github-model.js';
import { startServer, type LoopbackServer } from './servers/http.js';

const REPO = 'octo-org/octo-app';
const FORK = 'mallory/octo-app';
const BRANCH = 'patch-1';
const BOT = 'github-actions[bot]';
/** The token a fork's pull_request run gets: it reads, it may not write. */
const READ_TOKEN = 'ghs_forkreadonly0123456789';
/** The token of the workflow_run run, in the base repository's own context. */
const WRITE_TOKEN = 'ghs_basewrite0123456789ab';
const ARTIFACT = 'image-size-guard-comment-app';
const MARKER = '<!-- image-size-guard:app -->';

let image: string;
let compressed: number;
let model: GitHubModel;
let api: GitHubApi;
let comments: CommentsApi;
let server: LoopbackServer;

beforeAll(async () => {
  const context = await makeContext({
    Dockerfile: [
      `FROM ${BUSYBOX}`,
      'RUN mkdir -p /app && dd if=/dev/urandom of=/app/blob.bin bs=1024 count=300 2>/dev/null',
      'COPY app.conf /app/',
    ].join('\n'),
    'app.conf': 'workers=2\n'.repeat(10),
  });
  image = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'isg-fork-')), 'app.oci.tar');
  await buildx(context, ['-t', 'isg-fork/app:1', '--output', `type=oci,dest=${image}`]);
  compressed = sum((await expectedFromLayout(await extract(image))).layers.map((l) => l.size));
});

beforeEach(async () => {
  model = new GitHubModel();
  model.addRepo(REPO, 'main');
  model.addRepo(FORK, 'main');
  model.addRepo('octo-org/other', 'main');
  api = githubApi(model, { token: [READ_TOKEN, WRITE_TOKEN], maxPerPage: 2 });
  comments = commentsApi({
    [READ_TOKEN]: { login: BOT, type: 'Bot', installation: true, readOnly: true },
    [WRITE_TOKEN]: { login: BOT, type: 'Bot', installation: true },
  });
  server = await startServer(artifactService(model), comments.handler, api.handler, model.blobs.handler);
});

afterEach(async () => {
  await server.close();
  expect(api.violations).toEqual([]);
  expect(comments.violations).toEqual([]);
});

const repository = { full_name: REPO, default_branch: 'main' };

/** A push to the fork's branch: its pull_request run in the base repository, and PR #7 moved to it. */
function forkPush(): RunModel {
  const run = model.addRun({ repository: REPO, headRepository: FORK, event: 'pull_request', headBranch: BRANCH });
  const pr = model.pulls.find((p) => p.number === 7);
  if (pr) pr.headSha = run.headSha;
  else model.addPull({ number: 7, repository: REPO, headRepository: FORK, headBranch: BRANCH, headSha: run.headSha });
  return run;
}

/** Stage 1: the fork's pull_request run, with its read-only token. */
function pullRequestStage(run: RunModel, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    eventName: 'pull_request',
    ref: 'refs/pull/7/merge',
    // GITHUB_SHA of a pull_request run is the merge commit, not the head the fork pushed.
    sha: 'e'.repeat(40),
    event: {
      number: 7,
      repository,
      pull_request: {
        number: 7,
        head: { sha: run.headSha, ref: BRANCH, repo: { full_name: FORK } },
        base: { ref: 'main', repo: { full_name: REPO } },
      },
    },
    inputs: { image, key: 'app', 'max-size': '100kB', ...inputs },
    services: services(run, READ_TOKEN),
  });
}

/** Stage 2: the workflow_run run GitHub starts when `run` completes, with the base repository's token. */
function workflowRunStage(run: RunModel, inputs: Record<string, string> = {}, pullRequests: object[] = []) {
  const self = model.addRun({ repository: REPO, event: 'workflow_run', headBranch: 'main' });
  const head = model.repo(run.headRepository);
  return runAction({
    eventName: 'workflow_run',
    ref: 'refs/heads/main',
    event: {
      action: 'completed',
      repository,
      workflow_run: {
        id: run.id,
        event: run.event,
        conclusion: 'failure',
        head_sha: run.headSha,
        head_branch: run.headBranch,
        head_repository: { full_name: run.headRepository, owner: { login: head.owner } },
        repository: { full_name: REPO },
        // GitHub leaves this empty for a fork's run.
        pull_requests: pullRequests,
      },
    },
    inputs,
    services: services(self, WRITE_TOKEN),
  });
}

function services(run: RunModel, token: string) {
  return { resultsUrl: server.url, runtimeToken: runtimeToken(run), apiUrl: server.url, token, runId: run.id };
}

function handoffOf(artifact: ArtifactModel): Record<string, unknown> {
  return JSON.parse(unzip(model.content(artifact)!)['comment.json']!.toString('utf8'));
}

const lines = (r: ActionRun, kind: 'notice' | 'warning') =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) => l.slice(l.indexOf('::', 2) + 2));

describe('a pull request from a fork', () => {
  it('fails for the threshold, not for the refused comment, and hands the comment over as an artifact', async () => {
    const run = forkPush();
    const result = await pullRequestStage(run);

    expect(result.code).toBe(1);
    expect(Number(result.outputs['compressed-bytes'])).toBe(compressed);
    expect(result.outputs.result).toBe('fail');
    // The only error is the threshold's; the refusal is a notice, not a warning.
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^max-size: linux\/amd64 compressed size is .*limit 100 kB/);
    expect(lines(result, 'warning').filter((w) => /comment/i.test(w))).toEqual([]);
    const [notice] = lines(result, 'notice').filter((n) => n.includes(ARTIFACT));
    expect(notice).toBe(
      `No comment written: this pull request comes from a fork, whose token may not comment (403: Resource not accessible by integration - https://docs.github.com/rest/issues/comments). It is handed over as artifact ${ARTIFACT} (id ${model.artifacts.find((a) => a.name === ARTIFACT)?.id}) for a workflow_run workflow to post with mode: comment; the report is in the job summary and the comment-body output.`,
    );
    expect(result.outputs['comment-id']).toBe('');

    const uploaded = model.artifacts.filter((a) => a.name === ARTIFACT);
    expect(uploaded).toHaveLength(1);
    expect(uploaded[0]).toMatchObject({ runId: run.id, finalized: true });
    // Figures, names and the verdict, never markdown: the comment stage renders the comment itself.
    const document = handoffOf(uploaded[0]!);
    expect(document).toMatchObject({
      schemaVersion: 2,
      key: 'app',
      pullRequest: 7,
      headSha: run.headSha,
      mode: 'always',
      changed: true,
      dockerfile: null,
      report: { verdict: { result: 'fail', failed: true } },
    });
    expect(document).not.toHaveProperty('body');
    expect(result.outputs['comment-body']!.startsWith(MARKER)).toBe(true);
    expect(comments.comments).toEqual([]);
  });

  it('the workflow_run stage posts exactly one comment on the pull request, the report byte for byte', async () => {
    const run = forkPush();
    const first = await pullRequestStage(run);
    model.addPull({ number: 8, repository: REPO, headRepository: REPO, headBranch: 'other', headSha: 'c'.repeat(40) });
    server.log.length = 0;

    const posted = await workflowRunStage(run);
    expect(posted.code, posted.stdout).toBe(0);
    expect(comments.comments).toHaveLength(1);
    const [comment] = comments.comments;
    expect(comment).toMatchObject({ issue: 7, author: BOT, body: first.outputs['comment-body'] });
    expect(posted.outputs['comment-id']).toBe(String(comment!.id));
    // Nothing was built or measured: the stage only read the run's artifacts and the pull requests.
    expect(posted.outputs['compressed-bytes']).toBeUndefined();
    const paths = server.log.map((l) => `${l.method} ${l.path.split('?')[0]}`);
    expect(paths).toContain(`GET /repos/${REPO}/actions/runs/${run.id}/artifacts`);
    expect(paths).toContain(`GET /repos/${REPO}/pulls`);
    expect(paths.filter((p) => p.startsWith('POST /twirp'))).toEqual([]);
  });

  it('the next push to the fork updates the same comment in place', async () => {
    const run1 = forkPush();
    await pullRequestStage(run1);
    expect((await workflowRunStage(run1)).code).toBe(0);
    const [comment] = comments.comments;
    const firstBody = comment!.body;

    const run2 = forkPush();
    // The fix: the image is within a larger budget now.
    const second = await pullRequestStage(run2, { 'max-size': '10MB' });
    expect(second.code, second.stdout).toBe(0);
    const posted = await workflowRunStage(run2);
    expect(posted.code, posted.stdout).toBe(0);
    expect(comments.comments).toHaveLength(1);
    expect(comments.comments[0]!.id).toBe(comment!.id);
    expect(comments.comments[0]!.body).toBe(second.outputs['comment-body']);
    expect(comments.comments[0]!.body).not.toBe(firstBody);
    expect(posted.outputs['comment-id']).toBe(String(comment!.id));

    // The first run's stage, late: the pull request has moved on, so the older report is not posted.
    const late = await workflowRunStage(run1);
    expect(late.code, late.stdout).toBe(0);
    expect(comments.comments[0]!.body).toBe(second.outputs['comment-body']);
    expect(lines(late, 'notice')).toContainEqual(
      expect.stringMatching(/not posted: pull request #7 has moved on to commit/),
    );
  });

  it('a re-run of the pull request job replaces its hand-off, and the latest report is posted', async () => {
    const run = forkPush();
    await pullRequestStage(run);
    const [before] = model.artifacts.filter((a) => a.name === ARTIFACT);
    // Re-running a job keeps the run, so the first attempt's artifact is still there.
    const rerun = await pullRequestStage(run, { 'max-size': '10MB' });
    expect(rerun.code, rerun.stdout).toBe(0);
    const after = model.artifacts.filter((a) => a.name === ARTIFACT);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(before!.id);
    expect(handoffOf(after[0]!)).toMatchObject({ report: { verdict: { result: 'no-baseline' } } });

    expect((await workflowRunStage(run)).code).toBe(0);
    expect(comments.comments).toMatchObject([{ issue: 7, body: rerun.outputs['comment-body'] }]);
  });

  it('a tampered artifact naming another pull request posts nowhere', async () => {
    const run = forkPush();
    const victim = model.addPull({
      number: 8,
      repository: REPO,
      headRepository: REPO,
      headBranch: 'release',
      headSha: 'd'.repeat(40),
    });
    model.addArtifact({
      name: ARTIFACT,
      runId: run.id,
      content: zipStored({
        'comment.json': JSON.stringify(reportHandoff({ pullRequest: victim.number, headSha: run.headSha })),
      }),
    });

    const posted = await workflowRunStage(run);
    expect(posted.code, posted.stdout).toBe(0);
    expect(comments.comments).toEqual([]);
    expect(lines(posted, 'warning')).toEqual([
      `Comment artifact ${ARTIFACT} of run ${run.id} not posted: it names pull request #8, but run ${run.id} belongs to #7`,
    ]);
    expect(posted.outputs['comment-id']).toBe('');
  });

  it('an old body-only hand-off is refused, not posted, with one line saying to re-run the pull request workflow', async () => {
    const run = forkPush();
    model.addArtifact({
      name: ARTIFACT,
      runId: run.id,
      content: zipStored({ 'comment.json': JSON.stringify({ schemaVersion: 1, key: 'app', body: 'hi' }) }),
    });
    const posted = await workflowRunStage(run);
    expect(posted.code, posted.stdout).toBe(0);
    expect(comments.comments).toEqual([]);
    expect(lines(posted, 'warning')).toEqual([
      `Comment artifact ${ARTIFACT} of run ${run.id} not posted: it was written by an older image-size-guard (schemaVersion 1, a finished comment, which is no longer posted): re-run the pull request workflow with this version of the action`,
    ]);
  });
  it('a hostile hand-off posts a comment the stage rendered itself: nothing written in it is live', async () => {
    const run = forkPush();
    model.addArtifact({
      name: ARTIFACT,
      runId: run.id,
      content: zipStored({ 'comment.json': JSON.stringify(hostile(reportHandoff({ headSha: run.headSha }))) }),
    });
    const posted = await workflowRunStage(run);
    expect(posted.code, posted.stdout).toBe(0);
    expect(comments.comments).toHaveLength(1);
    const [comment] = comments.comments;
    expect(comment!.body.startsWith(MARKER)).toBe(true);
    // The payload is there, as text, in every place the document could put it.
    expect(comment!.body.split('attacker').length).toBeGreaterThan(100);
    // Links go to the Dockerfile in this repository at the checked commit, whatever the document said.
    expect(liveHostile(renderGfm(comment!.body), `https://github.com/${REPO}/blob/${run.headSha}/docker/`)).toEqual([]);
  });

  it(`a run that hands over 500 comments gets at most ${MAX_COMMENTS_PER_RUN} posted, and one warning`, async () => {
    const run = forkPush();
    for (let i = 0; i < 500; i++) {
      const key = `app-${String(i).padStart(3, '0')}`;
      model.addArtifact({
        name: `image-size-guard-comment-${key}`,
        runId: run.id,
        content: zipStored({ 'comment.json': JSON.stringify(reportHandoff({ key, headSha: run.headSha })) }),
      });
    }
    const posted = await workflowRunStage(run);
    expect(posted.code, posted.stdout).toBe(0);
    expect(comments.comments).toHaveLength(MAX_COMMENTS_PER_RUN);
    expect(new Set(comments.comments.map((c) => c.body.split('\n')[0])).size).toBe(MAX_COMMENTS_PER_RUN);
    expect(lines(posted, 'warning')).toEqual([
      `Run ${run.id} handed over 500 comment artifacts; only the first ${MAX_COMMENTS_PER_RUN} by name are posted (at most ${MAX_COMMENTS_PER_RUN} comments a run), the other 490 are refused`,
    ]);
    // Only the posted ones were downloaded.
    expect(server.log.filter((l) => /\/artifacts\/\d+\/zip/.test(l.path))).toHaveLength(MAX_COMMENTS_PER_RUN);
  });

  it('a hand-off with a number that is not finite is refused, not posted', async () => {
    const run = forkPush();
    const json = JSON.stringify(reportHandoff({ headSha: run.headSha })).replace(
      /"current":74601000\b/,
      '"current":1e999',
    );
    expect(json).toContain('1e999');
    model.addArtifact({ name: ARTIFACT, runId: run.id, content: zipStored({ 'comment.json': json }) });
    const posted = await workflowRunStage(run);
    expect(posted.code, posted.stdout).toBe(0);
    expect(comments.comments).toEqual([]);
    expect(lines(posted, 'warning')).toEqual([
      `Comment artifact ${ARTIFACT} of run ${run.id} not posted: the document.report.platforms[0].totals.compressed.current is not a number from -9007199254740991 to 9007199254740991`,
    ]);
  });
});

describe('a read-only token on a pull request from the repository itself (as Dependabot’s)', () => {
  it('hands the comment over too, and the workflow_run stage posts it to the pull request GitHub names', async () => {
    const run = model.addRun({ repository: REPO, event: 'pull_request', headBranch: 'dependabot/npm/x' });
    model.addPull({
      number: 12,
      repository: REPO,
      headRepository: REPO,
      headBranch: run.headBranch,
      headSha: run.headSha,
    });
    const first = await runAction({
      eventName: 'pull_request',
      ref: 'refs/pull/12/merge',
      event: {
        number: 12,
        repository,
        pull_request: {
          number: 12,
          head: { sha: run.headSha, ref: run.headBranch, repo: { full_name: REPO } },
          base: { ref: 'main', repo: { full_name: REPO } },
        },
      },
      inputs: { image, key: 'app' },
      services: services(run, READ_TOKEN),
    });
    expect(first.code, first.stdout).toBe(0);
    expect(lines(first, 'notice')).toContainEqual(
      expect.stringMatching(
        /^No comment written: the token may not comment \(403: .*no `pull-requests: write`\. It is handed over/,
      ),
    );

    // Same repository: GitHub lists the pull request in the payload, so none is looked up.
    server.log.length = 0;
    const posted = await workflowRunStage(run, {}, [{ number: 12, head: { sha: run.headSha, ref: run.headBranch } }]);
    expect(posted.code, posted.stdout).toBe(0);
    expect(comments.comments).toMatchObject([{ issue: 12, author: BOT, body: first.outputs['comment-body'] }]);
    expect(server.log.filter((l) => l.path.split('?')[0] === `/repos/${REPO}/pulls`)).toEqual([]);
  });
});

describe('the workflow_run stage without `pull-requests: write`', () => {
  it('fails with one line that says which permission to grant', async () => {
    const run = forkPush();
    await pullRequestStage(run);
    const self = model.addRun({ repository: REPO, event: 'workflow_run', headBranch: 'main' });
    const result = await runAction({
      eventName: 'workflow_run',
      event: {
        workflow_run: {
          id: run.id,
          event: 'pull_request',
          head_sha: run.headSha,
          head_branch: BRANCH,
          head_repository: { full_name: FORK, owner: { login: 'mallory' } },
          pull_requests: [],
        },
      },
      inputs: { mode: 'comment' },
      services: services(self, READ_TOKEN),
    });
    expect(result.code).toBe(1);
    expect(comments.comments).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^Could not write the pull request comment \(403: Resource not accessible by integration.*Grant the workflow `pull-requests: write`\.$/,
    );
  });
});

describe('the workflow_run stage of other runs', () => {
  it('a run that was not a pull request posts nothing and looks at no artifact', async () => {
    const push = model.addRun({ repository: REPO, event: 'push', headBranch: 'main' });
    const posted = await workflowRunStage(push);
    expect(posted.code, posted.stdout).toBe(0);
    expect(comments.comments).toEqual([]);
    expect(lines(posted, 'notice')).toEqual([
      `Run ${push.id} was started by push, not by a pull request: there is no comment to post`,
    ]);
    expect(server.log.filter((l) => l.path.includes('/artifacts'))).toEqual([]);
  });

  it('a pull request from the repository itself that could comment leaves nothing to post', async () => {
    const run = model.addRun({ repository: REPO, event: 'pull_request', headBranch: 'feature' });
    const posted = await workflowRunStage(run, {}, [{ number: 9, head: { sha: run.headSha, ref: 'feature' } }]);
    expect(posted.code, posted.stdout).toBe(0);
    expect(comments.comments).toEqual([]);
    expect(lines(posted, 'notice')).toEqual([
      `Run ${run.id} handed over no comment (no artifact image-size-guard-comment-*): it wrote its comment itself, or stopped before its report`,
    ]);
  });
});
