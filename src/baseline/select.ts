/**
 * Which stored artifact may serve as the baseline. A pull request can upload an artifact with any
 * name it likes, so the name proves nothing: only the workflow run behind the artifact does. Pure.
 */

/** The fields of GitHub's `artifact` object this decision reads. */
export interface ArtifactInfo {
  id: number;
  name: string;
  expired: boolean;
  createdAt: string | null;
  workflowRun: {
    id: number | null;
    headBranch: string | null;
    repositoryId: number | null;
    headRepositoryId: number | null;
  } | null;
}

/** The fields of GitHub's `workflow-run` object this decision reads. */
export interface RunInfo {
  id: number;
  event: string;
  headBranch: string | null;
  headSha: string;
  repositoryId: number;
  headRepositoryId: number | null;
  /** When the run (its latest attempt) started: `run_started_at`, else `created_at`. */
  startedAt: string | null;
}

/** Events of trusted runs: code already on the branch, never a pull request's. */
export const TRUSTED_EVENTS: readonly string[] = ['push', 'schedule', 'workflow_dispatch'];

export interface Ordered {
  /** Worth checking, newest first. */
  candidates: ArtifactInfo[];
  /** Ruled out from the listing alone, with why. */
  skipped: { id: number; reason: string }[];
}

/**
 * Newest first; drops what the listing already rules out (expired, another name, another branch, a
 * fork) so that a run is fetched only for plausible candidates.
 */
export function orderCandidates(artifacts: readonly ArtifactInfo[], name: string, branch: string): Ordered {
  const candidates: ArtifactInfo[] = [];
  const skipped: Ordered['skipped'] = [];
  for (const artifact of artifacts) {
    const run = artifact.workflowRun;
    let reason: string | null = null;
    if (artifact.name !== name) reason = `named ${artifact.name}`;
    else if (artifact.expired) reason = 'expired';
    else if (!run || run.id === null) reason = 'no workflow run recorded';
    else if (run.headBranch !== null && run.headBranch !== branch) reason = `from branch ${run.headBranch}`;
    else if (run.headRepositoryId !== null && run.repositoryId !== null && run.headRepositoryId !== run.repositoryId)
      reason = 'from a fork';
    if (reason) skipped.push({ id: artifact.id, reason });
    else candidates.push(artifact);
  }
  candidates.sort((a, b) => time(b.createdAt) - time(a.createdAt) || b.id - a.id);
  return { candidates, skipped };
}

/** Why this run cannot have written a baseline, or null when it is trusted. */
export function rejectRun(run: RunInfo, branch: string): string | null {
  if (!TRUSTED_EVENTS.includes(run.event)) return `written by a ${run.event} run`;
  if (run.headBranch !== branch) return `written on branch ${run.headBranch ?? '(none)'}, not ${branch}`;
  if (run.headRepositoryId !== run.repositoryId) return 'written by a run from a fork';
  return null;
}

/**
 * Whether an artifact created at `createdAt` can come from a run started after `startedAt`: a run
 * uploads after it starts, so an artifact created before that moment cannot. GitHub lists artifacts
 * newest first, so once one cannot, none further down the list can either.
 */
export function mayBeFromLaterRun(createdAt: string | null, startedAt: string | null): boolean {
  return time(createdAt) > time(startedAt);
}

/** Whether run `a` started after run `b` (the later start holds the newer code of the branch). */
export function startedLater(a: RunInfo, b: RunInfo): boolean {
  return time(a.startedAt) > time(b.startedAt) || (time(a.startedAt) === time(b.startedAt) && a.id > b.id);
}

function time(iso: string | null): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}
