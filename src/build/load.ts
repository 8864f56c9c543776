/**
 * `load: true` puts the measured image itself into Docker. A daemon with the containerd image store
 * loads the OCI layout the build wrote, so the image in Docker is the one measured, byte for byte,
 * after one build. The classic store cannot load an OCI layout; there a second buildx pass loads
 * the image from the first pass's cache.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { lastLine, runDocker } from './builder.js';

/**
 * Loads the OCI layout at `layout` into the daemon and tags it. The layout's own name annotation
 * (all tags joined by commas) is left out, so every tag is set by `docker tag` alike.
 */
export async function loadLayout(layout: string, tags: readonly string[], docker = 'docker'): Promise<string> {
  const index = JSON.parse(await fs.readFile(path.join(layout, 'index.json'), 'utf8')) as {
    manifests?: { digest?: string; annotations?: Record<string, string> }[];
  };
  const top = index.manifests?.[0]?.digest;
  if (!top || index.manifests!.length !== 1) throw new Error(`${layout}/index.json does not name one image`);
  for (const m of index.manifests!) {
    if (m.annotations) delete m.annotations['org.opencontainers.image.ref.name'];
  }
  // The layout stays as measured; a sibling folder with the unnamed index links to its blobs.
  const staged = `${layout}-load`;
  await fs.rm(staged, { recursive: true, force: true });
  await fs.mkdir(staged, { recursive: true });
  try {
    await fs.writeFile(path.join(staged, 'index.json'), JSON.stringify(index));
    await fs.copyFile(path.join(layout, 'oci-layout'), path.join(staged, 'oci-layout'));
    await fs.symlink(path.join(layout, 'blobs'), path.join(staged, 'blobs'));
    const loaded = await pipeTarToLoad(staged, docker);
    if (loaded.code !== 0) throw new Error(`docker load failed: ${lastLine(loaded.output)}`);
  } finally {
    await fs.rm(staged, { recursive: true, force: true });
  }
  for (const tag of tags) {
    const tagged = await runDocker(docker, ['tag', top, tag]);
    if (tagged.code !== 0) throw new Error(`docker tag ${tag} failed: ${lastLine(tagged.output)}`);
  }
  return top;
}

/** `tar -h` follows the blobs link; `docker load` reads the archive from its standard input. */
function pipeTarToLoad(dir: string, docker: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const tar = spawn('tar', ['-C', dir, '-chf', '-', '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const load = spawn(docker, ['load'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    for (const s of [tar.stderr, load.stdout, load.stderr]) s.on('data', (c: Buffer) => chunks.push(c));
    tar.stdout.pipe(load.stdin);
    let tarCode = 0;
    tar.on('error', reject);
    load.on('error', reject);
    tar.on('close', (code) => (tarCode = code ?? 1));
    load.on('close', (code) =>
      resolve({ code: tarCode || (code ?? 1), output: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}
