// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
//
// dockerode pulls in ssh2, whose optional native speed-ups (cpu-features, sshcrypto) ncc copies
// next to the bundle as machine-specific .node binaries. ssh2 loads them inside try/catch and falls
// back to its JavaScript and WebAssembly code, so they are left out: dist/ stays portable and
// byte-for-byte reproducible on any machine.
//
// The bundle is ESM, but CommonJS code inside it reads `__dirname` and `__filename` (ssh2's
// WebAssembly loaders) and `require`: a banner defines them from import.meta.url, in the entry and
// in the chunks ncc splits off for dynamic imports (`N.index.js`: dockerode, loaded when the
// daemon is first asked).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const BANNER =
  "import { createRequire as __isgCreateRequire } from 'node:module';\n" +
  "import { dirname as __isgDirname } from 'node:path';\n" +
  "import { fileURLToPath as __isgFileURLToPath } from 'node:url';\n" +
  'const require = __isgCreateRequire(import.meta.url);\n' +
  'const __filename = __isgFileURLToPath(import.meta.url);\n' +
  'const __dirname = __isgDirname(__filename);\n';

/** Puts the banner after the shebang line, if any. */
function addBanner(file) {
  const code = readFileSync(file, 'utf8');
  const shebang = code.startsWith('#!') ? code.slice(0, code.indexOf('\n') + 1) : '';
  writeFileSync(file, shebang + BANNER + code.slice(shebang.length));
}

const ncc = (entry, out) =>
  execFileSync('ncc', ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });

/** One entry into `out`, as the action and the CLI are bundled: without the native add-ons, with the banner. */
function bundle(entry, out) {
  ncc(entry, out);
  for (const native of ['build', 'lib/protocol', 'pagent.exe'])
    rmSync(`${out}/${native}`, { recursive: true, force: true });
  for (const file of readdirSync(out)) if (/^(\d+\.)?index\.js$/.test(file)) addBanner(`${out}/${file}`);
}

// The worker threads that read layer blobs run a bundle of their own, found beside the entry's
// (src/layers/threadpool.ts): dist/scan-worker/ serves both the action and the CLI.
const WORKER = 'src/layers/scan-worker.ts';

// `node scripts/bundle.mjs ENTRY OUT` bundles one more entry the same way (the benchmarks).
const [entry, out] = process.argv.slice(2);
if (entry && out) {
  bundle(entry, out);
  bundle(WORKER, `${out}/scan-worker`);
} else {
  rmSync('dist', { recursive: true, force: true });
  bundle('src/index.ts', 'dist');
  bundle('src/cli/index.ts', 'dist/cli');
  bundle(WORKER, 'dist/scan-worker');
}
