/**
 * The identity inputs as the action reads them: @actions/core's getInput reads INPUT_* variables,
 * set here as a runner sets them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getInputs } from '../../src/action/inputs.js';
import { UserError } from '../../src/errors.js';

const set: string[] = [];
function inputs(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const variable = `INPUT_${name.toUpperCase()}`;
    process.env[variable] = value;
    set.push(variable);
  }
  return getInputs();
}
afterEach(() => {
  for (const variable of set.splice(0)) delete process.env[variable];
});

describe('key, comment-key and cache-scope', () => {
  it('rewrites a key into the artifact alphabet, as before, and keeps a comment-key as given', () => {
    const read = inputs({ key: 'api/prod', 'comment-key': 'api prod', 'cache-scope': 'api-prod' });
    expect(read.baseline.key).toBe('api-prod');
    expect(read.report.commentKey).toBe('api prod');
    expect(read.build.cacheScope).toBe('api-prod');
  });

  it('reads the build-arg names left out of the key', () => {
    expect(inputs({ 'key-ignore-args': 'BUILD_DATE\nGIT_SHA, VERSION' }).keyIgnoreArgs).toEqual([
      'BUILD_DATE',
      'GIT_SHA',
      'VERSION',
    ]);
  });

  it.each([
    ['cache-scope', 'main,url=http://attacker.example'],
    ['cache-scope', '../../../home/runner'],
    ['key', '::'],
    ['key', 'k'.repeat(101)],
    ['comment-key', '@@@'],
  ])('refuses %s %j with one line naming the input', (name, value) => {
    const read = () => inputs({ [name]: value });
    expect(read).toThrow(UserError);
    expect(read).toThrow(new RegExp(`^Input "${name}" is "`));
    try {
      read();
    } catch (err) {
      expect((err as Error).message).not.toContain('\n');
      expect((err as Error).message.length).toBeLessThan(160);
    }
  });
});
