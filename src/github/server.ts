/**
 * Which GitHub the run is on. @actions/artifact works on github.com and GitHub Enterprise Cloud with
 * data residency (`*.ghe.com`) only; on GitHub Enterprise Server it refuses every call.
 */

/** The host of GitHub Enterprise Server the run is on, or null on github.com / `*.ghe.com`. */
export function enterpriseServerHost(serverUrl = process.env.GITHUB_SERVER_URL): string | null {
  let host: string;
  try {
    host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
  } catch {
    return null;
  }
  // `*.localhost` as @actions/artifact itself: a development stand-in for github.com, not a server.
  if (host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost')) return null;
  return host;
}

/** Where the README explains how to keep the baseline without artifacts. */
export const ENTERPRISE_SERVER_RECIPE = 'see "GitHub Enterprise Server" in the README';
