import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizePath, TarFormatError, TarParser, type TarEntry } from '../../src/layers/tar.js';

/** Real archives from GNU tar, so the parser is checked against what a real writer emits. */
function gnuTar(format: 'gnu' | 'pax' | 'ustar', build: (dir: string) => void, args: string[] = ['.']): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isg-tar-'));
  build(dir);
  return execFileSync('tar', [`--format=${format}`, '-C', dir, '-cf', '-', ...args], { maxBuffer: 1 << 28 });
}

function parse(archive: Buffer, chunkSize = archive.length): TarEntry[] {
  const entries: TarEntry[] = [];
  const parser = new TarParser((e) => entries.push(e));
  for (let i = 0; i < archive.length; i += chunkSize) parser.push(archive.subarray(i, i + chunkSize));
  parser.end();
  return entries;
}

const longDir = 'a'.repeat(90) + '/' + 'b'.repeat(90);
const longName = `${longDir}/${'c'.repeat(120)}.txt`;

function sample(dir: string): void {
  fs.mkdirSync(path.join(dir, 'etc'));
  fs.writeFileSync(path.join(dir, 'etc', 'hosts'), 'x'.repeat(1000));
  fs.mkdirSync(path.join(dir, longDir), { recursive: true });
  fs.writeFileSync(path.join(dir, longName), 'y'.repeat(513));
  fs.linkSync(path.join(dir, 'etc', 'hosts'), path.join(dir, 'etc', 'hosts.hard'));
  fs.symlinkSync(`/${longName}`, path.join(dir, 'etc', 'long-link'));
  fs.writeFileSync(path.join(dir, 'empty'), '');
}

function simple(dir: string): void {
  fs.mkdirSync(path.join(dir, 'etc'));
  fs.writeFileSync(path.join(dir, 'etc', 'hosts'), 'x'.repeat(1000));
  fs.writeFileSync(path.join(dir, 'etc', 'passwd'), 'root:x:0:0');
}

describe('TarParser', () => {
  it.each(['gnu', 'pax'] as const)('reads %s long names, links, sizes and ./ prefixes', (format) => {
    const entries = parse(gnuTar(format, sample));
    const byPath = new Map(entries.map((e) => [e.path, e]));
    expect(byPath.get('')?.type).toBe('directory');
    expect(byPath.get(longName)).toMatchObject({ type: 'file', size: 513 });
    expect(byPath.get('empty')).toMatchObject({ type: 'file', size: 0 });
    // tar stores the first name it meets as the file and the other as a hard link to it (size 0).
    const pair = [byPath.get('etc/hosts')!, byPath.get('etc/hosts.hard')!].sort((a, b) => a.type.localeCompare(b.type));
    expect(pair[0]).toMatchObject({ type: 'file', size: 1000 });
    expect(pair[1]).toMatchObject({ type: 'hardlink', size: 0, linkName: pair[0]!.path });
    expect(byPath.get('etc/long-link')).toMatchObject({ type: 'symlink', size: 0, linkName: `/${longName}` });
  });

  it('gives the same entries whatever the chunk boundaries', () => {
    const archive = gnuTar('pax', sample);
    const whole = parse(archive);
    for (const size of [1, 7, 511, 512, 513, 4096]) expect(parse(archive, size)).toEqual(whole);
  });

  it('lists the same path twice when a layer writes it twice', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isg-tar-'));
    fs.writeFileSync(path.join(dir, 'f'), 'one');
    const first = execFileSync('tar', ['-C', dir, '-cf', '-', 'f']);
    fs.writeFileSync(path.join(dir, 'f'), 'second');
    const second = execFileSync('tar', ['-C', dir, '-cf', '-', 'f']);
    // Concatenate the members without the first archive's end-of-archive blocks.
    const members = first.subarray(0, 1024);
    const entries = parse(Buffer.concat([members, second]));
    expect(entries.map((e) => [e.path, e.size])).toEqual([
      ['f', 3],
      ['f', 6],
    ]);
  });

  it('says where a stream stops inside a member', () => {
    const archive = gnuTar('ustar', simple);
    expect(() => parse(archive.subarray(0, 1536 + 100))).toThrow(TarFormatError);
    expect(() => parse(archive.subarray(0, 1536 + 100))).toThrow(/truncated/);
  });

  it('rejects bytes that are not a tar header', () => {
    expect(() => parse(Buffer.from('{"not":"a tar"}'.padEnd(1024, ' ')))).toThrow(/not a tar header at byte 0/);
  });

  it('stops at the end-of-archive marker and ignores what follows it', () => {
    const archive = gnuTar('ustar', simple);
    const trailing = Buffer.concat([archive, Buffer.from('trailing garbage'.repeat(64))]);
    expect(parse(trailing)).toEqual(parse(archive));
  });
});

describe('normalizePath', () => {
  it.each([
    ['./etc/hosts', 'etc/hosts'],
    ['/usr/bin/', 'usr/bin'],
    ['./', ''],
    ['.', ''],
    ['a/.wh..wh..opq', 'a/.wh..wh..opq'],
  ])('%s → %s', (raw, normal) => expect(normalizePath(raw)).toBe(normal));
});
