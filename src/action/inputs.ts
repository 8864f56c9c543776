import * as core from '@actions/core';
import { UserError } from '../errors.js';
import type { CommentMode } from '../github/comment.js';
import type { Thresholds } from '../thresholds/evaluate.js';
import { parseThresholds } from '../thresholds/parse.js';
import { Input } from './constants.js';

export interface Inputs {
  /** A local image reference, or the path of a docker save / OCI layout archive or folder. */
  image: string;
  report: ReportInputs;
}

/** What the comparison, the thresholds and the PR comment are told. */
export interface ReportInputs {
  /** The Dockerfile's path, for line numbers, links and hints; null when not given. */
  file: string | null;
  baselineFile: string | null;
  thresholds: Thresholds;
  diveCiConfig: string | null;
  comment: CommentMode;
  commentKey: string;
  githubToken: string;
}

function getReportInputs(): ReportInputs {
  const text = (name: string) => core.getInput(name).trim();
  const comment = text(Input.comment) || 'always';
  if (comment !== 'always' && comment !== 'on-change' && comment !== 'never') {
    throw new UserError(`Input "comment" is "${comment}": use one of always, on-change, never`);
  }
  return {
    file: text(Input.file) || null,
    baselineFile: text(Input.baselineFile) || null,
    thresholds: parseThresholds({
      'max-size': text(Input.maxSize),
      'max-increase': text(Input.maxIncrease),
      'max-increase-percent': text(Input.maxIncreasePercent),
      'max-layer-increase': text(Input.maxLayerIncrease),
      'warn-increase': text(Input.warnIncrease),
      'warn-increase-percent': text(Input.warnIncreasePercent),
      'min-efficiency': text(Input.minEfficiency),
      'max-wasted-bytes': text(Input.maxWastedBytes),
      'max-user-wasted-percent': text(Input.maxUserWastedPercent),
      'size-metric': text(Input.sizeMetric),
      'fail-on': text(Input.failOn),
    }),
    diveCiConfig: text(Input.diveCiConfig) || null,
    comment,
    commentKey: text(Input.commentKey) || text(Input.key) || 'image-size-guard',
    githubToken: text(Input.githubToken),
  };
}

/** The only reader of the action's inputs. */
export function getInputs(): Inputs {
  const image = core.getInput(Input.image).trim();
  if (!image) {
    throw new UserError(
      'Input "image" is empty: set it to an image reference (e.g. myapp:latest) or an image archive path',
    );
  }
  return { image, report: getReportInputs() };
}
