import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressReader } from '../../src/build/progress.js';

/** Feeds a recorded stderr stream (see fixtures/README.md) line by line, as the build does. */
async function read(name: string): Promise<{ reader: ProgressReader; printed: string[] }> {
  const text = await fs.readFile(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
  const reader = new ProgressReader();
  const printed = text.split('\n').flatMap((line) => reader.push(line));
  return { reader, printed };
}

describe('reading buildx rawjson progress', () => {
  it('lists the Dockerfile steps of a source-only change: the dependency steps cached, the source steps not', async () => {
    const { reader } = await read('source-change.rawjson');
    expect(reader.steps().map((s) => [s.name, s.cached])).toEqual([
      ['[deps 2/3] COPY deps.txt /deps/', true],
      ['[deps 3/3] RUN echo installing && cp /deps/deps.txt /deps/installed.txt', true],
      ['[stage-1 2/4] COPY --from=deps /deps /deps', true],
      ['[stage-1 3/4] COPY src.txt /app/', false],
      ['[stage-1 4/4] RUN echo building && cat /app/src.txt > /app/built.txt', false],
    ]);
  });

  it('times each step from its started and completed stamps', async () => {
    const { reader } = await read('source-change.rawjson');
    const seconds = Object.fromEntries(reader.steps().map((s) => [s.name.slice(0, 13), s.seconds]));
    // 20:15:17.903096418 → 20:15:17.918181426 and 20:15:17.92016299 → 20:15:17.997412368, to the ms.
    expect(seconds['[stage-1 3/4]']).toBe(0.015);
    expect(seconds['[stage-1 4/4]']).toBe(0.077);
    expect(seconds['[deps 3/3] RU']).toBe(0);
  });

  it('counts the build context sent, not the .dockerignore or the Dockerfile', async () => {
    const { reader } = await read('source-change.rawjson');
    // "[internal] load build context" ends at "transferring context: 74"; .dockerignore's 2 bytes
    // and the Dockerfile's 280 are not context.
    expect(reader.contextBytes()).toBe(74);
  });

  it('prints readable progress: each step once with how it ended, and what the steps printed', async () => {
    const { printed } = await read('source-change.rawjson');
    expect(printed).toContain('[deps 3/3] RUN echo installing && cp /deps/deps.txt /deps/installed.txt CACHED');
    expect(printed).toContain('[stage-1 4/4] building');
    expect(printed.filter((l) => l.startsWith('[stage-1 3/4] COPY src.txt /app/ DONE'))).toHaveLength(1);
  });

  it('names the failing step, its error and the tail of its output', async () => {
    const { reader } = await read('failure.rawjson');
    const failure = reader.failure()!;
    expect(failure.step).toBe('[stage-1 5/5] RUN echo "compiling" && echo "error: missing semicolon" >&2 && exit 3');
    expect(failure.error).toBe(
      'process "/bin/sh -c echo \\"compiling\\" && echo \\"error: missing semicolon\\" >&2 && exit 3" did not complete successfully: exit code: 3',
    );
    expect(failure.logTail).toEqual(['compiling', 'error: missing semicolon']);
    expect(reader.plainLines.at(-1)).toMatch(/^ERROR: failed to solve: process/);
  });

  it('has no failure and no steps for a stream without status objects', () => {
    const reader = new ProgressReader();
    expect(
      reader.push('ERROR: Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?'),
    ).toHaveLength(1);
    expect(reader.failure()).toBeNull();
    expect(reader.steps()).toEqual([]);
    expect(reader.contextBytes()).toBeNull();
  });
});
