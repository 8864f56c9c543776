/**
 * A page opened in a real browser: Debian's chromium, headless. The report runs a self-check when
 * its address ends in #selfcheck and writes what it found into <body>'s data attributes, which
 * --dump-dom prints once the page has loaded; the browser's console (errors included) goes to stderr.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exec } from './exec.js';

export interface PageRun {
  /** <body>'s data-* attributes after the page's script ran, by their dataset name. */
  body: Record<string, string>;
  /** Lines the page wrote to the browser's console: logs, errors and uncaught exceptions. */
  console: string[];
  seconds: number;
}

const unescape = (s: string): string =>
  s.replace(/&(lt|gt|quot|amp|#39);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" })[e]!);

export async function openInChromium(file: string, hash = ''): Promise<PageRun> {
  const url = pathToFileURL(path.resolve(file)).href + hash;
  const started = performance.now();
  const r = await exec('chromium', [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--enable-logging=stderr',
    '--v=0',
    '--window-size=1400,900',
    '--dump-dom',
    url,
  ]);
  const seconds = (performance.now() - started) / 1000;
  if (r.code !== 0) throw new Error(`chromium exited ${r.code}:\n${r.stderr.slice(-3000)}`);
  const tag = /<body([^>]*)>/.exec(r.stdout)?.[1] ?? '';
  const body: Record<string, string> = {};
  for (const m of tag.matchAll(/data-([a-z-]+)="([^"]*)"/g)) {
    body[m[1]!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = unescape(m[2]!);
  }
  const console = r.stderr.split('\n').filter((l) => /:CONSOLE[:(]/.test(l));
  return { body, console, seconds };
}
