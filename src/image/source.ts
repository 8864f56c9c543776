import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { UserError } from '../errors.js';
import { TarFormatError } from '../layers/tar.js';
import type { LayerScan } from '../layers/scan.js';
import { RegistryUnavailable } from '../registry/client.js';
import { parseReference } from '../registry/reference.js';
import { RegistryStore } from '../registry/store.js';
import { readDaemonImage } from './daemon.js';
import { NoSuchImage } from './engine.js';
import { looksLikePath } from './spec.js';
import { resolveImages } from './resolve.js';
import { DirStore, TarStore, type FileStore } from './store.js';
import type { ResolvedImage } from './types.js';

export type SourceKind = 'daemon' | 'archive' | 'directory' | 'registry';

/** Docker Scout's prefixes: read the image from its registry only, or from the daemon only. */
export const REGISTRY_PREFIX = 'registry://';
export const LOCAL_PREFIX = 'local://';

export interface OpenedSource {
  kind: SourceKind;
  store: FileStore;
  images: ResolvedImage[];
  /** How this source reads layers when not from `store` by file ranges (the daemon's streamed export). */
  readLayers?(
    image: ResolvedImage,
    onLayer: (index: number, scan: LayerScan) => void,
    options?: { known?: ReadonlyMap<string, LayerScan> },
  ): Promise<void>;
  /** Seconds the daemon took to export the image, for a daemon source. */
  exportSeconds?: number;
  /** Removes what opening made. */
  dispose(): Promise<void>;
}

export interface OpenOptions {
  platform?: string;
  /** Unused: a daemon's export is read as it streams, never written to disk. */
  tempDir?: string;
  /** Blob digests of layers known already: a daemon's export lets them through unread. */
  knownBlob?: (digest: string) => boolean;
}

/**
 * Opens what the user named: an OCI layout folder, a `docker save` or OCI layout archive, or else
 * an image reference in the local Docker daemon, else in its registry; `registry://REF` and
 * `local://REF` ask only the one.
 */
export async function openSource(spec: string, options: OpenOptions = {}): Promise<OpenedSource> {
  if (spec.startsWith(REGISTRY_PREFIX)) return openRegistry(spec.slice(REGISTRY_PREFIX.length), options);
  if (spec.startsWith(LOCAL_PREFIX)) return openDaemon(spec.slice(LOCAL_PREFIX.length), options);
  const stat = await fs.stat(spec).catch(() => null);
  // A bare name such as `web` is a folder only when that folder is an image layout: next to a
  // `web/` source folder it names the image `web` in the daemon.
  const layout = stat?.isDirectory() ? await isImageFolder(spec) : false;
  if (stat?.isDirectory() && (layout || looksLikePath(spec))) {
    if (!layout) {
      throw new UserError(
        `${spec} is a folder but not an image layout (it has no oci-layout, index.json or manifest.json): ` +
          `give an OCI layout folder, an image archive or an image reference`,
      );
    }
    const store = await DirStore.open(spec);
    return { kind: 'directory', store, images: await resolveImages(store, options), dispose: async () => undefined };
  }
  if (stat?.isFile()) {
    const store = await openArchive(spec);
    return { kind: 'archive', store, images: await resolveImages(store, options), dispose: async () => undefined };
  }
  if (looksLikePath(spec)) {
    throw new UserError(`No file or folder at ${spec}: give an existing image archive, OCI layout or image reference`);
  }
  try {
    return await openDaemon(spec, options);
  } catch (err) {
    if (!(err instanceof NoSuchImage) || !isReference(spec)) throw err;
    try {
      return await openRegistry(spec, options);
    } catch (registryErr) {
      if (!(registryErr instanceof RegistryUnavailable)) throw registryErr;
      // Offline, or a name only ever meant for the daemon: what the daemon said is what matters.
      if (registryErr.reason === 'unreachable') throw err;
      // Docker Hub refuses anonymous access to a repository that does not exist, too.
      if (registryErr.reason === 'denied') {
        throw new UserError(
          `No image "${spec}" in the Docker daemon, and ${registryErr.fact.replace(/^The/, 'the')}: ` +
            `build or pull it first, or log in (docker/login-action in a workflow)`,
        );
      }
      throw new UserError(
        `No image "${spec}" in the Docker daemon, nor in its registry (${registryErr.fact}): build, pull or push it first`,
      );
    }
  }
}

async function openDaemon(spec: string, options: OpenOptions): Promise<OpenedSource> {
  const daemon = await readDaemonImage(spec, { platform: options.platform, known: options.knownBlob });
  return { kind: 'daemon', ...daemon, dispose: async () => undefined };
}

/** Reads the image from its registry: manifests and configs now, layer blobs when they are read. */
async function openRegistry(text: string, options: OpenOptions): Promise<OpenedSource> {
  const store = await RegistryStore.open(parseReference(text), text);
  const images = await resolveImages(store, { ...options, ref: text });
  return { kind: 'registry', store, images, dispose: async () => undefined };
}

function isReference(spec: string): boolean {
  try {
    parseReference(spec);
    return true;
  } catch {
    return false;
  }
}

/** An OCI layout (oci-layout, index.json) or an unpacked `docker save` (manifest.json). */
async function isImageFolder(dir: string): Promise<boolean> {
  for (const name of ['oci-layout', 'index.json', 'manifest.json']) {
    if ((await fs.lstat(path.join(dir, name)).catch(() => null))?.isFile()) return true;
  }
  return false;
}

async function openArchive(file: string): Promise<TarStore> {
  try {
    return await TarStore.open(file);
  } catch (err) {
    if (err instanceof TarFormatError) {
      throw new UserError(`${file} is not an image archive (${err.message}): give a docker save or OCI layout tar`);
    }
    throw err;
  }
}
