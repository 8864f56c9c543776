import { describe, expect, it } from 'vitest';
import { errorLine } from '../../src/cli/main.js';
import { UserError } from '../../src/errors.js';

describe('errorLine', () => {
  it('keeps a UserError as written', () => {
    expect(errorLine(new UserError('No image "web" in the Docker daemon'))).toBe('No image "web" in the Docker daemon');
  });

  it('puts anything else on one short line, whatever a library put in its message', () => {
    const line = errorLine(new Error(`Unexpected token\n  "[{"Config":\n${'x'.repeat(500)}`));
    expect(line.split('\n')).toHaveLength(1);
    expect(line.startsWith('unexpected error: Unexpected token "[{"Config": xxx')).toBe(true);
    expect(line.length).toBeLessThanOrEqual('unexpected error: '.length + 201);
  });
});
