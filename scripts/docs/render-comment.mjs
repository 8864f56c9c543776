// Renders the markdown of a PR comment the action wrote into PNG pictures, as GitHub shows it:
// GitHub-flavoured markdown with GitHub's own stylesheet, mermaid charts drawn, in a real Chromium.
//
//   npm --prefix scripts/docs ci
//   node scripts/docs/render-comment.mjs docs/example-comment.md docs/comment.png [docs/comment-expanded.png]
//
// The first picture shows the comment as a reviewer first sees it (folded parts closed); the
// second, when named, with every part open.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { chromium } from 'playwright-core';

const [input, output, expanded] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: render-comment.mjs COMMENT.md OUT.png [OUT-EXPANDED.png]');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const css = await readFile(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const mermaidJs = await readFile(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');

const markdown = await readFile(input, 'utf8');
const body = marked
  .parse(markdown, { gfm: true })
  // GitHub draws ```mermaid blocks as charts.
  .replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');

const page = `<!doctype html>
<html><head><meta charset="utf-8"><style>
${css}
body { background: #fff; margin: 0; padding: 24px; font-family: -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
.comment { max-width: 880px; border: 1px solid #d0d7de; border-radius: 6px; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; color: #57606a; font-size: 14px; border-radius: 6px 6px 0 0; }
.comment-header b { color: #1f2328; }
.markdown-body { padding: 16px; }
</style></head>
<body><div class="comment">
<div class="comment-header"><b>github-actions</b> <span style="border:1px solid #d0d7de;border-radius:2em;padding:0 7px;font-size:12px">bot</span> commented</div>
<article class="markdown-body">${body}</article>
</div>
<script>${mermaidJs}</script>
<script>mermaid.initialize({ startOnLoad: false, theme: 'default' }); mermaid.run().then(() => { document.body.dataset.ready = '1'; });</script>
</body></html>`;

const file = join(tmpdir(), `isg-comment-${process.pid}.html`);
await writeFile(file, page);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const tab = await browser.newPage({ viewport: { width: 930, height: 800 }, deviceScaleFactor: 1 });
  await tab.goto(`file://${file}`);
  await tab.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  await tab.locator('.comment').screenshot({ path: output });
  console.log(`wrote ${output}`);
  if (expanded) {
    await tab.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    await tab.locator('.comment').screenshot({ path: expanded });
    console.log(`wrote ${expanded}`);
  }
} finally {
  await browser.close();
}
