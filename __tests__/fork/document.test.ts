import { describe, expect, it } from 'vitest';
import { commentArtifactName, parseHandoff, MAX_BODY } from '../../src/fork/document.js';

const SHA = 'a'.repeat(40);
const valid = {
  schemaVersion: 1,
  key: 'web/app',
  pullRequest: 7,
  headSha: SHA,
  result: 'fail',
  mode: 'always',
  changed: true,
  body: '<!-- image-size-guard:web%2Fapp -->\n### ❌ Image size',
};
const NAME = 'image-size-guard-comment-web-app';
const text = (over: Record<string, unknown>) => JSON.stringify({ ...valid, ...over });

describe('the comment hand-off document', () => {
  it('is named after its key, in the artifact alphabet', () => {
    expect(commentArtifactName('web/app')).toBe(NAME);
  });

  it('reads back what the first stage wrote', () => {
    expect(parseHandoff(JSON.stringify(valid), NAME)).toEqual({ ok: true, handoff: valid });
  });

  it.each([
    ['x'.repeat(300_000), 'it is larger than 278528 bytes'],
    ['{"schemaVersion":', 'it is not JSON'],
    ['[1]', 'it is not a JSON object'],
    [text({ schemaVersion: 2 }), 'schemaVersion is 2, not 1'],
    [text({ key: 'other' }), 'its key "other" does not name it'],
    [text({ key: '' }), 'key is not a short string'],
    [text({ pullRequest: '7' }), 'pullRequest is not a pull request number'],
    [text({ pullRequest: 0 }), 'pullRequest is not a pull request number'],
    [text({ pullRequest: 7.5 }), 'pullRequest is not a pull request number'],
    [text({ headSha: 'abc' }), 'headSha is not a commit SHA'],
    [text({ headSha: 'A'.repeat(40) }), 'headSha is not a commit SHA'],
    [text({ result: 'ok' }), 'result is not one of pass, warn, fail, no-baseline'],
    [text({ mode: 'never' }), 'mode is not always or on-change'],
    [text({ changed: 'yes' }), 'changed is not true or false'],
    [text({ body: `${valid.body}${'x'.repeat(MAX_BODY)}` }), 'body is not a string of at most 65536 characters'],
    [text({ body: '### ❌ Image size' }), "body does not start with its key's comment marker"],
    [text({ body: '<!-- image-size-guard:other -->\nhi' }), "body does not start with its key's comment marker"],
  ])('refuses %#: %s', (input, reason) => {
    expect(parseHandoff(input, NAME)).toEqual({ ok: false, reason });
  });
});
