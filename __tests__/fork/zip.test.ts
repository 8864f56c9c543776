import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZipEntry } from '../../src/fork/zip.js';
import { zipStored } from '../helpers/zip.js';

/** A zip with one deflated entry whose directory states `claimed` as its size (an honest one by default). */
function zipDeflated(name: string, data: Buffer, claimed = data.length): Buffer {
  const stored = zipStored({ [name]: Buffer.alloc(0) });
  const packed = deflateRawSync(data);
  const n = Buffer.byteLength(name);
  const local = Buffer.from(stored.subarray(0, 30 + n));
  const central = Buffer.from(stored.subarray(30 + n, 30 + n + 46 + n));
  const end = Buffer.from(stored.subarray(30 + n + 46 + n));
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(claimed, 22);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(claimed, 24);
  end.writeUInt32LE(local.length + packed.length, 16);
  return Buffer.concat([local, packed, central, end]);
}

describe('one file out of an untrusted zip', () => {
  it('reads a stored entry among others', () => {
    const zip = zipStored({ 'a.txt': 'first', 'comment.json': '{"x":1}' });
    expect(readZipEntry(zip, 'comment.json', 100)).toEqual({ ok: true, data: Buffer.from('{"x":1}') });
  });

  it('inflates a deflated entry', () => {
    const data = Buffer.from('{"body":"' + 'size '.repeat(1000) + '"}');
    expect(readZipEntry(zipDeflated('comment.json', data), 'comment.json', 10_000)).toEqual({ ok: true, data });
  });

  it('stops a zip bomb that understates its size at the cap', () => {
    // 50 MB of zeros deflate to about 50 kB; the directory claims 100 bytes.
    const bomb = zipDeflated('comment.json', Buffer.alloc(50_000_000), 100);
    expect(bomb.length).toBeLessThan(100_000);
    expect(readZipEntry(bomb, 'comment.json', 300_000)).toEqual({
      ok: false,
      reason: 'comment.json does not inflate to at most 300000 bytes',
    });
  });

  it('refuses an entry whose stated size is over the cap without inflating it', () => {
    const zip = zipDeflated('comment.json', Buffer.alloc(2000));
    expect(readZipEntry(zip, 'comment.json', 1000)).toEqual({
      ok: false,
      reason: 'comment.json is larger than 1000 bytes',
    });
  });

  it('says what is wrong with other archives', () => {
    expect(readZipEntry(Buffer.from('not a zip at all, just text'), 'comment.json', 100)).toEqual({
      ok: false,
      reason: 'it is not a zip archive',
    });
    expect(readZipEntry(zipStored({ 'other.json': '{}' }), 'comment.json', 100)).toEqual({
      ok: false,
      reason: 'it holds no comment.json',
    });
  });
});
