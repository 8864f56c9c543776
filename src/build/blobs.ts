/**
 * The blobs of OCI layout folders (the exported image, the `local` build cache). A blob's name is
 * the digest of its bytes, and BuildKit writes a blob into a layout only when no file of that name
 * is there yet, through a temporary file renamed into place. So a blob already on disk can be
 * hard-linked into a layout before a build, which then skips it instead of copying hundreds of
 * megabytes, and no write of the build can change a file another folder links to.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

interface Descriptor {
  mediaType?: string;
  digest?: string;
}

interface Document {
  manifests?: Descriptor[];
  layers?: Descriptor[];
  config?: Descriptor;
  subject?: Descriptor;
}

/** Media types whose blobs name further blobs. */
const DOCUMENTS = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
]);

function blobPath(layout: string, digest: string): string {
  return path.join(layout, 'blobs', ...digest.split(':'));
}

/** Every blob file of a layout as `algorithm:hex`, with its size. */
export async function listBlobs(layout: string): Promise<Map<string, number>> {
  const blobs = new Map<string, number>();
  const root = path.join(layout, 'blobs');
  for (const algorithm of await fs.readdir(root).catch(() => [])) {
    for (const entry of await fs.readdir(path.join(root, algorithm), { withFileTypes: true }).catch(() => [])) {
      if (!entry.isFile()) continue;
      const stat = await fs.stat(path.join(root, algorithm, entry.name));
      blobs.set(`${algorithm}:${entry.name}`, stat.size);
    }
  }
  return blobs;
}

/**
 * Hard-links every blob of `from` into `to` (made if missing) and returns how many bytes were
 * linked. Linking stops quietly where it cannot be done (another file system): the build then
 * writes those blobs itself, as it would without this.
 */
export async function linkBlobs(from: string, to: string): Promise<number> {
  let bytes = 0;
  for (const [digest, size] of await listBlobs(from)) {
    const target = blobPath(to, digest);
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      await fs.link(blobPath(from, digest), target);
      bytes += size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      return bytes;
    }
  }
  return bytes;
}

/**
 * The blobs the layout's index.json reaches, walking indexes and manifests; null when one of those
 * is missing or unreadable, so nothing is deleted on the strength of a partial walk.
 */
export async function referencedBlobs(layout: string): Promise<Set<string> | null> {
  const seen = new Set<string>();
  const visit = async (doc: Document): Promise<boolean> => {
    const children = [...(doc.manifests ?? []), ...(doc.layers ?? []), doc.config, doc.subject];
    for (const child of children) {
      if (!child?.digest || seen.has(child.digest)) continue;
      seen.add(child.digest);
      if (!child.mediaType || !DOCUMENTS.has(child.mediaType)) continue;
      const text = await fs.readFile(blobPath(layout, child.digest), 'utf8').catch(() => null);
      if (text === null) return false;
      try {
        if (!(await visit(JSON.parse(text) as Document))) return false;
      } catch {
        return false;
      }
    }
    return true;
  };
  try {
    const index = JSON.parse(await fs.readFile(path.join(layout, 'index.json'), 'utf8')) as Document;
    return (await visit(index)) ? seen : null;
  } catch {
    return null;
  }
}

/**
 * Deletes the blobs the layout's index no longer reaches (linked in before the build, not part of
 * what it wrote) and returns the bytes of the blobs kept. A layout whose index cannot be walked is
 * left whole.
 */
export async function pruneBlobs(layout: string): Promise<number> {
  const blobs = await listBlobs(layout);
  const keep = await referencedBlobs(layout);
  let kept = 0;
  for (const [digest, size] of blobs) {
    if (keep && !keep.has(digest)) await fs.rm(blobPath(layout, digest), { force: true });
    else kept += size;
  }
  return kept;
}
