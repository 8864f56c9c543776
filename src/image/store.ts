import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { HeaderDecoder, paddedSize, TarFormatError } from '../layers/tar.js';
import { UserError } from '../errors.js';
import type { ChunkSource } from '../layers/chunks.js';
import { nameInside, shown, type Place } from './untrusted.js';

/**
 * Files of an image as they are laid out by `docker save` or an OCI layout, whether they sit in a
 * folder or inside a tar archive. Paths are relative, with `/` separators, and already checked to
 * stay inside (see nameInside); nothing outside the archive or folder is ever read.
 */
export interface FileStore extends Place {
  has(name: string): boolean;
  size(name: string): number;
  read(name: string): Promise<Buffer>;
  /** Where a file's bytes lie on disk. */
  range(name: string): FileRange;
  /** True when a symbolic link on the way to `name` points outside the archive or folder. */
  leaves(name: string): boolean;
  /**
   * A file's bytes, where they are not in a local file (`range`): a registry's blobs, each checked
   * against its digest as it streams (the stream fails at its end when it does not match).
   */
  chunks?(name: string): ChunkSource;
}

/** Bytes [start, end) of a file on disk. */
export interface FileRange {
  path: string;
  start: number;
  end: number;
}

/** Links followed one after another before a name is given up as a loop. */
const MAX_LINKS = 16;

/** A link inside an image archive: the name it points to, as written. */
export type ArchiveLinks = ReadonlyMap<string, { target: string; symbolic: boolean }>;

/**
 * The member a name stands for once the archive's links are followed (the name itself or a folder
 * on its way may be one); null when a link leads outside the archive or links go round.
 */
export function followLinks(name: string, links: ArchiveLinks): string | null {
  let current = name;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const parts = current.split('/');
    const at = parts.findIndex((_, i) => links.has(parts.slice(0, i + 1).join('/')));
    if (at === -1) return current;
    const link = parts.slice(0, at + 1).join('/');
    const { target, symbolic } = links.get(link)!;
    // A symbolic link is relative to its folder; a hard link names a member from the top.
    const joined = symbolic ? path.posix.join(path.posix.dirname(link), target) : target;
    const inside = symbolic && path.posix.isAbsolute(target) ? null : nameInside(joined);
    if (inside === null) return null;
    current = [inside, ...parts.slice(at + 1)].join('/');
  }
  return null;
}

interface DirFile {
  /** The file itself, or where the symbolic link that names it points (inside the folder). */
  path: string;
  size: number;
}

export class DirStore implements FileStore {
  readonly kind = 'folder';
  private constructor(
    readonly location: string,
    private readonly files: Map<string, DirFile>,
    /** Symbolic links that point outside the folder. */
    private readonly escapes: Set<string>,
  ) {}

  static async open(dir: string): Promise<DirStore> {
    const files = new Map<string, DirFile>();
    const escapes = new Set<string>();
    const root = await fs.realpath(dir);
    const walk = async (rel: string): Promise<void> => {
      for (const entry of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
        const name = rel ? `${rel}/${entry.name}` : entry.name;
        const full = path.join(dir, name);
        if (entry.isDirectory()) await walk(name);
        else if (entry.isFile()) files.set(name, { path: full, size: (await fs.stat(full)).size });
        else if (entry.isSymbolicLink()) {
          // A link is followed only to a file inside the folder; linked folders are not walked.
          const target = await fs.realpath(full).catch(() => null);
          if (target === null) continue;
          if (target !== root && !target.startsWith(root + path.sep)) escapes.add(name);
          else {
            const stat = await fs.stat(target);
            if (stat.isFile()) files.set(name, { path: target, size: stat.size });
          }
        }
      }
    };
    await walk('');
    return new DirStore(dir, files, escapes);
  }

  has(name: string): boolean {
    return this.files.has(name);
  }
  size(name: string): number {
    return this.files.get(name)?.size ?? 0;
  }
  read(name: string): Promise<Buffer> {
    return fs.readFile(this.file(name).path);
  }
  range(name: string): FileRange {
    const file = this.file(name);
    return { path: file.path, start: 0, end: file.size };
  }
  leaves(name: string): boolean {
    const parts = name.split('/');
    return parts.some((_, i) => this.escapes.has(parts.slice(0, i + 1).join('/')));
  }
  private file(name: string): DirFile {
    const file = this.files.get(name);
    if (!file) throw new UserError(`${this.location} has no ${shown(name)}`);
    return file;
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
  readonly kind = 'archive';
  private constructor(
    readonly location: string,
    private readonly members: Map<string, Member>,
    /** Symbolic and hard links: member name → the name it points to, as written. */
    private readonly links: Map<string, { target: string; symbolic: boolean }>,
  ) {}

  static async open(file: string): Promise<TarStore> {
    const members = new Map<string, Member>();
    const links = new Map<string, { target: string; symbolic: boolean }>();
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
        } else if (header.entry.type === 'symlink' || header.entry.type === 'hardlink') {
          // `docker save` links a layer that two images share to its one copy.
          links.set(header.entry.path, { target: header.entry.linkName, symbolic: header.entry.type === 'symlink' });
        }
        offset += paddedSize(header.dataSize);
      }
    } finally {
      await handle.close();
    }
    return new TarStore(file, members, links);
  }

  has(name: string): boolean {
    const real = this.follow(name);
    return real !== null && this.members.has(real);
  }
  size(name: string): number {
    const real = this.follow(name);
    return (real !== null && this.members.get(real)?.size) || 0;
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
  leaves(name: string): boolean {
    return this.follow(name) === null;
  }
  private follow(name: string): string | null {
    return followLinks(name, this.links);
  }
  private member(name: string): Member {
    const real = this.follow(name);
    const member = real === null ? undefined : this.members.get(real);
    if (!member) throw new UserError(`${this.location} has no ${shown(name)}`);
    return member;
  }
}
