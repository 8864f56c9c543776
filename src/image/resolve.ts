import { UserError } from '../errors.js';
import type { FileStore } from './store.js';
import { stripBuildArgs } from './history.js';
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

async function readJson<T>(store: FileStore, name: string): Promise<T> {
  try {
    return JSON.parse((await store.read(name)).toString('utf8')) as T;
  } catch (err) {
    throw new UserError(`${store.location}: ${name} is not valid JSON (${(err as Error).message})`);
  }
}

function blobPath(digest: string): string {
  const [algorithm, hex] = digest.split(':');
  if (!algorithm || !hex || !/^[a-z0-9]+$/.test(algorithm) || !/^[a-f0-9]+$/.test(hex)) {
    throw new UserError(`"${digest}" is not a valid digest`);
  }
  return `blobs/${algorithm}/${hex}`;
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
  const top = pickTop(index.manifests, options.ref);
  const candidates: Candidate[] = [];
  const visit = async (desc: Descriptor): Promise<void> => {
    if (isAttestation(desc)) return;
    const file = blobPath(desc.digest);
    // `docker save` of a multi-platform image keeps only the platforms it has locally.
    if (!store.has(file)) return;
    const doc = await readJson<Index | Manifest>(store, file);
    if (isIndex(desc.mediaType ?? doc.mediaType, doc)) {
      for (const child of (doc as Index).manifests ?? []) await visit(child);
      return;
    }
    const manifest = doc as Manifest;
    const configFile = blobPath(manifest.config.digest);
    if (!store.has(configFile)) return;
    const config = await readJson<ImageConfig>(store, configFile);
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
    `${location} has no image for platform ${wanted}; it has ${candidates.map((c) => c.platform).join(', ')}`,
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
  const entry = (options.ref && entries.find((e) => e.RepoTags?.includes(options.ref!))) || entries[0]!;
  const config = await readJson<ImageConfig>(store, entry.Config);
  const platform = formatPlatform({
    os: config.os ?? 'linux',
    architecture: config.architecture ?? 'amd64',
    variant: config.variant,
  });
  if (options.platform && options.platform !== 'all' && !platformMatches(platform, options.platform)) {
    throw new UserError(`${store.location} has no image for platform ${options.platform}; it has ${platform}`);
  }
  // Newer `docker save` names layers by blob path: those blobs keep their digest (and compression).
  const descs = entry.Layers.map((file) => {
    const m = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(file);
    return { file, digest: m ? `${m[1]}:${m[2]}` : null, mediaType: undefined, size: null };
  });
  const configDigest = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(entry.Config);
  return {
    ref: options.ref ?? entry.RepoTags?.[0] ?? null,
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
      throw new UserError(`${store.location}: layer ${index} has unknown media type ${d.mediaType}`);
    }
    if (!store.has(d.file)) throw new UserError(`${store.location}: layer ${index} (${d.file}) is missing`);
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
