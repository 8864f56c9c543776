/**
 * An archive or layout folder is read as untrusted input: a path in it that leads outside is
 * refused in one line, a link that points outside is refused, and no message shows the bytes of a
 * damaged file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openSource } from '../../src/image/source.js';
import { dockerSaveFolder, imageConfig, layerTar, ociLayout, tarOf, tempDir } from './layout.js';

const TAR = 'application/vnd.oci.image.layer.v1.tar';
const SECRET = 'tok_9f2c51d0a4b8e7';

/** The one-line UserError openSource fails with. */
async function refusal(spec: string): Promise<string> {
  const err = await openSource(spec).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  const message = (err as Error).message;
  expect(message.split('\n')).toHaveLength(1);
  return message;
}

/** A docker save folder whose manifest.json names `config` and `layers`, beside a file it must not read. */
function saveNextToSecret(config: string, layers: string[]): { root: string; dir: string } {
  const root = tempDir();
  const layer = layerTar({ 'app/a.txt': 'a' });
  // A real image config outside the folder: read, it would make a valid image.
  fs.writeFileSync(path.join(root, 'secret.json'), JSON.stringify(imageConfig([layer], { comment: SECRET })));
  fs.writeFileSync(path.join(root, 'layer.tar'), layer);
  const dir = dockerSaveFolder(
    path.join(root, 'image'),
    { Config: config, Layers: layers },
    {
      'config.json': JSON.stringify(imageConfig([layer])),
      'abc/layer.tar': layer,
    },
  );
  return { root, dir };
}

describe('a path in manifest.json that leads outside', () => {
  it.each([
    ['Config', '../secret.json', ['abc/layer.tar']],
    ['Config', 'abc/../../secret.json', ['abc/layer.tar']],
    ['a layer', 'config.json', ['../layer.tar']],
    ['a layer (absolute)', 'config.json', [`${tempDir()}/../layer.tar`]],
  ])('%s: %s is refused in a folder', async (_what, config, layers) => {
    const { dir } = saveNextToSecret(config, layers);
    const message = await refusal(dir);
    expect(message).toMatch(/: manifest\.json names .*, which is outside the folder: refusing to read it$/);
    expect(message).not.toContain(SECRET);
  });

  it('is refused in an archive', async () => {
    const { root, dir } = saveNextToSecret('../secret.json', ['abc/layer.tar']);
    const archive = tarOf(dir, path.join(root, 'image.tar'));
    expect(await refusal(archive)).toBe(
      `${archive}: manifest.json names ../secret.json, which is outside the archive: refusing to read it`,
    );
  });

  it('is shown quoted and short when it holds line breaks', async () => {
    const { dir } = saveNextToSecret(`../x\n::error::${'y'.repeat(200)}`, ['abc/layer.tar']);
    const message = await refusal(dir);
    expect(message).toContain('names "../x\\n::error::yyyy');
    expect(message.length).toBeLessThan(dir.length + 200);
  });
});

describe('symbolic links in a layout folder', () => {
  it('a blob linked to a file outside the folder is refused', async () => {
    const layer = layerTar({ 'app/a.txt': 'a' });
    const { dir, layerFiles } = ociLayout(tempDir(), [{ tar: layer, mediaType: TAR }]);
    const elsewhere = path.join(tempDir(), 'blob');
    fs.renameSync(layerFiles[0]!, elsewhere);
    fs.symlinkSync(elsewhere, layerFiles[0]!);
    expect(await refusal(dir)).toMatch(
      /: blobs\/sha256\/[0-9a-f]{64} names blobs\/sha256\/[0-9a-f]{64}, which is outside the folder: refusing to read it$/,
    );
  });

  it('a linked blobs folder that points outside is refused', async () => {
    const layer = layerTar({ 'app/a.txt': 'a' });
    const { dir } = ociLayout(tempDir(), [{ tar: layer, mediaType: TAR }]);
    const elsewhere = path.join(tempDir(), 'blobs');
    fs.renameSync(path.join(dir, 'blobs'), elsewhere);
    fs.symlinkSync(elsewhere, path.join(dir, 'blobs'));
    expect(await refusal(dir)).toMatch(/: index\.json names blobs\/sha256\/[0-9a-f]{64}, which is outside the folder/);
  });

  it('a link to another file inside the folder is followed (docker save links a shared layer)', async () => {
    const layer = layerTar({ 'app/a.txt': 'a' });
    const dir = dockerSaveFolder(
      tempDir(),
      { Config: 'config.json', Layers: ['one/layer.tar', 'two/layer.tar'] },
      {
        'config.json': JSON.stringify(imageConfig([layer, layer])),
        'one/layer.tar': layer,
      },
    );
    fs.mkdirSync(path.join(dir, 'two'));
    fs.symlinkSync('../one/layer.tar', path.join(dir, 'two', 'layer.tar'));
    const opened = await openSource(dir);
    expect(opened.images[0]!.layers.map((l) => l.file)).toEqual(['one/layer.tar', 'two/layer.tar']);
    // The same in an archive, where the link is a tar member.
    const archive = await openSource(tarOf(dir, path.join(tempDir(), 'image.tar')));
    await expect(archive.store.read('two/layer.tar')).resolves.toEqual(layer);
  });
});

describe('a damaged JSON file', () => {
  it('is named, its bytes are not shown', async () => {
    const layer = layerTar({ 'app/a.txt': 'a' });
    const dir = dockerSaveFolder(
      tempDir(),
      { Config: 'config.json', Layers: ['abc/layer.tar'] },
      {
        'config.json': JSON.stringify(imageConfig([layer])),
        'abc/layer.tar': layer,
      },
    );
    fs.writeFileSync(path.join(dir, 'manifest.json'), `[{"Config": "config.json",\n"Layers": [${SECRET}\n]}]\n`);
    expect(await refusal(dir)).toBe(
      `${dir}: the folder is damaged: manifest.json: it is not valid JSON; save or build the image again`,
    );
  });

  it.each([
    [
      'index.json with a digest that is not a string',
      { manifests: [{ digest: 5, size: 1 }] },
      'index.json: a descriptor in it is malformed',
    ],
    [
      'index.json with a digest that is a path',
      { manifests: [{ digest: 'sha256:../../etc/passwd', size: 1 }] },
      'index.json: sha256:../../etc/passwd is not a valid digest',
    ],
  ])('%s is refused in one line', async (_what, index, expected) => {
    const layer = layerTar({ 'app/a.txt': 'a' });
    const { dir } = ociLayout(tempDir(), [{ tar: layer, mediaType: TAR }]);
    fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, ...index }));
    expect(await refusal(dir)).toBe(`${dir}: the folder is damaged: ${expected}; save or build the image again`);
  });

  it('an image config without diff_ids is refused in one line', async () => {
    const layer = layerTar({ 'app/a.txt': 'a' });
    const dir = dockerSaveFolder(
      tempDir(),
      { Config: 'config.json', Layers: ['abc/layer.tar'] },
      {
        'config.json': JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { diff_ids: 'sha256:x' } }),
        'abc/layer.tar': layer,
      },
    );
    expect(await refusal(dir)).toBe(
      `${dir}: the folder is damaged: config.json: the image config is malformed; save or build the image again`,
    );
  });
});

describe('what counts as an image folder', () => {
  it('a path to a folder that is no image layout says so', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
    expect(await refusal(dir)).toBe(
      `${dir} is a folder but not an image layout (it has no oci-layout, index.json or manifest.json): ` +
        'give an OCI layout folder, an image archive or an image reference',
    );
  });
});
