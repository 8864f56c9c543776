/**
 * The one way this project talks to GitHub's REST API: @actions/github's octokit with Octokit's
 * retry and throttling plugins. A rate limit is waited out only when the wait is short and only a
 * few times: a step that sleeps for an hour helps nobody, and the caller says in one line that
 * GitHub rate-limited it.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof github.getOctokit>;

/** Waits for a rate limit at most this often per request… */
export const RATE_LIMIT_RETRIES = 2;
/** …and only when GitHub asks for at most this many seconds. */
export const RATE_LIMIT_MAX_WAIT_SECONDS = 60;

interface RequestOptions {
  method: string;
  url: string;
}

/** Whether to wait out a rate limit, saying so in one line either way. */
export function waitForRateLimit(kind: 'primary' | 'secondary', retryAfter: number, retryCount: number): boolean {
  const what = kind === 'primary' ? "GitHub's API rate limit" : "GitHub's secondary rate limit";
  if (retryCount >= RATE_LIMIT_RETRIES) {
    core.info(`${what} again after ${retryCount} retries: giving up`);
    return false;
  }
  if (retryAfter > RATE_LIMIT_MAX_WAIT_SECONDS) {
    core.info(`${what}: the wait is ${retryAfter} s, longer than ${RATE_LIMIT_MAX_WAIT_SECONDS} s: giving up`);
    return false;
  }
  core.info(`${what}: retrying in ${retryAfter} s (${retryCount + 1} of ${RATE_LIMIT_RETRIES})`);
  return true;
}

/**
 * An octokit for `token` (GITHUB_API_URL, proxy and user agent as @actions/github sets them) whose
 * every request is retried on server errors and throttled on rate limits.
 */
export function createOctokit(token: string, options: { baseUrl?: string } = {}): Octokit {
  const describe = (o: RequestOptions) => `${o.method} ${o.url}`;
  return github.getOctokit(
    token,
    {
      ...options,
      // Rate limits (403 and 429) are the throttling plugin's, which reads GitHub's headers; the
      // retry plugin takes server errors only, so a limit is never retried twice over.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        onRateLimit: (retryAfter: number, o: RequestOptions, _octokit: unknown, retryCount: number) => {
          core.debug(`Rate-limited: ${describe(o)}`);
          return waitForRateLimit('primary', retryAfter, retryCount);
        },
        onSecondaryRateLimit: (retryAfter: number, o: RequestOptions, _octokit: unknown, retryCount: number) => {
          core.debug(`Rate-limited: ${describe(o)}`);
          return waitForRateLimit('secondary', retryAfter, retryCount);
        },
      },
    },
    retry,
    throttling,
  );
}
