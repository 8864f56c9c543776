import { describe, expect, it, test } from 'vitest';
import { buildArgValues, maskArgv, redactor } from '../../src/build/args.js';
import { ProgressReader } from '../../src/build/progress.js';
import { describeFailure } from '../../src/build/run.js';

describe('build-argument values in what the build logs and reports', () => {
  it('logs the command line with each build-argument value as ***', () => {
    const argv = [
      'buildx',
      'build',
      '--build-arg',
      'NPM_TOKEN=tok=3n x',
      '--build-arg',
      'EMPTY=',
      '--label',
      'a=b',
      '.',
    ];
    expect(maskArgv(argv)).toEqual([
      'buildx',
      'build',
      '--build-arg',
      'NPM_TOKEN=***',
      '--build-arg',
      'EMPTY=***',
      '--label',
      'a=b',
      '.',
    ]);
  });

  test.each([
    [
      'a long value anywhere',
      ['NPM_TOKEN=tok3n'],
      '[2/2] RUN npm ci --token=tok3n&&x=atok3nb',
      '[2/2] RUN npm ci --token=***&&x=a***b',
    ],
    [
      'a short value only standing alone',
      ['NODE=20'],
      '[1/2] FROM docker.io/library/node:20@sha256:ab20cd',
      '[1/2] FROM docker.io/library/node:***@sha256:ab20cd',
    ],
    ['regex characters in a value', ['V=a.b*c'], 'x a.b*c axbbc', 'x *** axbbc'],
    ['no build arguments', [], 'RUN echo hi', 'RUN echo hi'],
  ])('%s', (_, args, text, expected) => {
    expect(redactor(buildArgValues(args))(text)).toBe(expected);
  });

  it('keeps the values out of step names, step output and the failure message', () => {
    const reader = new ProgressReader(redactor(buildArgValues(['NPM_TOKEN=tok3n-value'])));
    const status = {
      vertexes: [
        {
          digest: 'sha256:1',
          name: '[2/2] RUN test -n "tok3n-value" && false',
          started: '2026-11-28T00:00:00Z',
          completed: '2026-11-28T00:00:01Z',
          error: 'process "/bin/sh -c test -n tok3n-value" did not complete successfully',
        },
      ],
      logs: [{ vertex: 'sha256:1', data: Buffer.from('got tok3n-value\n').toString('base64') }],
    };
    const printed = JSON.stringify(status, null, 2)
      .split('\n')
      .flatMap((line) => reader.push(line));
    expect(printed.join('\n')).toContain('[2/2] RUN test -n "***"');
    expect(printed.join('\n')).not.toContain('tok3n');
    expect(reader.steps().map((s) => s.name)).toEqual(['[2/2] RUN test -n "***" && false']);
    expect(describeFailure(reader.failure()!)).not.toContain('tok3n');
  });
});
