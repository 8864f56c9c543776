import { createWriteStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../errors.js';
import { Engine } from './engine.js';

/**
 * Exports an image from the local daemon through the Engine API (what `docker save` does) into a
 * file under `dir`, and returns its path. With the containerd image store the archive holds the
 * image's own manifest and compressed blobs, so compressed sizes are exact.
 */
export async function exportImage(ref: string, dir: string, engine: Engine = Engine.fromEnv()): Promise<string> {
  await engine.inspectImage(ref);
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `image-size-guard-${process.pid}-${Date.now()}.tar`);
  try {
    await pipeline(await engine.exportImage(ref), createWriteStream(file));
  } catch (err) {
    await fs.rm(file, { force: true });
    throw err instanceof UserError
      ? err
      : new UserError(`Exporting "${ref}" from the Docker daemon failed: ${(err as Error).message}`);
  }
  return file;
}
