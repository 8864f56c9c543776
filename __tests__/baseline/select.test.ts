import { describe, expect, it } from 'vitest';
import { orderCandidates, rejectRun, type ArtifactInfo, type RunInfo } from '../../src/baseline/select.js';

const NAME = 'image-size-guard-myapp';
const REPO = 10;

function artifact(
  id: number,
  over: Partial<ArtifactInfo> = {},
  run: Partial<NonNullable<ArtifactInfo['workflowRun']>> = {},
) {
  return {
    id,
    name: NAME,
    expired: false,
    createdAt: `2026-11-${String(id).padStart(2, '0')}T00:00:00Z`,
    workflowRun: { id: 100 + id, headBranch: 'main', repositoryId: REPO, headRepositoryId: REPO, ...run },
    ...over,
  } satisfies ArtifactInfo;
}

describe('orderCandidates', () => {
  it('puts the newest first and rules out the expired, other branches, forks and other names', () => {
    const { candidates, skipped } = orderCandidates(
      [
        artifact(3),
        artifact(9, { expired: true }),
        artifact(5),
        artifact(7, {}, { headBranch: 'feature' }),
        artifact(8, {}, { headRepositoryId: 99 }),
        artifact(6, { name: 'image-size-guard-myapp-2' }),
        artifact(4, { workflowRun: null }),
      ],
      NAME,
      'main',
    );
    expect(candidates.map((a) => a.id)).toEqual([5, 3]);
    expect(skipped).toEqual([
      { id: 9, reason: 'expired' },
      { id: 7, reason: 'from branch feature' },
      { id: 8, reason: 'from a fork' },
      { id: 6, reason: 'named image-size-guard-myapp-2' },
      { id: 4, reason: 'no workflow run recorded' },
    ]);
  });
});

describe('rejectRun', () => {
  const run = (over: Partial<RunInfo>): RunInfo => ({
    id: 1,
    event: 'push',
    headBranch: 'main',
    headSha: 'a'.repeat(40),
    repositoryId: REPO,
    headRepositoryId: REPO,
    startedAt: '2026-11-26T10:00:00Z',
    ...over,
  });

  it.each(['push', 'schedule', 'workflow_dispatch'])('trusts a %s run of the baseline branch', (event) => {
    expect(rejectRun(run({ event }), 'main')).toBeNull();
  });

  it.each([
    [{ event: 'pull_request' }, 'written by a pull_request run'],
    [{ event: 'pull_request_target' }, 'written by a pull_request_target run'],
    [{ event: 'workflow_run' }, 'written by a workflow_run run'],
    [{ headBranch: 'feature' }, 'written on branch feature, not main'],
    [{ headRepositoryId: 77 }, 'written by a run from a fork'],
  ])('never trusts %o', (over, reason) => {
    expect(rejectRun(run(over), 'main')).toBe(reason);
  });
});
