/**
 * The second stage of a fork's pull request: a run started by `workflow_run` (completed) in the
 * base repository, with a token that may comment. It reads the comment artifacts of the triggering
 * run as untrusted data (size-capped, checked field by field, never executed) and writes each to the
 * pull request GitHub ties to that run. Nothing is built or measured here.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { Output } from '../action/constants.js';
import { UserError, messageOf } from '../errors.js';
import { commentFailure, upsertComment, type Octokit } from '../github/comment.js';
import { createOctokit } from '../github/octokit.js';
import {
  COMMENT_ARTIFACT_PREFIX,
  COMMENT_FILE,
  MAX_DOCUMENT_BYTES,
  commentArtifactName,
  parseHandoff,
} from './document.js';
import { artifactUrl, renderHandoff } from './render.js';
import { reportArtifactName } from '../action/html-report.js';
import {
  decide,
  pullsOfRun,
  PULL_REQUEST_EVENTS,
  triggeringRun,
  type PullFacts,
  type TriggeringRun,
} from './target.js';
import { readZipEntry } from './zip.js';

/** A zip of one deflated document, with room for its headers: anything larger is not ours. */
const MAX_ARCHIVE_BYTES = MAX_DOCUMENT_BYTES + 4096;

/**
 * The most comments one run may post: a matrix of a few images has a few keys; a pull request run
 * that hands over more is not one to let write that many comments.
 */
export const MAX_COMMENTS_PER_RUN = 10;

type Repo = { owner: string; repo: string };

export interface RelayInputs {
  githubToken: string;
  /** Empty: every comment artifact of the run (one per image of a matrix). */
  commentKey: string;
}

/** Whether this run is the comment stage: `mode: comment`, or `auto` under a `workflow_run` event. */
export function isCommentStage(mode: string, eventName: string): boolean {
  return mode === 'comment' || (mode === 'auto' && eventName === 'workflow_run');
}

export async function relayComments(inputs: RelayInputs): Promise<void> {
  const context = github.context;
  const run = triggeringRun(context.payload);
  core.setOutput(Output.commentId, '');
  if (!run) {
    throw new UserError(
      `mode is comment, but this ${context.eventName} event names no triggering run: run the comment stage on workflow_run (types: completed) of the pull request workflow`,
    );
  }
  if (!PULL_REQUEST_EVENTS.includes(run.event)) {
    core.notice(`Run ${run.id} was started by ${run.event}, not by a pull request: there is no comment to post`);
    return;
  }
  if (!inputs.githubToken) {
    throw new UserError('No github-token: the comment stage needs one with `actions: read` and `pull-requests: write`');
  }
  const octokit = createOctokit(inputs.githubToken);
  const repo = context.repo;
  const listed = await octokit
    .paginate(octokit.rest.actions.listWorkflowRunArtifacts, { ...repo, run_id: run.id, per_page: 100 })
    .catch((err: unknown) => {
      throw new UserError(
        `Cannot list the artifacts of run ${run.id} (${messageOf(err)}): grant the job \`actions: read\``,
      );
    });
  const wanted = listed.filter((a) =>
    inputs.commentKey ? a.name === commentArtifactName(inputs.commentKey) : a.name.startsWith(COMMENT_ARTIFACT_PREFIX),
  );
  if (wanted.length === 0) {
    core.notice(
      `Run ${run.id} handed over no comment (no artifact ${inputs.commentKey ? commentArtifactName(inputs.commentKey) : `${COMMENT_ARTIFACT_PREFIX}*`}): it wrote its comment itself, or stopped before its report`,
    );
    return;
  }
  const pulls = run.pullRequests.length
    ? run.pullRequests
    : await openPullsOfRun(octokit, repo, run).catch((err: unknown) => {
        throw new UserError(
          `Cannot look up the pull request of run ${run.id} (${messageOf(err)}): grant the job \`pull-requests: write\``,
        );
      });
  // Sorted by name, so a re-run posts for the same keys.
  const sorted = [...wanted].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id));
  if (sorted.length > MAX_COMMENTS_PER_RUN) {
    core.warning(
      `Run ${run.id} handed over ${sorted.length} comment artifacts; only the first ${MAX_COMMENTS_PER_RUN} by name are posted (at most ${MAX_COMMENTS_PER_RUN} comments a run), the other ${sorted.length - MAX_COMMENTS_PER_RUN} are refused`,
    );
  }
  const ids: number[] = [];
  const posted = new Set<string>();
  const site = { serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com', ...repo };
  for (const artifact of sorted.slice(0, MAX_COMMENTS_PER_RUN)) {
    const skip = (level: 'notice' | 'warning', reason: string) =>
      core[level](`Comment artifact ${artifact.name} of run ${run.id} not posted: ${reason}`);
    if (artifact.expired) {
      skip('warning', 'it has expired; re-run the pull request workflow');
      continue;
    }
    if (artifact.size_in_bytes > MAX_ARCHIVE_BYTES) {
      skip('warning', `it is ${artifact.size_in_bytes} bytes, more than a comment takes (${MAX_ARCHIVE_BYTES})`);
      continue;
    }
    let archive: Buffer;
    try {
      archive = await downloadZip(octokit, repo, artifact.id, MAX_ARCHIVE_BYTES);
    } catch (err) {
      skip('warning', `it could not be downloaded (${messageOf(err)}); the token needs \`actions: read\``);
      continue;
    }
    const entry = readZipEntry(archive, COMMENT_FILE, MAX_DOCUMENT_BYTES);
    if (!entry.ok) {
      skip('warning', entry.reason);
      continue;
    }
    const parsed = parseHandoff(entry.data.toString('utf8'), artifact.name);
    if (!parsed.ok) {
      skip('warning', parsed.reason);
      continue;
    }
    const { handoff } = parsed;
    if (posted.has(handoff.key)) {
      skip('warning', `a comment for key ${handoff.key} was already posted by this run`);
      continue;
    }
    const decision = decide(run, handoff, pulls);
    if (!decision.post) {
      skip(decision.level, decision.reason);
      continue;
    }
    // The comment is rendered here, from the checked figures and names: the document holds no markdown.
    // The HTML report's link only when GitHub lists that artifact in the triggering run.
    const html = listed.find((a) => a.name === reportArtifactName(handoff.key) && !a.expired);
    const body = renderHandoff(handoff, site, html ? artifactUrl(site, run.id, html.id) : null);
    posted.add(handoff.key);
    try {
      const outcome = await upsertComment(octokit, { ...repo, issueNumber: decision.number }, handoff.key, body, {
        mode: handoff.mode,
        changed: handoff.changed,
        headSha: handoff.headSha,
      });
      core.info(
        `PR #${decision.number} comment ${outcome.action}${outcome.id ? ` (id ${outcome.id})` : ''}: ${handoff.key}, ${handoff.report.verdict.result}`,
      );
      if (outcome.id !== null) ids.push(outcome.id);
    } catch (err) {
      // Writing the comment is this stage's only job: not managing to is a failure.
      throw new UserError(
        commentFailure(err).replace(/ The report is in .*$/, ' Grant the workflow `pull-requests: write`.'),
      );
    }
  }
  core.setOutput(Output.commentId, ids.join(','));
}

/** For a fork's run, whose `pull_requests` GitHub leaves empty: the open pull requests from its head. */
async function openPullsOfRun(octokit: Octokit, repo: Repo, run: TriggeringRun): Promise<PullFacts[]> {
  if (!run.headOwner || !run.headBranch) return [];
  const open = await octokit.paginate(octokit.rest.pulls.list, {
    ...repo,
    state: 'open',
    head: `${run.headOwner}:${run.headBranch}`,
    per_page: 100,
  });
  return pullsOfRun(
    run,
    open.map((p) => ({
      number: p.number,
      headSha: p.head.sha,
      headRepository: p.head.repo?.full_name ?? null,
      headRef: p.head.ref,
    })),
  );
}

/** The artifact's zip: the REST redirect, then the blob without the token, read up to `max` bytes. */
async function downloadZip(octokit: Octokit, repo: Repo, artifactId: number, max: number): Promise<Buffer> {
  const { status, headers } = await octokit.rest.actions.downloadArtifact({
    ...repo,
    artifact_id: artifactId,
    archive_format: 'zip',
    request: { redirect: 'manual' },
  });
  const location = headers.location;
  if (status !== 302 || !location) throw new Error(`HTTP ${status} without a download location`);
  const response = await fetch(location);
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} from the artifact storage`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.length;
    if (size > max) throw new Error(`it is larger than ${max} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
