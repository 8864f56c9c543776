/**
 * Which pull request a hand-off comment may go to. Pure. The pull request number in the artifact is
 * only a claim: it is accepted when GitHub itself ties that pull request to the triggering run
 * (`workflow_run.pull_requests`, or, for a fork's run where that list is empty, the open pull
 * requests whose head is the run's head repository and branch) and the commits agree.
 */
import type { CommentHandoff } from './document.js';

/** What the `workflow_run` event says about the run that triggered it. */
export interface TriggeringRun {
  id: number;
  /** The event that started that run, e.g. `pull_request`. */
  event: string;
  headSha: string;
  headBranch: string | null;
  /** `owner/name` of the repository the head commit came from; a fork's for a fork's pull request. */
  headRepository: string | null;
  headOwner: string | null;
  /** Pull requests GitHub ties to the run; empty for a fork's. */
  pullRequests: PullFacts[];
}

export interface PullFacts {
  number: number;
  headSha: string | null;
  /** `owner/name` of the head repository, when known. */
  headRepository?: string | null;
  headRef?: string | null;
}

/** Events whose runs measure a pull request with a token that may be read-only. */
export const PULL_REQUEST_EVENTS = ['pull_request'];

/** The triggering run from a `workflow_run` event payload, or null when the payload has none. */
export function triggeringRun(payload: unknown): TriggeringRun | null {
  const run = (payload as { workflow_run?: unknown } | null)?.workflow_run;
  if (typeof run !== 'object' || run === null) return null;
  const r = run as Record<string, unknown>;
  if (typeof r.id !== 'number' || typeof r.head_sha !== 'string' || typeof r.event !== 'string') return null;
  const headRepo = r.head_repository as { full_name?: unknown; owner?: { login?: unknown } } | null | undefined;
  const prs = Array.isArray(r.pull_requests) ? (r.pull_requests as unknown[]) : [];
  return {
    id: r.id,
    event: r.event,
    headSha: r.head_sha,
    headBranch: typeof r.head_branch === 'string' ? r.head_branch : null,
    headRepository: typeof headRepo?.full_name === 'string' ? headRepo.full_name : null,
    headOwner: typeof headRepo?.owner?.login === 'string' ? headRepo.owner.login : null,
    pullRequests: prs.flatMap((p) => {
      const pr = p as { number?: unknown; head?: { sha?: unknown } } | null;
      return typeof pr?.number === 'number'
        ? [{ number: pr.number, headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : null }]
        : [];
    }),
  };
}

/** The open pull requests (looked up by head) that are the run's: same head repository and branch. */
export function pullsOfRun(run: TriggeringRun, open: readonly PullFacts[]): PullFacts[] {
  return open.filter((p) => p.headRepository === run.headRepository && p.headRef === run.headBranch);
}

export type Decision = { post: true; number: number } | { post: false; level: 'notice' | 'warning'; reason: string };

/**
 * Whether the hand-off may be posted, and where. `pulls` are the pull requests GitHub ties to the
 * run (see `pullsOfRun`).
 */
export function decide(
  run: TriggeringRun,
  handoff: Pick<CommentHandoff, 'headSha' | 'pullRequest'>,
  pulls: readonly PullFacts[],
): Decision {
  if (handoff.headSha !== run.headSha) {
    return {
      post: false,
      level: 'warning',
      reason: `it was made for commit ${short(handoff.headSha)}, but run ${run.id} is for commit ${short(run.headSha)}`,
    };
  }
  const pr = pulls.find((p) => p.number === handoff.pullRequest);
  if (!pr) {
    const theirs = pulls.length ? pulls.map((p) => `#${p.number}`).join(', ') : 'no open pull request';
    return {
      post: false,
      level: 'warning',
      reason: `it names pull request #${handoff.pullRequest}, but run ${run.id} belongs to ${theirs}`,
    };
  }
  if (pr.headSha && pr.headSha !== run.headSha) {
    // Posting now could overwrite the newer commit's comment when the runs finish out of order.
    return {
      post: false,
      level: 'notice',
      reason: `pull request #${pr.number} has moved on to commit ${short(pr.headSha)}; the run for that commit posts its own comment`,
    };
  }
  return { post: true, number: pr.number };
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
