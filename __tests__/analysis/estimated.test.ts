/**
 * Whether a layer's compressed size is an estimate follows from the bytes read, not from the media
 * type the archive gives it: an archive can call a plain tar gzip, or a gzip stream a plain tar.
 */
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { layerTar, ociLayout, tarOf, tempDir } from '../image/layout.js';

const GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const TAR = 'application/vnd.oci.image.layer.v1.tar';

describe('an OCI archive whose media types lie', () => {
  const plain = layerTar({ 'app/a.txt': 'a'.repeat(50_000), 'app/b.txt': 'hello\n' });
  const zipped = layerTar({ 'srv/c.txt': 'c'.repeat(30_000) });
  const zippedBlob = gzipSync(zipped);
  const dir = ociLayout(tempDir(), [
    { tar: plain, mediaType: GZIP }, // a plain tar labelled gzip
    { tar: zipped, blob: zippedBlob, mediaType: TAR }, // gzip labelled a plain tar
  ]).dir;
  const archive = tarOf(dir, path.join(tempDir(), 'image.oci.tar'));

  it('measures the uncompressed layer labelled gzip as estimated, and the gzip one as exact', async () => {
    const [image] = (await analyze(archive)).images;
    const [first, second] = image!.layers;
    expect(first!.compressedEstimated).toBe(true);
    // What gzip makes of it, not the size of the tar the descriptor names.
    expect(first!.compressedBytes).toBeLessThan(plain.length / 10);
    expect(first!.compressedBytes).toBeGreaterThan(0);
    expect(second!.compressedEstimated).toBe(false);
    expect(second!.compressedBytes).toBe(zippedBlob.length);
    expect(image!.totals.compressedEstimated).toBe(true);
    expect(image!.totals.compressedBytes).toBe(first!.compressedBytes + zippedBlob.length);
  });

  it('a stored record of the layer without an estimate is not reused', async () => {
    const { layers } = await analyze(archive);
    const stale = new Map(layers.map((r) => [r.digest, { ...r, gzipEstimateBytes: null }]));
    const [image] = (await analyze(archive, { knownLayers: stale })).images;
    expect(image!.layers[0]!.compressedEstimated).toBe(true);
    expect(image!.layers[0]!.compressedBytes).toBeLessThan(plain.length / 10);
  });
});
