/**
 * Why GitHub refused a request, as far as the answer tells: a rate limit (wait and run again) or a
 * missing permission (grant it). Both can come as 403, so the status alone says nothing: GitHub
 * marks a rate limit with `x-ratelimit-remaining: 0`, a `retry-after` header, or its message.
 */

export type RefusalKind = 'rate-limit' | 'permission' | 'other';

export interface Refusal {
  kind: RefusalKind;
  /** The HTTP status, when the error carries one. */
  status: number | null;
}

const RATE_LIMIT_MESSAGE = /secondary rate limit|API rate limit exceeded|rate limit exceeded/i;

export function refusalOf(err: unknown): Refusal {
  const status = statusOf(err);
  const headers = headersOf(err);
  const message = err instanceof Error ? err.message : String(err);
  if (
    status === 429 ||
    ((status === 403 || status === null) && RATE_LIMIT_MESSAGE.test(message)) ||
    (status === 403 && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined))
  ) {
    return { kind: 'rate-limit', status };
  }
  if (status === 403 || status === 401) return { kind: 'permission', status };
  return { kind: 'other', status };
}

export function isRateLimit(err: unknown): boolean {
  return refusalOf(err).kind === 'rate-limit';
}

/** The HTTP status an octokit error carries, if any. */
export function statusOf(err: unknown): number | null {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

function headersOf(err: unknown): Record<string, string | undefined> {
  const headers = (err as { response?: { headers?: unknown } } | null)?.response?.headers;
  if (typeof headers !== 'object' || headers === null) return {};
  return Object.fromEntries(
    Object.entries(headers as Record<string, unknown>).map(([k, v]) => [
      k.toLowerCase(),
      v == null ? undefined : String(v),
    ]),
  );
}
