import * as core from '@actions/core';
import { DEFAULT_HISTORY } from '../baseline/document.js';
import { parseCount, parseMode, sanitizeKey } from '../baseline/mode.js';
import type { BaselineInputs } from '../baseline/run.js';
import { UserError } from '../errors.js';
import { Input } from './constants.js';

export interface Inputs {
  /** A local image reference, or the path of a docker save / OCI layout archive or folder. */
  image: string;
  baseline: BaselineInputs;
}

/** The only reader of the action's inputs. */
export function getInputs(): Inputs {
  const image = core.getInput(Input.image).trim();
  if (!image) {
    throw new UserError(
      'Input "image" is empty: set it to an image reference (e.g. myapp:latest) or an image archive path',
    );
  }
  return { image, baseline: getBaselineInputs() };
}

function getBaselineInputs(): BaselineInputs {
  const key = core.getInput(Input.key).trim();
  return {
    key: key ? sanitizeKey(key) : '',
    mode: parseMode(core.getInput(Input.mode)),
    baselineBranch: core.getInput(Input.baselineBranch).trim(),
    baselineFile: core.getInput(Input.baselineFile).trim(),
    baselineOutput: core.getInput(Input.baselineOutput).trim(),
    retentionDays: parseCount(Input.retentionDays, core.getInput(Input.retentionDays), 90, 1, 400),
    history: parseCount(Input.history, core.getInput(Input.history), DEFAULT_HISTORY, 1, 1000),
    githubToken: core.getInput(Input.githubToken).trim(),
  };
}
