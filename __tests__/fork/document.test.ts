import { describe, expect, it } from 'vitest';
import {
  commentArtifactName,
  LIMITS,
  MAX_DOCUMENT_BYTES,
  parseHandoff,
  type CommentHandoff,
} from '../../src/fork/document.js';
import { renderDocument, renderHandoff } from '../../src/fork/render.js';
import { renderReport } from '../../src/report/comment.js';
import { evaluate } from '../../src/thresholds/evaluate.js';
import { comparison, handoff, hostile, liveHostile, renderGfm, THRESHOLDS } from './handoffs.js';

const NAME = 'image-size-guard-comment-app';
const SITE = { serverUrl: 'https://github.com', owner: 'octo-org', repo: 'octo-app' };
const BLOB = `https://github.com/octo-org/octo-app/blob/${'1'.repeat(40)}/`;

/** The document as JSON, changed by `edit` (which may break it any way JSON allows). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a document broken any way JSON allows
function text(edit: (d: Record<string, any>) => void = () => {}): string {
  const d = JSON.parse(JSON.stringify(handoff()));
  edit(d);
  return JSON.stringify(d);
}

describe('the comment hand-off document', () => {
  it('is named after its key, in the artifact alphabet', () => {
    expect(commentArtifactName('web/app')).toBe('image-size-guard-comment-web-app');
  });

  it('reads back what the first stage wrote', () => {
    expect(parseHandoff(text(), NAME)).toEqual({ ok: true, handoff: handoff() });
  });

  it('renders the same comment as the full comparison does: both stages post the same, by construction', () => {
    const c = comparison();
    const verdict = evaluate(c, THRESHOLDS);
    const url = `${BLOB}docker/Dockerfile`;
    const direct = renderReport(c, verdict, { key: 'app', thresholds: THRESHOLDS, dockerfileUrl: url });
    expect(direct).toContain(`](${url}#L3)`);
    expect(renderDocument(handoff().report, { key: 'app', dockerfileUrl: url })).toBe(direct);
    // The second stage builds the link from its own server and repository, the checked commit and path.
    expect(renderHandoff(handoff(), SITE)).toBe(direct);
  });

  it.each<[string, string, string?]>([
    ['x'.repeat(MAX_DOCUMENT_BYTES + 1), `it is larger than ${MAX_DOCUMENT_BYTES} bytes`],
    ['{"schemaVersion":', 'it is not JSON'],
    ['[1]', 'it is not a JSON object'],
    [
      JSON.stringify({ schemaVersion: 1, key: 'app', pullRequest: 7, body: '<!-- image-size-guard:app -->' }),
      'it was written by an older image-size-guard (schemaVersion 1, a finished comment, which is no longer posted): re-run the pull request workflow with this version of the action',
    ],
    [text((d) => (d.schemaVersion = 3)), 'schemaVersion is 3, not 2'],
    [text((d) => (d.key = 'other')), `its key does not name artifact ${NAME}`],
    [text((d) => (d.key = '')), 'the document.key is not a string of 1 to 256 characters'],
    // It would name the same artifact (the line break becomes `-`, then is trimmed), and start a line of the log.
    [text((d) => (d.key = 'app\n')), 'the document.key is not a string of 1 to 256 characters'],
    [text((d) => (d.pullRequest = '7')), 'the document.pullRequest is not a whole number from 1 to 2147483648'],
    [text((d) => (d.pullRequest = 7.5)), 'the document.pullRequest is not a whole number from 1 to 2147483648'],
    [text((d) => (d.headSha = 'A'.repeat(40))), 'the document.headSha is not a commit SHA'],
    [text((d) => (d.mode = 'never')), 'the document.mode is not one of always, on-change'],
    [text((d) => (d.body = '<img src=x>')), 'the document has a field this version does not know: "body"'],
    [text((d) => delete d.report.history), 'the document.report.history is missing'],
    [
      text((d) => (d.report.verdict.result = 'ok')),
      'the document.report.verdict.result is not one of pass, warn, fail, no-baseline',
    ],
    [
      text((d) => (d.report.build.cacheMode = '<b>x</b>')),
      'the document.report.build.cacheMode is not one of local, gha, registry, inline, none',
    ],
    [
      text((d) => (d.report.platforms[0].hints[0].kind = 'advert')),
      'the document.report.platforms[0].hints[0].kind is not one of package-cache, removed-later, toolchain, jdk, root-user, base-latest, base-no-digest, large-context, no-dockerignore, copy-before-install',
    ],
    [
      text((d) => (d.report.platforms[0].layers[1].instruction = 'x'.repeat(LIMITS.instruction + 1))),
      'the document.report.platforms[0].layers[1].instruction is not a string of at most 1000 characters',
    ],
    [
      text(
        (d) =>
          (d.report.platforms[0].files.added = Array(LIMITS.paths + 1).fill({ path: 'a', bytes: 1, baselineBytes: 0 })),
      ),
      'the document.report.platforms[0].files.added is not a list of at most 100 entries',
    ],
    [
      text((d) => (d.report.platforms = Array(LIMITS.platforms + 1).fill(d.report.platforms[0]))),
      'the document.report.platforms is not a list of at most 32 entries',
    ],
    [
      text((d) => (d.report.platforms[0].layers[0].line = 0)),
      'the document.report.platforms[0].layers[0].line is not a whole number from 1 to 10000000',
    ],
    [
      text((d) => (d.report.platforms[0].totals.compressed.delta = 2 ** 60)),
      'the document.report.platforms[0].totals.compressed.delta is not a number from -9007199254740991 to 9007199254740991',
    ],
    [
      text((d) => (d.report.platforms[0].extra = 1)),
      'the document.report.platforms[0] has a field this version does not know: "extra"',
    ],
    [
      text((d) => (d.dockerfile = '../../other/Dockerfile')),
      'the document.dockerfile is not a path relative to the repository',
    ],
    [
      text((d) => (d.dockerfile = '/etc/Dockerfile')),
      'the document.dockerfile is not a path relative to the repository',
    ],
    [
      text((d) => (d.dockerfile = 'https://attacker.example/x')),
      'the document.dockerfile is not a path relative to the repository',
    ],
  ])('refuses %#', (input, reason) => {
    expect(parseHandoff(input, NAME)).toEqual({ ok: false, reason });
  });

  it.each(['1e999', '-1e999', 'NaN', 'Infinity'])('refuses a number that is not finite (%s), anywhere', (n) => {
    const json = text((d) => (d.report.platforms[0].totals.compressed.current = 12345.678)).replace('12345.678', n);
    expect(parseHandoff(json, NAME).ok).toBe(false);
    const history = text((d) => (d.report.history[0].compressed = 12345.678)).replace('12345.678', n);
    expect(parseHandoff(history, NAME).ok).toBe(false);
  });

  it('renders a hostile document with nothing of it live: no image, link, raw HTML, mention or reference', () => {
    const key = 'app ![x](https://attacker.example/p.png) @everyone <img src=x onerror=alert(1)> -->';
    const doc = hostile(handoff({ key }));
    const parsed = parseHandoff(JSON.stringify(doc), commentArtifactName(key));
    expect(parsed.ok, JSON.stringify(parsed).slice(0, 300)).toBe(true);
    const body = renderHandoff((parsed as { handoff: CommentHandoff }).handoff, SITE);
    // Every free-text field carried the payload, and the comment shows it (as text).
    expect(body.split('attacker').length).toBeGreaterThan(100);
    const html = renderGfm(body);
    expect(liveHostile(html, BLOB)).toEqual([]);
    expect(html).not.toMatch(/<img|onerror=alert\(1\)"|<a href="https:\/\/attacker/);
    // The link to the Dockerfile is the posting run's own, to the checked path, every character encoded.
    expect(html).toContain(`href="${BLOB}docker/`);
    expect(html).not.toMatch(/href="[^"]*[()<>[\]@ ][^"]*"/);
  });

  it('keeps a fix’s commands as code, and a hostile one inert', () => {
    const html = renderGfm(renderHandoff(handoff(), SITE));
    expect(html).toContain('<code>rm -rf /var/lib/apt/lists/*</code>');
  });
});
