/** The parts of the OCI image spec (and Docker's v2 formats) this tool reads. */

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export interface Index {
  schemaVersion: number;
  mediaType?: string;
  manifests: Descriptor[];
}

export interface Manifest {
  schemaVersion: number;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface ImageConfig {
  architecture?: string;
  os?: string;
  variant?: string;
  config?: {
    User?: string;
    Env?: string[];
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    Labels?: Record<string, string> | null;
  };
  history?: HistoryEntry[];
  rootfs: { type: string; diff_ids: string[] };
}

/** A layer as the image's metadata describes it, before its blob is read. */
export interface LayerRef {
  index: number;
  /** The blob's digest; null where the source stores layers without one (legacy `docker save`). */
  digest: string | null;
  diffId: string;
  /** From the descriptor; null where the source has none (then it follows from the bytes). */
  mediaType: string | null;
  /** The blob's size from its descriptor; null when the source has no descriptor. */
  descriptorSize: number | null;
  /** Where the blob is in the source. */
  file: string;
  instruction: string | null;
}

/** One platform's image, resolved from a source and ready to be read. */
export interface ResolvedImage {
  ref: string | null;
  /** What the reference points to: the index for a multi-platform image, else the manifest. */
  digest: string | null;
  /** The platform manifest's digest. */
  manifestDigest: string | null;
  platform: string;
  config: ImageConfig;
  layers: LayerRef[];
}

export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerLayerTar: 'application/vnd.docker.image.rootfs.diff.tar',
} as const;

export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
