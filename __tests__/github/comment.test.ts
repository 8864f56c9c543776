/**
 * The comment upsert with the project's octokit (@actions/github's, with the retry and throttling
 * plugins) against the loopback issue-comment API (no Docker needed): pagination to the last page,
 * the token's identity, on-change, no-op edits, a pull request that moved on, rate limits.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIONS_BOT, commentFailure, upsertComment, type CommentTarget } from '../../src/github/comment.js';
import { createOctokit } from '../../src/github/octokit.js';
import { commentMarker } from '../../src/report/comment.js';
import { commentsApi, type CommentsApi } from '../servers/comments.js';
import { githubApi, type GitHubApi } from '../servers/github-api.js';
import { GitHubModel } from '../servers/github-model.js';
import { startServer, type LoopbackServer } from '../servers/http.js';
import { permissionDenied, primaryRateLimit, secondaryRateLimit } from '../servers/rate-limits.js';

const TARGET: CommentTarget = { owner: 'octo-org', repo: 'octo-app', issueNumber: 7 };
const MARKER = commentMarker('web');
// The throttling plugin paces writes that notify people (comments) 3 s apart, as GitHub asks.
vi.setConfig({ testTimeout: 30_000 });

const HEAD = 'a1'.repeat(20);
let api: CommentsApi;
let rest: GitHubApi;
let server: LoopbackServer;

beforeEach(async () => {
  api = commentsApi({
    ghs_actions: { login: ACTIONS_BOT, type: 'Bot', installation: true },
    ghp_octocat: { login: 'octocat', type: 'User', installation: false },
    ghs_app: { login: 'size-guard-app[bot]', type: 'Bot', installation: true },
  });
  // Pull request #7 of the repository, at HEAD, for the head check before writing.
  const model = new GitHubModel();
  model.addRepo('octo-org/octo-app');
  model.addPull({
    number: 7,
    repository: 'octo-org/octo-app',
    headRepository: 'octo-org/octo-app',
    headBranch: 'f',
    headSha: HEAD,
  });
  rest = githubApi(model, { token: ['ghs_actions', 'ghp_octocat', 'ghs_app'] });
  server = await startServer(api.handler, rest.handler);
});
afterEach(async () => {
  await server.close();
  expect(api.violations).toEqual([]);
  expect(rest.violations).toEqual([]);
});

const octokit = (token = 'ghs_actions') => createOctokit(token, { baseUrl: server.url });
const always = { mode: 'always' as const, changed: true };

describe('upsertComment', () => {
  it('reads every page: the marker on page 3 of 3 is found and edited', async () => {
    for (let i = 0; i < 230; i++) api.add({ issue: 7, author: 'alice', body: `comment ${i}` });
    const mine = api.add({ issue: 7, author: ACTIONS_BOT, body: `${MARKER}\nold` });
    const outcome = await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nnew`, always);
    expect(outcome).toEqual({ action: 'updated', id: mine.id });
    expect(mine.body).toBe(`${MARKER}\nnew`);
    expect(server.log.filter((r) => r.method === 'GET' && r.path.includes('/comments')).map((r) => r.path)).toEqual([
      '/repos/octo-org/octo-app/issues/7/comments?per_page=100',
      '/repos/octo-org/octo-app/issues/7/comments?per_page=100&page=2',
      '/repos/octo-org/octo-app/issues/7/comments?per_page=100&page=3',
    ]);
  });

  it('with a personal token, edits only the comment of the user GET /user names', async () => {
    const bots = api.add({ issue: 7, author: ACTIONS_BOT, body: `${MARKER}\nbot's` });
    const own = api.add({ issue: 7, author: 'octocat', body: `${MARKER}\nmine` });
    expect(await upsertComment(octokit('ghp_octocat'), TARGET, 'web', `${MARKER}\nv2`, always)).toEqual({
      action: 'updated',
      id: own.id,
    });
    expect(bots.body).toBe(`${MARKER}\nbot's`);
  });

  it("with a GitHub App's installation token (GET /user refused), edits the app's comment, not a person's", async () => {
    const person = api.add({ issue: 7, author: 'octocat', body: `${MARKER}\ncopied by hand` });
    const first = await upsertComment(octokit('ghs_app'), TARGET, 'web', `${MARKER}\nv1`, always);
    expect(first.action).toBe('created');
    expect(api.comments.find((c) => c.id === first.id)!.author).toBe('size-guard-app[bot]');
    expect(await upsertComment(octokit('ghs_app'), TARGET, 'web', `${MARKER}\nv2`, always)).toEqual({
      action: 'updated',
      id: first.id,
    });
    expect(api.comments.filter((c) => c.body.startsWith(MARKER))).toHaveLength(2);
    expect(person.body).toBe(`${MARKER}\ncopied by hand`);
  });

  it('another key is another comment', async () => {
    api.add({ issue: 7, author: ACTIONS_BOT, body: `${commentMarker('api')}\napi image` });
    const outcome = await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nweb image`, always);
    expect(outcome.action).toBe('created');
    expect(api.comments.map((c) => c.body)).toEqual([`${commentMarker('api')}\napi image`, `${MARKER}\nweb image`]);
  });

  it('on-change: no new comment for an unchanged image, but an existing one is kept current', async () => {
    const quiet = { mode: 'on-change' as const, changed: false };
    expect(await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nsame`, quiet)).toEqual({
      action: 'skipped',
      id: null,
    });
    expect(api.comments).toEqual([]);
    const created = await upsertComment(octokit(), TARGET, 'web', `${MARKER}\ngrew`, {
      mode: 'on-change',
      changed: true,
    });
    expect(created.action).toBe('created');
    expect(await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nback`, quiet)).toEqual({
      action: 'updated',
      id: created.id,
    });
  });

  it('does not edit a comment whose body is already the report', async () => {
    api.add({ issue: 7, author: ACTIONS_BOT, body: `${MARKER}\nsame` });
    expect((await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nsame`, always)).action).toBe('unchanged');
    expect(server.log.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('mode never asks nothing of GitHub', async () => {
    expect(await upsertComment(octokit(), TARGET, 'web', 'x', { mode: 'never', changed: true })).toEqual({
      action: 'skipped',
      id: null,
    });
    expect(server.log).toEqual([]);
  });

  it('a refusal becomes one line saying where the report is instead', async () => {
    api.refuse('POST', 403, 'Resource not accessible by integration');
    const err = await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nx`, always).catch((e: unknown) => e);
    expect(commentFailure(err)).toBe(
      'Could not write the pull request comment (403: Resource not accessible by integration - https://docs.github.com/rest/issues/comments): ' +
        'the token may not write to this pull request (a fork, or no `pull-requests: write` permission). ' +
        'The report is in the job summary and the comment-body output.',
    );
    api.refuse('POST', 429, 'API rate limit exceeded');
    const limited = await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nx`, always).catch((e: unknown) => e);
    expect(commentFailure(limited)).toMatch(
      /^Could not write the pull request comment \(429: API rate limit exceeded.*GitHub rate-limited the request \(not a missing permission\)/,
    );
  });
});

describe('a run for an older head', () => {
  it('writes nothing once the pull request has moved on, and writes for the head it has', async () => {
    const mine = api.add({ issue: 7, author: ACTIONS_BOT, body: `${MARKER}\nnewer report` });
    const late = { ...always, headSha: 'b2'.repeat(20) };
    expect(await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nolder report`, late)).toEqual({
      action: 'skipped',
      id: mine.id,
    });
    expect(mine.body).toBe(`${MARKER}\nnewer report`);
    api.comments.length = 0;
    expect((await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nolder`, late)).action).toBe('skipped');
    expect(api.comments).toEqual([]);
    expect(server.log.filter((r) => r.method !== 'GET')).toEqual([]);

    const current = await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nhead`, { ...always, headSha: HEAD });
    expect(current.action).toBe('created');
    expect(server.log.filter((r) => r.path === '/repos/octo-org/octo-app/pulls/7')).toHaveLength(3);
  });
});

describe('rate limits', () => {
  it.each([
    ['a secondary rate limit', () => secondaryRateLimit(1)],
    ['a primary rate limit', () => primaryRateLimit(1)],
    ['a 429', () => secondaryRateLimit(1, 429)],
  ])('%s on writing is waited out, and the comment is written once', async (_what, limit) => {
    api.refuse('POST', limit());
    expect((await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nx`, always)).action).toBe('created');
    expect(server.log.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([limit().status, 201]);
    expect(api.comments).toHaveLength(1);
  });

  it('one that lasts is given up after two retries and said to be a rate limit, not a permission', async () => {
    api.refuse('POST', secondaryRateLimit(1), 10);
    const err = await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nx`, always).catch((e: unknown) => e);
    expect(server.log.filter((r) => r.method === 'POST')).toHaveLength(3);
    expect(commentFailure(err)).toMatch(
      /^Could not write the pull request comment \(403: You have exceeded a secondary rate limit\..*\): GitHub rate-limited the request \(not a missing permission\); the next run writes it\./,
    );
  });

  it('a missing permission is asked once', async () => {
    api.refuse('POST', permissionDenied(), 10);
    const err = await upsertComment(octokit(), TARGET, 'web', `${MARKER}\nx`, always).catch((e: unknown) => e);
    expect(server.log.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(commentFailure(err)).toMatch(/the token may not write to this pull request/);
  });
});
