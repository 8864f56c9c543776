/**
 * The comment hand-off between the two stages of a fork's pull request: the `pull_request` run,
 * whose token may not comment, writes this document as an artifact; the `workflow_run` run, which
 * may, reads it back. Pure: the reading side treats the document as untrusted data (the fork's own
 * workflow could have written anything), so every field is checked and nothing in it is run.
 */
import { sanitizeKey } from '../baseline/mode.js';
import { commentMarker } from '../report/comment.js';

export const COMMENT_ARTIFACT_PREFIX = 'image-size-guard-comment-';
export const COMMENT_FILE = 'comment.json';

/** GitHub refuses a longer comment body. */
export const MAX_BODY = 65_536;
/** The document holds one body plus a few short fields; anything much larger is not ours. */
export const MAX_DOCUMENT_BYTES = 4 * MAX_BODY + 16_384;

const RESULTS = ['pass', 'warn', 'fail', 'no-baseline'] as const;
export type HandoffResult = (typeof RESULTS)[number];

export interface CommentHandoff {
  schemaVersion: 1;
  /** The comment key: the marker in `body` names it. */
  key: string;
  /** The pull request the first stage ran for, as its event said (checked again by the second stage). */
  pullRequest: number;
  /** The commit that was measured. */
  headSha: string;
  result: HandoffResult;
  /** `on-change`: start a comment only when the image changed; an existing one is always updated. */
  mode: 'always' | 'on-change';
  changed: boolean;
  body: string;
}

export function commentArtifactName(key: string): string {
  return `${COMMENT_ARTIFACT_PREFIX}${sanitizeKey(key)}`;
}

export type Parsed = { ok: true; handoff: CommentHandoff } | { ok: false; reason: string };

/** Checks a hand-off document read from an artifact named `artifactName`. */
export function parseHandoff(text: string, artifactName: string): Parsed {
  if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES) return bad(`it is larger than ${MAX_DOCUMENT_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return bad('it is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('it is not a JSON object');
  const d = value as Record<string, unknown>;
  if (d.schemaVersion !== 1) return bad(`schemaVersion is ${JSON.stringify(d.schemaVersion)}, not 1`);
  if (typeof d.key !== 'string' || d.key.length === 0 || d.key.length > 256) return bad('key is not a short string');
  if (commentArtifactName(d.key) !== artifactName) return bad(`its key ${JSON.stringify(d.key)} does not name it`);
  if (typeof d.pullRequest !== 'number' || !Number.isSafeInteger(d.pullRequest) || d.pullRequest < 1) {
    return bad('pullRequest is not a pull request number');
  }
  if (typeof d.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(d.headSha)) return bad('headSha is not a commit SHA');
  if (!(RESULTS as readonly unknown[]).includes(d.result))
    return bad('result is not one of pass, warn, fail, no-baseline');
  if (d.mode !== 'always' && d.mode !== 'on-change') return bad('mode is not always or on-change');
  if (typeof d.changed !== 'boolean') return bad('changed is not true or false');
  if (typeof d.body !== 'string' || d.body.length > MAX_BODY)
    return bad(`body is not a string of at most ${MAX_BODY} characters`);
  // The marker is how the sticky comment is found again: a body without its own key's marker
  // would start a new comment on every run, or pass for another key's.
  if (!d.body.startsWith(commentMarker(d.key))) return bad("body does not start with its key's comment marker");
  return {
    ok: true,
    handoff: {
      schemaVersion: 1,
      key: d.key,
      pullRequest: d.pullRequest,
      headSha: d.headSha,
      result: d.result as HandoffResult,
      mode: d.mode,
      changed: d.changed,
      body: d.body,
    },
  };
}

function bad(reason: string): Parsed {
  return { ok: false, reason };
}
