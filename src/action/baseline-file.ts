/**
 * The baseline as the comparison takes it: per platform, the baseline's analysis, build, commit
 * and history, from the baseline document.
 */
import * as fs from 'node:fs/promises';
import type { AnalysisResult } from '../analysis/types.js';
import { buildBaseline, DEFAULT_HISTORY, parseBaseline, type BaselineDocument } from '../baseline/document.js';
import type { BaselineComparison } from '../baseline/run.js';
import type { BaselineImage } from '../compare/types.js';
import { UserError } from '../errors.js';
import type { BaselineForReport } from './report.js';

export function baselineImages(document: BaselineDocument, platforms = document.platforms): BaselineImage[] {
  return platforms.map((p) => ({
    analysis: p.analysis,
    build: document.build,
    commit: document.origin.commit,
    history: p.history,
  }));
}

/** What the run found out about its baseline, as the report takes it. */
export function baselineForReport(found: BaselineComparison): BaselineForReport {
  if (!found.document || found.matched.length === 0) return { images: null, reason: found.line };
  return { images: baselineImages(found.document, found.matched), reason: null };
}

/** A baseline document at a path, whatever its key (the CLI's `--baseline`), or why it cannot be used. */
export async function openBaselineFile(
  file: string,
): Promise<{ document: BaselineDocument; reason: null } | { document: null; reason: string }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    return {
      document: null,
      reason: `No baseline at ${file} (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`,
    };
  }
  const parsed = parseBaseline(text, null);
  if (!parsed.ok) return { document: null, reason: `The baseline ${file} cannot be used: ${parsed.reason}` };
  return { document: parsed.document, reason: null };
}

/** Writes a baseline document of this analysis, for `compare --baseline` to read later. */
export async function writeBaselineFile(file: string, result: AnalysisResult, key = 'cli'): Promise<void> {
  const document = buildBaseline({
    key,
    origin: { repository: '', commit: '', ref: '', runId: null, time: new Date().toISOString() },
    analysis: result,
    build: null,
    historyLimit: DEFAULT_HISTORY,
    previous: null,
  });
  try {
    await fs.writeFile(file, `${JSON.stringify(document)}\n`);
  } catch (err) {
    throw new UserError(
      `Cannot write the baseline to ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'}): give a writable path`,
    );
  }
}
