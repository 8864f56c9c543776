// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
//
// dockerode pulls in ssh2, whose optional native speed-ups (cpu-features, sshcrypto) ncc copies
// next to the bundle as machine-specific .node binaries. This tool never opens an SSH connection
// and ssh2 loads them inside try/catch, so they are left out: dist/ stays portable and byte-for-byte
// reproducible on any machine.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ncc = (entry, out) =>
  execFileSync('ncc', ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
ncc('src/index.ts', 'dist');
ncc('src/cli/index.ts', 'dist/cli');
for (const dir of ['dist', 'dist/cli']) {
  for (const native of ['build', 'lib/protocol', 'pagent.exe'])
    rmSync(`${dir}/${native}`, { recursive: true, force: true });
}
