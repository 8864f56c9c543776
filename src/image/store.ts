import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { HeaderDecoder, paddedSize, TarFormatError } from '../layers/tar.js';
import { UserError } from '../errors.js';

/**
 * Files of an image as they are laid out by `docker save` or an OCI layout, whether they sit in a
 * folder or inside a tar archive. Paths are relative, with `/` separators.
 */
export interface FileStore {
  /** What the user named, for messages. */
  readonly location: string;
  has(name: string): boolean;
  size(name: string): number;
  read(name: string): Promise<Buffer>;
  /** Where a file's bytes lie on disk. */
  range(name: string): FileRange;
}

/** Bytes [start, end) of a file on disk. */
export interface FileRange {
  path: string;
  start: number;
  end: number;
}

export class DirStore implements FileStore {
  private constructor(
    readonly location: string,
    private readonly sizes: Map<string, number>,
  ) {}

  static async open(dir: string): Promise<DirStore> {
    const sizes = new Map<string, number>();
    const walk = async (rel: string): Promise<void> => {
      for (const entry of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
        const name = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) await walk(name);
        else if (entry.isFile()) sizes.set(name, (await fs.stat(path.join(dir, name))).size);
      }
    };
    await walk('');
    return new DirStore(dir, sizes);
  }

  has(name: string): boolean {
    return this.sizes.has(name);
  }
  size(name: string): number {
    return this.sizes.get(name) ?? 0;
  }
  read(name: string): Promise<Buffer> {
    return fs.readFile(path.join(this.location, name));
  }
  range(name: string): FileRange {
    const size = this.sizes.get(name);
    if (size === undefined) throw new UserError(`${this.location} has no ${name}`);
    return { path: path.join(this.location, name), start: 0, end: size };
  }
}

interface Member {
  offset: number;
  size: number;
}

/**
 * A tar archive read in place: one pass over its headers (seeking past the data) builds an index,
 * and each member is then streamed straight from its byte range. Layers are never extracted.
 */
export class TarStore implements FileStore {
  private constructor(
    readonly location: string,
    private readonly members: Map<string, Member>,
  ) {}

  static async open(file: string): Promise<TarStore> {
    const members = new Map<string, Member>();
    const handle = await fs.open(file, 'r');
    try {
      const { size: fileSize } = await handle.stat();
      const headers = new HeaderDecoder();
      const block = Buffer.alloc(512);
      let offset = 0;
      while (offset + 512 <= fileSize) {
        await handle.read(block, 0, 512, offset);
        const header = headers.decode(block, 0, offset);
        offset += 512;
        if (header === null) break;
        const end = offset + header.dataSize;
        if (end > fileSize) throw new TarFormatError(`it ends inside a member at byte ${offset}`);
        if (header.meta) {
          const data = Buffer.alloc(header.dataSize);
          await handle.read(data, 0, data.length, offset);
          headers.absorb(header.meta, data);
        } else if (header.entry.type === 'file') {
          members.set(header.entry.path, { offset, size: header.dataSize });
        }
        offset += paddedSize(header.dataSize);
      }
    } finally {
      await handle.close();
    }
    return new TarStore(file, members);
  }

  has(name: string): boolean {
    return this.members.has(name);
  }
  size(name: string): number {
    return this.members.get(name)?.size ?? 0;
  }
  async read(name: string): Promise<Buffer> {
    const member = this.member(name);
    const handle = await fs.open(this.location, 'r');
    try {
      const buf = Buffer.alloc(member.size);
      await handle.read(buf, 0, member.size, member.offset);
      return buf;
    } finally {
      await handle.close();
    }
  }
  range(name: string): FileRange {
    const member = this.member(name);
    return { path: this.location, start: member.offset, end: member.offset + member.size };
  }
  private member(name: string): Member {
    const member = this.members.get(name);
    if (!member) throw new UserError(`${this.location} has no ${name}`);
    return member;
  }
}
