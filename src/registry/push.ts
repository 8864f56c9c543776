/**
 * Pushes an OCI layout folder (the one the build wrote and that was measured) to a registry with
 * the distribution API, so the pushed image is byte for byte what was measured: the same manifests,
 * hence the same digest. A blob the repository already has is skipped (HEAD), one pushed earlier to
 * another repository of the same registry is mounted from it, any other is uploaded once per
 * repository; child manifests go by digest, the top one by each tag.
 */
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { UserError } from '../errors.js';
import { MEDIA } from '../image/types.js';
import { failureDetail, RegistryClient } from './client.js';
import { apiBase, parseReference } from './reference.js';

/** Blobs up to this size are read into memory, so their upload can be retried; larger ones are streamed. */
const IN_MEMORY_BYTES = 32 * 1024 * 1024;

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
}

/** A manifest of the layout with everything it needs pushed before it. */
interface ManifestNode {
  desc: Descriptor;
  mediaType: string;
  bytes: Buffer;
  blobs: Descriptor[];
  children: ManifestNode[];
}

export interface PushResult {
  /** The digest of the top manifest or index: the same under every tag. */
  digest: string;
  /** The references pushed, normalised (`127.0.0.1:5000/app:1`). */
  pushed: string[];
  uploaded: number;
  uploadedBytes: number;
  mounted: number;
  /** Blobs the repository already had. */
  present: number;
}

export interface PushOptions {
  env?: NodeJS.ProcessEnv;
  /** Called with each line worth logging. */
  log?: (line: string) => void;
}

/** Pushes the layout's one image (a manifest, or an index of several platforms) under each tag. */
export async function pushLayout(
  layout: string,
  tags: readonly string[],
  options: PushOptions = {},
): Promise<PushResult> {
  if (tags.length === 0) throw new UserError('push: true needs at least one tag in "tags", e.g. ghcr.io/owner/app:1');
  const refs = tags.map(parseReference);
  for (const ref of refs) {
    if (ref.digest)
      throw new UserError(`The tag ${ref.toString()} holds a digest: push by tag, e.g. ghcr.io/owner/app:1`);
  }
  const root = await readRoot(layout);
  const log = options.log ?? (() => undefined);
  const result: PushResult = {
    digest: root.desc.digest,
    pushed: [],
    uploaded: 0,
    uploadedBytes: 0,
    mounted: 0,
    present: 0,
  };
  // Per registry, the repository each blob is already in, to mount it from there.
  const where = new Map<string, Map<string, string>>();
  const done = new Set<string>();
  for (const ref of refs) {
    const repo = `${ref.registry}/${ref.repository}`;
    const client = await RegistryClient.open(ref, options.env);
    if (!done.has(repo)) {
      const known = where.get(ref.registry) ?? new Map<string, string>();
      where.set(ref.registry, known);
      await pushTree(client, layout, root, known, result);
      done.add(repo);
    }
    await putManifest(client, root, ref.tag!);
    result.pushed.push(ref.toString());
    log(`Pushed ${ref.toString()}@${root.desc.digest}`);
  }
  return result;
}

/** The layout's top manifest or index, with its tree read. */
async function readRoot(layout: string): Promise<ManifestNode> {
  let index: { manifests?: Descriptor[] };
  try {
    index = JSON.parse(await fs.readFile(path.join(layout, 'index.json'), 'utf8')) as typeof index;
  } catch {
    throw new UserError(`${layout} is not an OCI layout (no readable index.json): nothing was pushed`);
  }
  const manifests = index.manifests ?? [];
  if (manifests.length !== 1) {
    throw new UserError(`The layout ${layout} holds ${manifests.length} images, not one: nothing was pushed`);
  }
  return readNode(layout, manifests[0]!);
}

async function readNode(layout: string, desc: Descriptor): Promise<ManifestNode> {
  const bytes = await fs.readFile(blobPath(layout, desc.digest));
  const doc = JSON.parse(bytes.toString('utf8')) as {
    mediaType?: string;
    manifests?: Descriptor[];
    config?: Descriptor;
    layers?: Descriptor[];
  };
  const mediaType = desc.mediaType ?? doc.mediaType ?? (doc.manifests ? MEDIA.ociIndex : MEDIA.ociManifest);
  const children = doc.manifests ? await Promise.all(doc.manifests.map((m) => readNode(layout, m))) : [];
  const blobs = [...(doc.config ? [doc.config] : []), ...(doc.layers ?? [])];
  return { desc, mediaType, bytes, blobs, children };
}

function blobPath(layout: string, digest: string): string {
  const [algorithm, hex] = digest.split(':');
  if (!algorithm || !hex || !/^[a-f0-9]+$/.test(hex))
    throw new UserError(`The layout names a malformed digest ${digest}`);
  return path.join(layout, 'blobs', algorithm, hex);
}

/** Everything under `node`, blobs before the manifests that name them; the node itself is the caller's. */
async function pushTree(
  client: RegistryClient,
  layout: string,
  node: ManifestNode,
  known: Map<string, string>,
  result: PushResult,
): Promise<void> {
  const seen = new Set<string>();
  const visit = async (n: ManifestNode, top: boolean): Promise<void> => {
    for (const blob of n.blobs) {
      if (seen.has(blob.digest)) continue;
      seen.add(blob.digest);
      await pushBlob(client, layout, blob, known, result);
    }
    for (const child of n.children) await visit(child, false);
    if (!top && !seen.has(n.desc.digest)) {
      seen.add(n.desc.digest);
      await putManifest(client, n, n.desc.digest);
    }
  };
  await visit(node, true);
}

async function pushBlob(
  client: RegistryClient,
  layout: string,
  blob: Descriptor,
  known: Map<string, string>,
  result: PushResult,
): Promise<void> {
  const base = `/v2/${client.repository}/blobs`;
  const head = await client.request(`${base}/${blob.digest}`, { method: 'HEAD', actions: 'pull,push' });
  await head.body?.cancel();
  if (head.ok) {
    result.present++;
    known.set(blob.digest, client.repository);
    return;
  }
  const from = known.get(blob.digest);
  const query = from ? `?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(from)}` : '';
  const started = await client.request(`${base}/uploads/${query}`, { method: 'POST', actions: 'pull,push' });
  await started.body?.cancel();
  if (started.status === 201 && from) {
    result.mounted++;
    known.set(blob.digest, client.repository);
    return;
  }
  await expectStatus(started, 202, `Starting the upload of ${blob.digest} to ${client.name}`);
  const location = started.headers.get('location');
  if (!location) throw new UserError(`${client.name} gave no upload location for ${blob.digest}: check the registry`);
  const url = new URL(location, apiBase(client.registry));
  url.searchParams.set('digest', blob.digest);
  const file = blobPath(layout, blob.digest);
  const body = blob.size <= IN_MEMORY_BYTES ? await fs.readFile(file) : createReadStream(file);
  const put = await uploadRequest(client, url, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
    body,
    actions: 'pull,push',
  });
  await expectStatus(put, 201, `Uploading ${blob.digest} to ${client.name}`);
  await put.body?.cancel();
  result.uploaded++;
  result.uploadedBytes += blob.size;
  known.set(blob.digest, client.repository);
}

/**
 * An upload URL the registry gave: on its own origin it is sent with the registry's credentials,
 * elsewhere (blob storage) without them.
 */
async function uploadRequest(
  client: RegistryClient,
  url: URL,
  init: { method: string; headers: Record<string, string>; body: Buffer | NodeJS.ReadableStream; actions: string },
): Promise<Response> {
  if (url.origin === new URL(apiBase(client.registry)).origin) {
    return client.request(url.toString(), init as Parameters<RegistryClient['request']>[1]);
  }
  try {
    return await fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body as unknown as globalThis.RequestInit['body'],
      redirect: 'manual',
      duplex: 'half',
    } as RequestInit);
  } catch (err) {
    throw client.failure(err, `Uploading to ${url.host}`);
  }
}

async function putManifest(client: RegistryClient, node: ManifestNode, tagOrDigest: string): Promise<void> {
  const res = await client.request(`/v2/${client.repository}/manifests/${tagOrDigest}`, {
    method: 'PUT',
    headers: { 'content-type': node.mediaType },
    body: node.bytes,
    actions: 'pull,push',
  });
  await expectStatus(res, 201, `Pushing the manifest ${node.desc.digest} to ${client.name}:${tagOrDigest}`);
  await res.body?.cancel();
  const digest = res.headers.get('docker-content-digest');
  if (digest && digest !== node.desc.digest) {
    throw new UserError(
      `${client.name} stored the manifest as ${digest}, not ${node.desc.digest} as it was measured: check the registry`,
    );
  }
}

async function expectStatus(res: Response, status: number, what: string): Promise<void> {
  if (res.status === status || (status === 201 && res.status === 200)) return;
  throw new UserError(
    `${what} failed (${await failureDetail(res)}): check the registry and the tag, or try again later`,
  );
}
