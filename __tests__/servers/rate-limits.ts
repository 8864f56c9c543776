/**
 * GitHub's refusals, as its REST API sends them (docs: "Rate limits for the REST API" and
 * "Troubleshooting the REST API"): a primary rate limit (403 or 429, `x-ratelimit-remaining: 0` and
 * the reset time), a secondary rate limit (403 or 429, its message, often `retry-after`) and a
 * missing permission (403 with neither).
 */
import type { Response } from './http.js';

const RATE_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';

/** The primary limit, reset `resetIn` seconds from now. */
export function primaryRateLimit(resetIn: number, status: 403 | 429 = 403): Response {
  return {
    status,
    headers: {
      'x-ratelimit-limit': 1000,
      'x-ratelimit-remaining': 0,
      'x-ratelimit-used': 1000,
      'x-ratelimit-reset': Math.floor(Date.now() / 1000) + resetIn,
      'x-ratelimit-resource': 'core',
    },
    body: { message: 'API rate limit exceeded for installation ID 4242.', documentation_url: RATE_DOCS },
  };
}

/** A secondary limit; `retryAfter` seconds in its `retry-after` header. */
export function secondaryRateLimit(retryAfter: number, status: 403 | 429 = 403): Response {
  return {
    status,
    headers: { 'retry-after': retryAfter, 'x-ratelimit-remaining': 4000 },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
      documentation_url: `${RATE_DOCS}#about-secondary-rate-limits`,
    },
  };
}

/** A token without the permission the operation needs. */
export function permissionDenied(): Response {
  return {
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
  };
}
