import { describe, expect, it } from 'vitest';
import { matchLayerLines, normaliseInstruction } from '../../src/dockerfile/match.js';
import { expandArgs, parseDockerfile } from '../../src/dockerfile/parse.js';

const TEXT = `# syntax=docker/dockerfile:1
ARG NODE=22
FROM node:\${NODE}-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \\
    # comments inside a continued line are dropped
    npm ci
COPY . .
RUN npm run build

FROM debian:bookworm-slim
RUN <<EOF
apt-get update
RUN this is heredoc text, not an instruction
EOF
COPY --from=build /src/dist /app
USER node
`;

describe('parseDockerfile', () => {
  it('finds stages and instructions with their first line, joining continuations', () => {
    const d = parseDockerfile(TEXT);
    expect(d.globalArgs).toEqual({ NODE: '22' });
    expect(d.stages.map((s) => [s.from, s.name, s.line])).toEqual([
      ['node:${NODE}-slim', 'build', 3],
      ['debian:bookworm-slim', null, 12],
    ]);
    expect(d.stages[0]!.instructions.map((i) => [i.keyword, i.line, i.args])).toEqual([
      ['WORKDIR', 4, '/src'],
      ['COPY', 5, 'package.json package-lock.json ./'],
      ['RUN', 6, '--mount=type=cache,target=/root/.npm npm ci'],
      ['COPY', 9, '. .'],
      ['RUN', 10, 'npm run build'],
    ]);
    expect(d.stages[1]!.instructions.map((i) => [i.keyword, i.line])).toEqual([
      ['RUN', 13],
      ['COPY', 17],
      ['USER', 18],
    ]);
    expect(expandArgs(d.stages[0]!.from, d.globalArgs)).toBe('node:22-slim');
  });
});

describe('matching layers to Dockerfile lines', () => {
  it('normalises what BuildKit records to what the Dockerfile says', () => {
    expect(normaliseInstruction('RUN /bin/sh -c apt-get update &&   apt-get install -y curl # buildkit')).toBe(
      'RUN apt-get update && apt-get install -y curl',
    );
    expect(normaliseInstruction('RUN |2 A=1 B= /bin/sh -c make # buildkit')).toBe('RUN make');
    expect(normaliseInstruction('COPY --chown=1000:1000 . /app # buildkit')).toBe('COPY . /app');
    expect(normaliseInstruction(null)).toBe('');
  });

  it('gives each layer of the final stage its line; base image layers get none', () => {
    const dockerfile = parseDockerfile(
      ['FROM busybox', 'RUN mkdir /a', 'COPY a.txt /a/', 'RUN mkdir /a', 'ENV X=1', 'COPY b.txt /a/'].join('\n'),
    );
    const lines = matchLayerLines(
      [
        null,
        'RUN /bin/sh -c mkdir /a # buildkit',
        'COPY a.txt /a/ # buildkit',
        'RUN /bin/sh -c mkdir /a # buildkit',
        'COPY b.txt /a/ # buildkit',
      ],
      dockerfile,
    );
    expect(lines).toEqual([null, 2, 3, 4, 6]);
  });
});
