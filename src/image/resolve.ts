import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import type { FileStore } from './store.js';
import { stripBuildArgs } from './history.js';
import { damaged, nameInside, outside, shown } from './untrusted.js';
import {
  formatPlatform,
  MEDIA,
  type Descriptor,
  type HistoryEntry,
  type ImageConfig,
  type Index,
  type LayerRef,
  type Manifest,
  type ResolvedImage,
} from './types.js';

export interface ResolveOptions {
  /** `os/arch[/variant]`, `all`, or undefined for the host's platform (or the only one). */
  platform?: string;
  ref?: string | null;
}

const LAYER_MEDIA = /(\.image\.layer\.v1\.tar|\.image\.rootfs\.diff\.tar|\.image\.rootfs\.foreign\.diff\.tar)/;

/** Finds the image(s) in a `docker save` archive or an OCI layout, without reading any layer. */
export async function resolveImages(store: FileStore, options: ResolveOptions = {}): Promise<ResolvedImage[]> {
  if (store.has('index.json')) {
    const found = await fromOciLayout(store, options);
    if (found) return found;
  }
  if (store.has('manifest.json')) return [await fromDockerSave(store, options)];
  throw new UserError(
    `${store.location} is not an image: it has neither index.json (OCI layout) nor manifest.json ` +
      `(docker save); give an image reference, a docker save archive or an OCI layout`,
  );
}

/**
 * A JSON file of the archive, parsed. Its bytes never reach a message: JSON.parse's own message
 * quotes them. A file named by its sha256 (an OCI blob, a legacy `docker save` config `<hex>.json`)
 * must have that digest: layers are checked by their blobs' digests, so the manifests and the config
 * that name them and their diff_ids are checked as well.
 */
async function readJson<T>(store: FileStore, name: string): Promise<T> {
  const bytes = await store.read(name);
  const named = /^(?:blobs\/sha256\/([a-f0-9]{64})|([a-f0-9]{64})\.json)$/.exec(name);
  if (named) {
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== (named[1] ?? named[2])) {
      throw damaged(store, name, `it does not match its digest: its content is sha256:${actual}`);
    }
  }
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damaged(store, name, 'it is not valid JSON');
  }
  if (typeof doc !== 'object' || doc === null) throw damaged(store, name, 'it is not a JSON object or list');
  return doc as T;
}

/** The archive's own name for a file another of its files names, refused when it leads outside. */
function member(store: FileStore, namedBy: string, name: unknown): string {
  if (typeof name !== 'string') throw damaged(store, namedBy, 'a file name in it is not a string');
  const inside = nameInside(name);
  if (inside === null || store.leaves(inside)) throw outside(store, namedBy, name);
  return inside;
}

function blobPath(digest: unknown, store?: FileStore, namedBy?: string): string {
  const [algorithm, hex] = typeof digest === 'string' ? digest.split(':') : [];
  if (!algorithm || !hex || !/^[a-z0-9]+$/.test(algorithm) || !/^[a-f0-9]+$/.test(hex)) {
    if (store && namedBy) throw damaged(store, namedBy, `${shown(digest)} is not a valid digest`);
    throw new UserError(`${shown(digest)} is not a valid digest`);
  }
  const file = `blobs/${algorithm}/${hex}`;
  if (store && namedBy && store.leaves(file)) throw outside(store, namedBy, file);
  return file;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A descriptor as the spec has it; anything else in a damaged file is refused in one line. */
function checkDescriptor(store: FileStore, namedBy: string, desc: unknown): Descriptor {
  const ok =
    isObject(desc) &&
    typeof desc.digest === 'string' &&
    (desc.mediaType === undefined || typeof desc.mediaType === 'string') &&
    (desc.size === undefined || (typeof desc.size === 'number' && Number.isSafeInteger(desc.size) && desc.size >= 0)) &&
    (desc.platform === undefined ||
      (isObject(desc.platform) &&
        typeof desc.platform.os === 'string' &&
        typeof desc.platform.architecture === 'string' &&
        (desc.platform.variant === undefined || typeof desc.platform.variant === 'string'))) &&
    (desc.annotations === undefined ||
      (isObject(desc.annotations) && Object.values(desc.annotations).every((v) => typeof v === 'string')));
  if (!ok) throw damaged(store, namedBy, 'a descriptor in it is malformed');
  blobPath(desc.digest, store, namedBy);
  return desc as unknown as Descriptor;
}

function checkManifest(store: FileStore, name: string, doc: Record<string, unknown>): Manifest {
  if (!isObject(doc.config) || !Array.isArray(doc.layers)) {
    throw damaged(store, name, 'the manifest has no config or no layers list');
  }
  checkDescriptor(store, name, doc.config);
  for (const layer of doc.layers) checkDescriptor(store, name, layer);
  return doc as unknown as Manifest;
}

function checkConfig(store: FileStore, name: string, doc: Record<string, unknown>): ImageConfig {
  const rootfs = doc.rootfs;
  const ok =
    isObject(rootfs) &&
    Array.isArray(rootfs.diff_ids) &&
    rootfs.diff_ids.every((d) => typeof d === 'string') &&
    (doc.history === undefined ||
      (Array.isArray(doc.history) &&
        doc.history.every((h) => isObject(h) && (h.created_by === undefined || typeof h.created_by === 'string')))) &&
    (doc.config === undefined || doc.config === null || isObject(doc.config)) &&
    ['os', 'architecture', 'variant'].every((k) => doc[k] === undefined || typeof doc[k] === 'string');
  if (!ok) throw damaged(store, name, 'the image config is malformed');
  return doc as unknown as ImageConfig;
}

function isIndex(mediaType: string | undefined, doc: object): boolean {
  return mediaType === MEDIA.ociIndex || mediaType === MEDIA.dockerList || 'manifests' in doc;
}

function isAttestation(desc: Descriptor): boolean {
  return (
    desc.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (desc.platform?.os === 'unknown' && desc.platform.architecture === 'unknown')
  );
}

export function hostPlatform(): string {
  const arch: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm/v7',
    ia32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
  };
  return `linux/${arch[process.arch] ?? process.arch}`;
}

/** `linux/arm64` matches `linux/arm64/v8`; a requested variant must match exactly. */
export function platformMatches(available: string, wanted: string): boolean {
  if (available === wanted) return true;
  const [aos, aarch, avariant] = available.split('/');
  const [wos, warch, wvariant] = wanted.split('/');
  if (aos !== wos || aarch !== warch) return false;
  if (wvariant) return avariant === wvariant;
  return true;
}

interface Candidate {
  manifestDesc: Descriptor;
  manifest: Manifest;
  config: ImageConfig;
  platform: string;
}

async function fromOciLayout(store: FileStore, options: ResolveOptions): Promise<ResolvedImage[] | null> {
  const index = await readJson<Index>(store, 'index.json');
  if (!Array.isArray(index.manifests) || index.manifests.length === 0) {
    throw new UserError(`${store.location}: index.json lists no image`);
  }
  const top = pickTop(
    index.manifests.map((d) => checkDescriptor(store, 'index.json', d)),
    options.ref,
  );
  const candidates: Candidate[] = [];
  // An index that lists itself, or a loop of them, is read once.
  const seen = new Set<string>();
  const visit = async (desc: Descriptor): Promise<void> => {
    if (isAttestation(desc)) return;
    const file = blobPath(desc.digest);
    // `docker save` of a multi-platform image keeps only the platforms it has locally.
    if (!store.has(file) || seen.has(file)) return;
    seen.add(file);
    const doc = await readJson<Record<string, unknown>>(store, file);
    if (isIndex(desc.mediaType ?? (doc.mediaType as string | undefined), doc)) {
      if (!Array.isArray(doc.manifests)) throw damaged(store, file, 'the index has no manifests list');
      for (const child of doc.manifests) await visit(checkDescriptor(store, file, child));
      return;
    }
    const manifest = checkManifest(store, file, doc);
    const configFile = blobPath(manifest.config.digest);
    if (!store.has(configFile)) return;
    const config = checkConfig(store, configFile, await readJson<Record<string, unknown>>(store, configFile));
    const platform = desc.platform ?? {
      os: config.os ?? 'linux',
      architecture: config.architecture ?? 'amd64',
      variant: config.variant,
    };
    candidates.push({ manifestDesc: desc, manifest, config, platform: formatPlatform(platform) });
  };
  await visit(top);
  if (candidates.length === 0) {
    if (store.has('manifest.json')) return null;
    throw new UserError(`${store.location}: no image manifest with its blobs was found in the layout`);
  }
  const chosen = choosePlatforms(candidates, options.platform, store.location);
  return chosen.map((c) => ({
    ref:
      options.ref ??
      top.annotations?.['io.containerd.image.name'] ??
      top.annotations?.['org.opencontainers.image.ref.name'] ??
      null,
    digest: top.digest,
    manifestDigest: c.manifestDesc.digest,
    platform: c.platform,
    config: c.config,
    layers: layerRefs(
      c.config,
      c.manifest.layers.map((d) => ({ ...d, file: blobPath(d.digest) })),
      store,
    ),
  }));
}

function pickTop(descs: Descriptor[], ref: string | null | undefined): Descriptor {
  if (ref) {
    const named = descs.find(
      (d) =>
        d.annotations?.['io.containerd.image.name'] === ref ||
        d.annotations?.['org.opencontainers.image.ref.name'] === ref,
    );
    if (named) return named;
  }
  return descs[0]!;
}

function choosePlatforms(candidates: Candidate[], wanted: string | undefined, location: string): Candidate[] {
  if (wanted === 'all') return candidates;
  if (!wanted && candidates.length === 1) return candidates;
  const target = wanted ?? hostPlatform();
  const match = candidates.find((c) => platformMatches(c.platform, target));
  if (match) return [match];
  if (!wanted) return [candidates[0]!];
  throw new UserError(
    `${location} has no image for platform ${wanted}; it has ${candidates.map((c) => shown(c.platform)).join(', ')}`,
  );
}

interface DockerSaveEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}

async function fromDockerSave(store: FileStore, options: ResolveOptions): Promise<ResolvedImage> {
  const entries = await readJson<DockerSaveEntry[]>(store, 'manifest.json');
  if (!Array.isArray(entries) || entries.length === 0)
    throw new UserError(`${store.location}: manifest.json lists no image`);
  const wellFormed = entries.every(
    (e) =>
      isObject(e) &&
      Array.isArray(e.Layers) &&
      (e.RepoTags === undefined || e.RepoTags === null || Array.isArray(e.RepoTags)),
  );
  if (!wellFormed) throw damaged(store, 'manifest.json', 'an entry has no Layers list');
  const entry = (options.ref && entries.find((e) => e.RepoTags?.includes(options.ref!))) || entries[0]!;
  // Config and Layers are paths: each must stay inside the archive.
  const configFile = member(store, 'manifest.json', entry.Config);
  const layerFiles = entry.Layers.map((file) => member(store, 'manifest.json', file));
  if (!store.has(configFile)) throw damaged(store, 'manifest.json', `it names ${shown(configFile)}, which is missing`);
  const config = checkConfig(store, configFile, await readJson<Record<string, unknown>>(store, configFile));
  const platform = formatPlatform({
    os: config.os ?? 'linux',
    architecture: config.architecture ?? 'amd64',
    variant: config.variant,
  });
  if (options.platform && options.platform !== 'all' && !platformMatches(platform, options.platform)) {
    throw new UserError(`${store.location} has no image for platform ${options.platform}; it has ${shown(platform)}`);
  }
  // Newer `docker save` names layers by blob path: those blobs keep their digest (and compression).
  const descs = layerFiles.map((file) => {
    const m = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(file);
    return { file, digest: m ? `${m[1]}:${m[2]}` : null, mediaType: undefined, size: null };
  });
  const configDigest = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(configFile);
  return {
    ref: options.ref ?? (typeof entry.RepoTags?.[0] === 'string' ? entry.RepoTags[0] : null),
    digest: configDigest ? `${configDigest[1]}:${configDigest[2]}` : null,
    manifestDigest: null,
    platform,
    config,
    layers: layerRefs(config, descs, store),
  };
}

type LayerDesc = { file: string; digest: string | null; mediaType?: string; size: number | null };

function layerRefs(config: ImageConfig, descs: LayerDesc[], store: FileStore): LayerRef[] {
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== descs.length) {
    throw new UserError(
      `${store.location}: the image config lists ${diffIds.length} layers but the manifest has ${descs.length}`,
    );
  }
  const instructions = layerInstructions(config.history ?? [], descs.length);
  return descs.map((d, index) => {
    if (d.mediaType && !LAYER_MEDIA.test(d.mediaType)) {
      throw new UserError(`${store.location}: layer ${index} has unknown media type ${shown(d.mediaType)}`);
    }
    if (!store.has(d.file)) throw new UserError(`${store.location}: layer ${index} (${shown(d.file)}) is missing`);
    return {
      index,
      digest: d.digest,
      diffId: diffIds[index]!,
      mediaType: d.mediaType ?? null,
      descriptorSize: d.size,
      file: d.file,
      instruction: instructions[index] ?? null,
    };
  });
}

/**
 * The `created_by` of each history entry that made a layer (empty_layer entries make none), without
 * the build-argument values BuildKit records in front of a RUN command.
 */
export function layerInstructions(history: HistoryEntry[], layerCount: number): (string | null)[] {
  const made = history.filter((h) => !h.empty_layer);
  if (made.length !== layerCount) return new Array<string | null>(layerCount).fill(null);
  return made.map((h) => (typeof h.created_by === 'string' ? stripBuildArgs(h.created_by) : null));
}
