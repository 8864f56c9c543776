import { describe, expect, it } from 'vitest';
import { isForkPullRequest } from '../../src/fork/handoff.js';
import { isCommentStage } from '../../src/fork/relay.js';

describe('which stage a run is', () => {
  it.each([
    ['comment', 'workflow_run', true],
    ['comment', 'workflow_dispatch', true],
    ['auto', 'workflow_run', true],
    ['auto', 'pull_request', false],
    ['compare', 'workflow_run', false],
    ['baseline', 'push', false],
  ])('mode %s on %s: comment stage %s', (mode, event, expected) => {
    expect(isCommentStage(mode, event)).toBe(expected);
  });

  it('a pull request is from a fork when its head repository is not its base repository', () => {
    const pr = (head: string | null) => ({
      pull_request: {
        head: { repo: head === null ? null : { full_name: head } },
        base: { repo: { full_name: 'o/app' } },
      },
    });
    expect(isForkPullRequest(pr('mallory/app'))).toBe(true);
    expect(isForkPullRequest(pr('o/app'))).toBe(false);
    // A deleted fork: GitHub sends `repo: null`; the 403 alone then decides.
    expect(isForkPullRequest(pr(null))).toBe(false);
    expect(isForkPullRequest({})).toBe(false);
  });
});
