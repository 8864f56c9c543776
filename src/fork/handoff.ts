/**
 * The first stage of a fork's pull request: its token may read but not comment, so the comment is
 * handed to the second, `workflow_run` stage as a small artifact instead.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as core from '@actions/core';
import { messageOf } from '../errors.js';
import { uploadReplacing } from '../github/artifact.js';
import { commentFailure, statusOf } from '../github/comment.js';
import { isRateLimit } from '../github/refusal.js';
import { COMMENT_FILE, MAX_DOCUMENT_BYTES, commentArtifactName, type CommentHandoff } from './document.js';

/** Long enough to re-run the second stage by hand; the comment itself is what lasts. */
const RETENTION_DAYS = 7;

/** Whether the pull request comes from another repository (its token is read-only by default). */
export function isForkPullRequest(payload: unknown): boolean {
  const pr = (payload as { pull_request?: unknown } | null)?.pull_request as
    { head?: { repo?: { full_name?: unknown } | null }; base?: { repo?: { full_name?: unknown } | null } } | undefined;
  const head = pr?.head?.repo?.full_name;
  const base = pr?.base?.repo?.full_name;
  return typeof head === 'string' && typeof base === 'string' && head !== base;
}

/** Uploads the hand-off as this run's artifact; returns the artifact's name and id. */
export async function uploadHandoff(handoff: CommentHandoff, tempDir: string): Promise<{ name: string; id: number }> {
  const name = commentArtifactName(handoff.key);
  const dir = path.join(tempDir, name);
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, COMMENT_FILE);
  const text = JSON.stringify(handoff);
  // The comment stage refuses a larger document: say so here, where the report is.
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_DOCUMENT_BYTES) throw new Error(`the report is ${bytes} bytes, more than ${MAX_DOCUMENT_BYTES}`);
  await fs.writeFile(file, text);
  const id = await uploadReplacing(name, file, dir, RETENTION_DAYS);
  return { name, id };
}

/**
 * After the comment was refused: hand it to the `workflow_run` stage when the refusal is the
 * read-only token of a fork (or any 403), and say so in a notice, not a failure. Returns false when
 * the refusal is of another kind, for the caller to report as before.
 */
export async function handOffRefusedComment(
  err: unknown,
  payload: unknown,
  handoff: CommentHandoff,
  tempDir: string,
): Promise<boolean> {
  const status = statusOf(err);
  const fork = isForkPullRequest(payload);
  // A rate limit is no read-only token: the next run writes the comment itself.
  if ((status !== 403 && !fork) || isRateLimit(err)) return false;
  const refusal = `${status ?? 'error'}: ${messageOf(err).split('\n')[0]}`;
  const why = fork
    ? `this pull request comes from a fork, whose token may not comment (${refusal})`
    : `the token may not comment (${refusal}): a read-only token, as Dependabot's, or no \`pull-requests: write\``;
  try {
    const { name, id } = await uploadHandoff(handoff, tempDir);
    core.notice(
      `No comment written: ${why}. It is handed over as artifact ${name} (id ${id}) for a workflow_run workflow to post with mode: comment; the report is in the job summary and the comment-body output.`,
    );
  } catch (upload) {
    core.warning(commentFailure(err));
    core.warning(`The comment could not be handed over to a workflow_run workflow either: ${messageOf(upload)}`);
  }
  return true;
}
