/**
 * Build-argument values stay on the runner: a build argument may carry a token, and the job log,
 * the step names in the report and the PR comment are read by people who must not see it. Pure.
 */

const MASK = '***';
/** A value this long is replaced wherever it occurs; a shorter one only as a word of its own. */
const ANYWHERE_FROM = 4;

/** The argv with each `--build-arg NAME=value` shown as `--build-arg NAME=***`. */
export function maskArgv(argv: readonly string[]): string[] {
  return argv.map((arg, i) => {
    if (argv[i - 1] !== '--build-arg') return arg;
    const eq = arg.indexOf('=');
    return eq < 0 ? arg : `${arg.slice(0, eq + 1)}${MASK}`;
  });
}

/** The values of `NAME=value` build arguments, longest first, empty ones left out. */
export function buildArgValues(buildArgs: readonly string[]): string[] {
  const values = buildArgs.map((a) => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : '')).filter((v) => v !== '');
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

/**
 * A function that replaces the build-argument values in a text. BuildKit names a step after its
 * Dockerfile line with the arguments expanded (`[2/3] RUN npm ci --token=abc`), so step names and
 * failure messages carry the values unless they are replaced. A short value (`20`, `1.2`) is only
 * replaced standing alone, so a digest or a word that happens to contain it stays readable.
 */
export function redactor(values: readonly string[]): (text: string) => string {
  if (values.length === 0) return (text) => text;
  const patterns = values.map((v) => {
    const literal = v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return v.length >= ANYWHERE_FROM ? literal : `(?<![A-Za-z0-9])${literal}(?![A-Za-z0-9])`;
  });
  const pattern = new RegExp(patterns.join('|'), 'g');
  return (text) => text.replace(pattern, MASK);
}
