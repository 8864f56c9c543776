/**
 * Image layouts written by hand (a tar made by the system tar, JSON written here), so a test can
 * give them exactly the flaw it is about: a path that leads outside, a link, a lying media type.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

export function tempDir(prefix = 'isg-layout-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A layer: a tar of a few files, uncompressed. */
export function layerTar(files: Record<string, string | Buffer>): Buffer {
  const dir = tempDir('isg-layer-');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return execFileSync('tar', ['--format=pax', '--sort=name', '-C', dir, '-cf', '-', '.']);
}

export function imageConfig(layers: Buffer[], extra: object = {}): object {
  return {
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: layers.map((l) => `sha256:${sha256(l)}`) },
    history: layers.map((_, i) => ({ created_by: `COPY step ${i}` })),
    ...extra,
  };
}

export interface OciLayer {
  /** The tar stream the layer holds (the diff_id is its digest). */
  tar: Buffer;
  /** What is stored as the blob: the tar itself by default. */
  blob?: Buffer;
  mediaType: string;
}

/** An OCI layout folder with one image; returns the folder and the blob path of each layer. */
export function ociLayout(dir: string, layers: OciLayer[]): { dir: string; layerFiles: string[] } {
  fs.mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  const put = (bytes: Buffer | string): { digest: string; size: number; file: string } => {
    const buf = Buffer.from(bytes);
    const hex = sha256(buf);
    const file = path.join(dir, 'blobs', 'sha256', hex);
    fs.writeFileSync(file, buf);
    return { digest: `sha256:${hex}`, size: buf.length, file };
  };
  const blobs = layers.map((l) => ({ ...put(l.blob ?? l.tar), mediaType: l.mediaType }));
  const config = put(JSON.stringify(imageConfig(layers.map((l) => l.tar))));
  const manifest = put(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config.digest, size: config.size },
      layers: blobs.map((b) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size })),
    }),
  );
  fs.writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  fs.writeFileSync(
    path.join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: manifest.digest,
          size: manifest.size,
          platform: { os: 'linux', architecture: 'amd64' },
        },
      ],
    }),
  );
  return { dir, layerFiles: blobs.map((b) => b.file) };
}

/** A `docker save` folder (Docker < 25): manifest.json naming Config and Layers by path. */
export function dockerSaveFolder(
  dir: string,
  entry: { Config: string; Layers: string[] },
  files: Record<string, Buffer | string>,
) {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify([{ ...entry, RepoTags: ['app:1'] }]));
  return dir;
}

/** The folder as a tar archive, made by the system tar (members named `./…` as `docker save` names them). */
export function tarOf(dir: string, file: string): string {
  execFileSync('tar', ['-C', dir, '-cf', file, '.']);
  return file;
}
