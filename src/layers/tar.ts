/**
 * A streaming tar header reader. It sees every byte of a layer once and copies only headers (and
 * PAX / GNU long-name records); file contents are skipped in place, so a 200 MB file costs no
 * allocation. Feed it chunks with `push`; it calls `onEntry` for every member.
 */

export type EntryType = 'file' | 'hardlink' | 'symlink' | 'directory' | 'other';

export interface TarEntry {
  /** Normalised: no leading `./` or `/`, no trailing `/`. The root itself is `""`. */
  path: string;
  type: EntryType;
  /** Bytes of content in the archive (0 for everything but regular files). */
  size: number;
  linkName: string;
}

const BLOCK = 512;

export class TarFormatError extends Error {}

export function normalizePath(raw: string): string {
  let p = raw;
  while (p.startsWith('./')) p = p.slice(2);
  while (p.startsWith('/')) p = p.slice(1);
  while (p.endsWith('/')) p = p.slice(0, -1);
  return p === '.' ? '' : p;
}

function cString(buf: Buffer, start: number, length: number): string {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}

function octal(buf: Buffer, start: number, length: number): number {
  // GNU base-256: the high bit of the first byte marks a big-endian binary number.
  if (buf[start]! & 0x80) {
    let value = buf[start]! & 0x7f;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + buf[i]!;
    return value;
  }
  // Octal digits after optional blanks, up to the first other byte (a NUL or a space, usually).
  // Read byte by byte: every member has three of these fields, and strings would cost more.
  const end = start + length;
  let i = start;
  while (i < end && isBlank(buf[i]!)) i++;
  let value = 0;
  const first = i;
  for (; i < end && buf[i]! >= 0x30 && buf[i]! <= 0x37; i++) value = value * 8 + buf[i]! - 0x30;
  if (i > first || i === end || buf[i] === 0) return value;
  const text = buf.toString('latin1', start, end).replace(/\0.*$/s, '').trim();
  // Quoted and escaped: the header's bytes are untrusted and may hold line breaks.
  throw new TarFormatError(`bad number field ${JSON.stringify(text.slice(0, 12))} in a tar header`);
}

/** What String.prototype.trim() strips, of the bytes a latin1 field can hold. */
function isBlank(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
}

/** The POSIX magic "ustar" at offset 257, which says the header has a name prefix field. */
function isUstar(header: Buffer): boolean {
  return (
    header[257] === 0x75 && header[258] === 0x73 && header[259] === 0x74 && header[260] === 0x61 && header[261] === 0x72
  );
}

function checksumOk(header: Buffer): boolean {
  let stored: number;
  try {
    stored = octal(header, 148, 8);
  } catch {
    return false;
  }
  let sum = 8 * 0x20;
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += header[i]!;
  return sum === stored;
}

function isZeroBlock(buf: Buffer, start: number): boolean {
  for (let i = start; i < start + BLOCK; i++) if (buf[i] !== 0) return false;
  return true;
}

/** PAX extended header records: `"<len> key=value\n"`. */
export function parsePax(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space === -1) break;
    const len = parseInt(data.toString('latin1', pos, space), 10);
    if (!(len > 0)) break;
    const record = data.toString('utf8', space + 1, pos + len - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    pos += len;
  }
  return out;
}

function typeOf(flag: number): EntryType | 'pax' | 'paxGlobal' | 'gnuLongName' | 'gnuLongLink' {
  switch (flag) {
    case 0: // '\0': pre-POSIX regular file
    case 0x30: // '0'
    case 0x37: // '7' contiguous file
      return 'file';
    case 0x31:
      return 'hardlink';
    case 0x32:
      return 'symlink';
    case 0x35:
      return 'directory';
    case 0x78: // 'x'
      return 'pax';
    case 0x67: // 'g'
      return 'paxGlobal';
    case 0x4c: // 'L'
      return 'gnuLongName';
    case 0x4b: // 'K'
      return 'gnuLongLink';
    default:
      return 'other';
  }
}

type MetaKind = 'pax' | 'paxGlobal' | 'gnuLongName' | 'gnuLongLink';

function isMeta(kind: ReturnType<typeof typeOf>): kind is MetaKind {
  return kind === 'pax' || kind === 'paxGlobal' || kind === 'gnuLongName' || kind === 'gnuLongLink';
}

/** One 512-byte header block, decoded. `null` for an all-zero block (end of archive). */
export type Header = { meta: MetaKind; dataSize: number } | { meta: null; entry: TarEntry; dataSize: number };

/**
 * Decodes header blocks in order, applying the PAX and GNU long-name records that precede a member.
 * Callers hand it each metadata record's data with `absorb` before the next header.
 */
export class HeaderDecoder {
  private pax: Map<string, string> | null = null;
  private longName: string | null = null;
  private longLink: string | null = null;

  decode(block: Buffer, at: number, position: number): Header | null {
    if (isZeroBlock(block, at)) return null;
    const header = block.subarray(at, at + BLOCK);
    if (!checksumOk(header)) throw new TarFormatError(`not a tar header at byte ${position}`);
    const kind = typeOf(header[156]!);
    let size = octal(header, 124, 12);
    if (isMeta(kind)) return { meta: kind, dataSize: size };
    let name = cString(header, 0, 100);
    if (isUstar(header)) {
      const prefix = cString(header, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    let linkName = cString(header, 157, 100);
    if (this.longName !== null) name = this.longName;
    if (this.longLink !== null) linkName = this.longLink;
    if (this.pax) {
      name = this.pax.get('path') ?? name;
      linkName = this.pax.get('linkpath') ?? linkName;
      const paxSize = this.pax.get('size');
      if (paxSize !== undefined) size = Number(paxSize);
    }
    if (!Number.isSafeInteger(size) || size < 0)
      throw new TarFormatError(`bad size in the tar header at byte ${position}`);
    this.pax = null;
    this.longName = null;
    this.longLink = null;
    // Links and directories carry no data even when a writer fills in a size.
    const dataSize = kind === 'file' || kind === 'other' ? size : 0;
    return {
      meta: null,
      dataSize,
      entry: {
        path: normalizePath(name),
        type: kind,
        size: kind === 'file' ? size : 0,
        // A hard link names another member of the archive; a symlink's target is kept as written.
        linkName: kind === 'hardlink' ? normalizePath(linkName) : linkName,
        // Mode and owner are not analysed: they are not read (the header's checksum covers them).
      },
    };
  }

  absorb(kind: MetaKind, data: Buffer): void {
    switch (kind) {
      case 'pax':
        this.pax = parsePax(data);
        break;
      case 'paxGlobal':
        break; // global defaults for path/size are unused by image writers
      case 'gnuLongName':
        this.longName = cString(data, 0, data.length);
        break;
      case 'gnuLongLink':
        this.longLink = cString(data, 0, data.length);
        break;
    }
  }
}

export class TarParser {
  private readonly headers = new HeaderDecoder();
  /** Bytes of the current member's data still to skip (including padding). */
  private skip = 0;
  /** Partial header or metadata record carried over between chunks. */
  private pending: Buffer | null = null;
  private pendingNeed = 0;
  private meta: { kind: MetaKind; size: number } | null = null;
  private zeroBlocks = 0;
  /** Bytes consumed so far, for error messages. */
  private offset = 0;
  /** Set once the end-of-archive marker is seen; bytes after it are not members. */
  ended = false;

  /** The member whose contents are being kept, and its bytes so far. */
  private keeping: { entry: TarEntry; parts: Buffer[]; left: number } | null = null;

  /**
   * `keep` picks the members whose contents are handed to `onContents` (all others are skipped
   * unread, as always).
   */
  constructor(
    private readonly onEntry: (entry: TarEntry) => void,
    private readonly keep?: { wants(entry: TarEntry): boolean; onContents(entry: TarEntry, data: Buffer): void },
  ) {}

  push(chunk: Buffer): void {
    let pos = 0;
    const len = chunk.length;
    while (pos < len && !this.ended) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, len - pos);
        if (this.keeping) this.collect(chunk.subarray(pos, pos + n));
        this.skip -= n;
        pos += n;
        continue;
      }
      if (this.pending) {
        const n = Math.min(this.pendingNeed - this.pending.length, len - pos);
        this.pending = Buffer.concat([this.pending, chunk.subarray(pos, pos + n)]);
        pos += n;
        if (this.pending.length < this.pendingNeed) break;
        const full = this.pending;
        this.pending = null;
        this.consume(full, 0, this.offset + pos - full.length);
        continue;
      }
      const need = this.meta ? paddedSize(this.meta.size) : BLOCK;
      if (len - pos < need) {
        this.pending = Buffer.from(chunk.subarray(pos));
        this.pendingNeed = need;
        break;
      }
      this.consume(chunk, pos, this.offset + pos);
      pos += need;
    }
    this.offset += len;
  }

  /** Call after the last chunk: checks that the archive did not stop inside a member. */
  end(): void {
    if (this.ended) return;
    if (this.skip > 0 || this.pending || this.meta) {
      throw new TarFormatError('the tar stream ends in the middle of a member (truncated)');
    }
    // A stream without the two zero blocks is accepted: some writers omit them.
  }

  private consume(buf: Buffer, at: number, position: number): void {
    if (this.meta) {
      this.headers.absorb(this.meta.kind, buf.subarray(at, at + this.meta.size));
      this.meta = null;
      return;
    }
    const header = this.headers.decode(buf, at, position);
    if (header === null) {
      if (++this.zeroBlocks >= 2) this.ended = true;
      return;
    }
    this.zeroBlocks = 0; // a lone zero block between members is tolerated
    if (header.meta) {
      if (header.dataSize > 0) this.meta = { kind: header.meta, size: header.dataSize };
      return;
    }
    this.skip = paddedSize(header.dataSize);
    this.onEntry(header.entry);
    if (this.keep && header.entry.type === 'file' && this.keep.wants(header.entry)) {
      this.keeping = { entry: header.entry, parts: [], left: header.dataSize };
      if (header.dataSize === 0) this.collect(Buffer.alloc(0));
    }
  }

  /** Bytes of the kept member's data (and its padding, which is dropped). */
  private collect(bytes: Buffer): void {
    const keeping = this.keeping!;
    const take = Math.min(keeping.left, bytes.length);
    if (take > 0) keeping.parts.push(Buffer.from(bytes.subarray(0, take)));
    keeping.left -= take;
    if (keeping.left === 0) {
      this.keeping = null;
      this.keep!.onContents(keeping.entry, Buffer.concat(keeping.parts));
    }
  }
}

export function paddedSize(n: number): number {
  return Math.ceil(n / BLOCK) * BLOCK;
}
