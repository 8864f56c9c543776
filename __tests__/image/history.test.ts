import { describe, expect, it, test } from 'vitest';
import { analysisResult, imageAnalysis } from '../../__fixtures__/analysis.js';
import { buildBaseline, parseBaseline } from '../../src/baseline/document.js';
import { stripBuildArgs } from '../../src/image/history.js';
import { displayInstruction } from '../../src/report/summary.js';

describe('build-argument values are stripped from instructions', () => {
  test.each([
    ['one value', 'RUN |1 NPM_TOKEN=tok3n /bin/sh -c npm ci # buildkit', 'RUN /bin/sh -c npm ci # buildkit'],
    [
      'two values, the first with a space (BuildKit writes them unquoted)',
      'RUN |2 NPM_TOKEN=tok3n value OTHER=o /bin/sh -c test -n "$NPM_TOKEN" # buildkit',
      'RUN /bin/sh -c test -n "$NPM_TOKEN" # buildkit',
    ],
    ['the last value with a space', 'RUN |1 NPM_TOKEN=tok3n value /bin/sh -c ls', 'RUN /bin/sh -c ls'],
    ['|0', 'RUN |0 /bin/sh -c echo hi # buildkit', 'RUN /bin/sh -c echo hi # buildkit'],
    ['N larger than the assignments present', 'RUN |3 A=tok3n /bin/sh -c FOO=bar make', 'RUN /bin/sh -c FOO=bar make'],
    ['quoted values with spaces', `RUN |2 A="tok3n x" B='tok3n y' /bin/sh -c ls`, 'RUN /bin/sh -c ls'],
    ['escaped quotes', 'RUN |1 A="say \\"tok3n\\" now" /bin/sh -c ls', 'RUN /bin/sh -c ls'],
    ['= inside a value', 'RUN |1 A=k=tok3n=w /bin/sh -c ls', 'RUN /bin/sh -c ls'],
    ['= and spaces inside a value', 'RUN |2 A=k=tok3n x B=y=tok3n z /bin/sh -c ls', 'RUN /bin/sh -c ls'],
    ['an empty value', 'RUN |2 A= B=tok3n /bin/sh -c ls', 'RUN /bin/sh -c ls'],
    ['a quoted value that looks like a command', 'RUN |1 A="/bin/sh -c tok3n" /bin/sh -c ls', 'RUN /bin/sh -c ls'],
    ['the classic builder (no RUN)', '|1 A=tok3n /bin/sh -c ls', '/bin/sh -c ls'],
    ['a SHELL with options', 'RUN |1 T=tok3n x /bin/bash -o pipefail -c make', 'RUN /bin/bash -o pipefail -c make'],
    ['an exec-form command', 'RUN |1 A=tok3n echo hi # buildkit', 'RUN echo hi # buildkit'],
    ['no prefix', 'COPY . /app # buildkit', 'COPY . /app # buildkit'],
    ['a pipe later in the command', 'RUN /bin/sh -c echo |1 a', 'RUN /bin/sh -c echo |1 a'],
  ])('%s', (_, instruction, expected) => {
    const stripped = stripBuildArgs(instruction);
    expect(stripped).toBe(expected);
    if (instruction !== expected) expect(stripped).not.toContain('tok3n');
  });
});

describe('an instruction recorded with its build arguments', () => {
  const recorded = 'RUN |1 NPM_TOKEN=tok3n /bin/sh -c npm ci # buildkit';

  it('is shown without them', () => {
    expect(displayInstruction(recorded)).toBe('RUN npm ci');
  });

  it('loses them when a baseline written before they were stripped is read', () => {
    const analysis = imageAnalysis('linux/amd64', 1000, 3000, 10);
    analysis.layers[0]!.instruction = recorded;
    const old = buildBaseline({
      key: 'myapp',
      origin: {
        repository: 'o/r',
        commit: 'a'.repeat(40),
        ref: 'refs/heads/main',
        runId: 1,
        time: '2026-11-01T00:00:00Z',
      },
      analysis: analysisResult(analysis),
      build: null,
      historyLimit: 30,
      previous: null,
    });
    const parsed = parseBaseline(JSON.stringify(old), 'myapp');
    expect(parsed.ok).toBe(true);
    expect(JSON.stringify(parsed)).not.toContain('tok3n');
  });
});
