/**
 * Local stand-ins for the official language images the examples name by default (node, golang,
 * python, eclipse-temurin): nothing can be pulled here, so each is Debian minbase plus Debian's own
 * packages, built once and kept in the daemon. The examples take their base through a build argument.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureDebian } from './base-images.js';
import { exec, run } from './exec.js';

/** The machine's trust store; this network reaches the npm registry through a TLS proxy it trusts. */
const HOST_CA = '/etc/ssl/certs/ca-certificates.crt';

const PACKAGES = {
  node: ['nodejs', 'npm'],
  go: ['golang-go', 'ca-certificates'],
  python: ['python3'],
  jdk: ['default-jdk-headless'],
  jre: ['default-jre-headless'],
} as const;

export type Toolchain = keyof typeof PACKAGES;

export async function ensureToolchain(kind: Toolchain): Promise<string> {
  const tag = `isg-base/${kind}:1`;
  if ((await exec('docker', ['image', 'inspect', tag])).code === 0) return tag;
  const debian = await ensureDebian();
  const context = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-toolchain-'));
  try {
    await fs
      .copyFile(HOST_CA, path.join(context, 'ca-certificates.crt'))
      .catch(() => fs.writeFile(path.join(context, 'ca-certificates.crt'), ''));
    await fs.writeFile(
      path.join(context, 'Dockerfile'),
      [
        `FROM ${debian}`,
        `RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${PACKAGES[kind].join(' ')} && rm -rf /var/lib/apt/lists/*`,
        'COPY ca-certificates.crt /usr/local/share/isg/ca-certificates.crt',
        'ENV NODE_EXTRA_CA_CERTS=/usr/local/share/isg/ca-certificates.crt',
      ].join('\n'),
    );
    await run('docker', ['buildx', 'build', '--network=host', '--load', '-t', tag, context]);
  } finally {
    await fs.rm(context, { recursive: true, force: true });
  }
  return tag;
}

/** The build arguments that point an example at the local toolchain images. */
export async function exampleBuildArgs(): Promise<Record<string, string>> {
  return {
    NODE_IMAGE: await ensureToolchain('node'),
    GO_IMAGE: await ensureToolchain('go'),
    PYTHON_IMAGE: await ensureToolchain('python'),
    JDK_IMAGE: await ensureToolchain('jdk'),
    JRE_IMAGE: await ensureToolchain('jre'),
  };
}
