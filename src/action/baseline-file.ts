/**
 * Reads a baseline document from a path (`baseline-file`). Anything wrong with it is a reason to
 * report without deltas, never a failure: the run goes on and says why in one line.
 */
import * as fs from 'node:fs/promises';
import type { ImageAnalysis } from '../analysis/types.js';
import type { BuildStats } from '../build/types.js';
import type { BaselineImage, HistoryPoint } from '../compare/types.js';
import { UserError } from '../errors.js';

export interface BaselineDocument {
  schemaVersion: 1;
  commit: string | null;
  build: BuildStats | null;
  images: ImageAnalysis[];
  history: HistoryPoint[];
}

/** Writes a baseline document of these images, for `compare --baseline` to read later. */
export async function writeBaselineFile(
  file: string,
  images: ImageAnalysis[],
  commit: string | null = null,
): Promise<void> {
  const doc: BaselineDocument = { schemaVersion: 1, commit, build: null, images, history: [] };
  try {
    await fs.writeFile(file, `${JSON.stringify(doc)}\n`);
  } catch (err) {
    throw new UserError(
      `Cannot write the baseline to ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'}): give a writable path`,
    );
  }
}

export type BaselineRead = { images: BaselineImage[]; reason: null } | { images: null; reason: string };

export async function readBaselineFile(file: string): Promise<BaselineRead> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    return { images: null, reason: `No baseline at ${file} (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})` };
  }
  let doc: Partial<BaselineDocument>;
  try {
    doc = JSON.parse(text) as Partial<BaselineDocument>;
  } catch {
    return { images: null, reason: `The baseline ${file} is not valid JSON: it was ignored` };
  }
  if (doc.schemaVersion !== 1 || !Array.isArray(doc.images)) {
    return {
      images: null,
      reason: `The baseline ${file} is not a baseline document this version reads (schemaVersion 1)`,
    };
  }
  return {
    images: doc.images.map((analysis) => ({
      analysis,
      build: doc.build ?? null,
      commit: doc.commit ?? null,
      history: doc.history ?? [],
    })),
    reason: null,
  };
}
