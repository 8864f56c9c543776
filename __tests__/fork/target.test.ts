import { describe, expect, it } from 'vitest';
import type { CommentHandoff } from '../../src/fork/document.js';
import { decide, pullsOfRun, triggeringRun, type TriggeringRun } from '../../src/fork/target.js';

const HEAD = '1'.repeat(40);
const run: TriggeringRun = {
  id: 501,
  event: 'pull_request',
  headSha: HEAD,
  headBranch: 'patch-1',
  headRepository: 'mallory/app',
  headOwner: 'mallory',
  pullRequests: [],
};
const handoff: Pick<CommentHandoff, 'headSha' | 'pullRequest'> = { pullRequest: 7, headSha: HEAD };

describe('the triggering run, from the workflow_run payload', () => {
  it('reads a fork run (no pull_requests) and a same-repository one', () => {
    expect(
      triggeringRun({
        workflow_run: {
          id: 501,
          event: 'pull_request',
          head_sha: HEAD,
          head_branch: 'patch-1',
          head_repository: { full_name: 'mallory/app', owner: { login: 'mallory' } },
          pull_requests: [],
        },
      }),
    ).toEqual(run);
    expect(
      triggeringRun({
        workflow_run: {
          id: 9,
          event: 'pull_request',
          head_sha: HEAD,
          pull_requests: [{ number: 3, head: { sha: HEAD } }],
        },
      })?.pullRequests,
    ).toEqual([{ number: 3, headSha: HEAD }]);
  });

  it('is null for any other event', () => {
    expect(triggeringRun({ pull_request: { number: 7 } })).toBeNull();
    expect(triggeringRun(null)).toBeNull();
  });
});

describe('where a handed-over comment may go', () => {
  const open = [
    { number: 7, headSha: HEAD, headRepository: 'mallory/app', headRef: 'patch-1' },
    // Same owner and branch name, another repository of theirs.
    { number: 8, headSha: HEAD, headRepository: 'mallory/other', headRef: 'patch-1' },
    { number: 9, headSha: HEAD, headRepository: 'mallory/app', headRef: 'patch-2' },
  ];

  it('only to the pull requests whose head is the run’s repository and branch', () => {
    expect(pullsOfRun(run, open).map((p) => p.number)).toEqual([7]);
  });

  it('posts to the pull request the run belongs to', () => {
    expect(decide(run, handoff, pullsOfRun(run, open))).toEqual({ post: true, number: 7 });
  });

  it('refuses a number the run does not belong to', () => {
    expect(decide(run, { ...handoff, pullRequest: 8 }, pullsOfRun(run, open))).toEqual({
      post: false,
      level: 'warning',
      reason: 'it names pull request #8, but run 501 belongs to #7',
    });
    expect(decide(run, handoff, [])).toEqual({
      post: false,
      level: 'warning',
      reason: 'it names pull request #7, but run 501 belongs to no open pull request',
    });
  });

  it('refuses a document made for another commit', () => {
    expect(decide(run, { ...handoff, headSha: '2'.repeat(40) }, pullsOfRun(run, open))).toEqual({
      post: false,
      level: 'warning',
      reason: 'it was made for commit 2222222, but run 501 is for commit 1111111',
    });
  });

  it('leaves a pull request that has moved on to its newer run', () => {
    expect(decide(run, handoff, [{ number: 7, headSha: '3'.repeat(40) }])).toEqual({
      post: false,
      level: 'notice',
      reason: 'pull request #7 has moved on to commit 3333333; the run for that commit posts its own comment',
    });
  });
});
