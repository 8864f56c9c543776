/**
 * The sticky PR comment: one per key, found again by the hidden marker among ALL the pull
 * request's comments (not only the first page), and edited in place. Only comments written by the
 * token's own identity are ever edited.
 */
import * as core from '@actions/core';
import { commentMarker } from '../report/comment.js';
import type { Octokit } from './octokit.js';
import { isRateLimit, refusalOf, statusOf } from './refusal.js';

export type { Octokit } from './octokit.js';
export { statusOf } from './refusal.js';
export type CommentMode = 'always' | 'on-change' | 'never';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  /** The comment's id; null when none was written or found. */
  id: number | null;
}

/**
 * The author of the comments GITHUB_TOKEN writes. `GET /user` is refused to installation tokens
 * ("Resource not accessible by integration"), so for them the identity cannot be asked for.
 */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token writes as: `GET /user` for a personal token; null for an installation token
 * (GITHUB_TOKEN, or a GitHub App's), which may not ask.
 */
export async function tokenIdentity(octokit: Octokit): Promise<string | null> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    // A rate limit says nothing about the token: the requests after this one would meet it too.
    if (isRateLimit(err)) throw err;
    if (statusOf(err) === 403 || statusOf(err) === 401 || statusOf(err) === 404) return null;
    throw err;
  }
}

type IssueComment = { user?: { login: string; type?: string } | null };

/**
 * Of the comments carrying this image's marker, the one this token wrote. An installation token
 * writes as a bot: the Actions bot's comment is taken first, else another bot's (a GitHub App's,
 * whose name the token cannot learn). A person's comment is never taken for it.
 */
function ownComment<C extends IssueComment>(marked: C[], identity: string | null): C | undefined {
  if (identity !== null) return marked.find((c) => c.user?.login === identity);
  return marked.find((c) => c.user?.login === ACTIONS_BOT) ?? marked.find((c) => c.user?.type === 'Bot');
}

export interface UpsertOptions {
  mode: CommentMode;
  changed: boolean;
  /**
   * The pull request head this report measured. When set, nothing is written once the pull request
   * has moved on to another head: runs finish in any order, and an older one must not overwrite
   * the report of a newer one.
   */
  headSha?: string;
}

/**
 * Creates or updates the comment for `key`. With `on-change`, a comment is only started when the
 * image changed, but an existing one is always brought up to date so it never shows stale figures.
 */
export async function upsertComment(
  octokit: Octokit,
  target: CommentTarget,
  key: string,
  body: string,
  options: UpsertOptions,
): Promise<CommentOutcome> {
  if (options.mode === 'never') return { action: 'skipped', id: null };
  const marker = commentMarker(key);
  const identity = await tokenIdentity(octokit);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const mine = ownComment(
    comments.filter((c) => (c.body ?? '').startsWith(marker)),
    identity,
  );
  if (mine) {
    if (mine.body === body) return { action: 'unchanged', id: mine.id };
    if (await movedOn(octokit, target, options.headSha)) return { action: 'skipped', id: mine.id };
    await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: mine.id, body });
    return { action: 'updated', id: mine.id };
  }
  if (options.mode === 'on-change' && !options.changed) return { action: 'skipped', id: null };
  if (await movedOn(octokit, target, options.headSha)) return { action: 'skipped', id: null };
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  return { action: 'created', id: data.id };
}

/**
 * Whether the pull request's head is no longer `headSha` (asked right before writing, so the window
 * for a race is as short as it gets), saying so in a notice. A number GitHub knows no pull request
 * by (404: an issue) has no head to be behind.
 */
async function movedOn(octokit: Octokit, target: CommentTarget, headSha: string | undefined): Promise<boolean> {
  if (!headSha) return false;
  let head: string;
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: target.owner,
      repo: target.repo,
      pull_number: target.issueNumber,
    });
    head = data.head.sha;
  } catch (err) {
    if (statusOf(err) === 404) return false;
    throw err;
  }
  if (head === headSha) return false;
  core.notice(
    `PR comment not written: this run measured commit ${headSha.slice(0, 7)}, but pull request #${target.issueNumber} has moved on to ${head.slice(0, 7)}, whose run reports it`,
  );
  return true;
}

/** One line for a comment that could not be written, saying where the report is instead. */
export function commentFailure(err: unknown): string {
  const { kind, status } = refusalOf(err);
  const why =
    kind === 'rate-limit'
      ? 'GitHub rate-limited the request (not a missing permission); the next run writes it'
      : kind === 'permission'
        ? 'the token may not write to this pull request (a fork, or no `pull-requests: write` permission)'
        : 'GitHub refused it';
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return `Could not write the pull request comment (${status ?? 'error'}: ${detail}): ${why}. The report is in the job summary and the comment-body output.`;
}
