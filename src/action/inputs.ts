import * as core from '@actions/core';
import { DEFAULT_HISTORY } from '../baseline/document.js';
import { parseCount, parseKey, parseMode, parseScope } from '../baseline/mode.js';
import type { BaselineInputs } from '../baseline/run.js';
import { UserError } from '../errors.js';
import type { CommentMode } from '../github/comment.js';
import type { Thresholds } from '../thresholds/evaluate.js';
import { parseThresholds } from '../thresholds/parse.js';
import {
  parseCacheMode,
  parseCompression,
  parseKeyValueLines,
  parseLines,
  parseList,
  parseSecrets,
  type BuildInputs,
} from '../build/inputs.js';
import { DEFAULT_PULL_BANDWIDTH, parseBandwidth } from '../report/format.js';
import { parseBuilderSetup } from '../build/builder.js';
import { Input } from './constants.js';

export interface Inputs {
  /** A local image reference, or the path of a docker save / OCI layout archive or folder; empty to build. */
  image: string;
  baseline: BaselineInputs;
  /** What to build when `image` is empty. */
  build: BuildInputs;
  report: ReportInputs;
  /** Build-arg names left out of the default key (values that change every run). */
  keyIgnoreArgs: string[];
  /** Push the measured image under `tags` once measured (never from a fork's pull request). */
  push: boolean;
  /** A published image to compare with instead of the baseline artifact; empty for the artifact. */
  baselineImage: string;
}

/** What the comparison, the thresholds and the PR comment are told. */
export interface ReportInputs {
  thresholds: Thresholds;
  /** A `.dive-ci` file whose rules are checked too; null when not set. */
  diveCiConfig: string | null;
  comment: CommentMode;
  /** Empty: the baseline's key. */
  commentKey: string;
  /** How a baseline run treats growth over the previous baseline. */
  baselineIncrease: 'warn' | 'fail';
  /** A pull request with this label has its crossings reported as warnings. */
  acceptLabel: string;
  /** Bits per second the comment estimates a pull at. */
  pullBandwidth: number;
}

/** The only reader of the action's inputs. */
export function getInputs(): Inputs {
  const image = core.getInput(Input.image).trim();
  return {
    image,
    baseline: getBaselineInputs(),
    build: getBuildInputs(),
    report: getReportInputs(),
    keyIgnoreArgs: parseList(core.getInput(Input.keyIgnoreArgs)),
    push: flag(Input.push),
    baselineImage: core.getInput(Input.baselineImage).trim(),
  };
}

function getReportInputs(): ReportInputs {
  const text = (name: string) => core.getInput(name).trim();
  const comment = text(Input.comment) || 'always';
  if (comment !== 'always' && comment !== 'on-change' && comment !== 'never') {
    throw new UserError(`Input "comment" is "${comment}": use one of always, on-change, never`);
  }
  return {
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
      'max-layers': text(Input.maxLayers),
      'size-metric': text(Input.sizeMetric),
      'fail-on': text(Input.failOn),
    }),
    diveCiConfig: text(Input.diveCiConfig) || null,
    comment,
    commentKey: commentKey(),
    baselineIncrease: oneOf(Input.baselineIncrease, text(Input.baselineIncrease) || 'warn', ['warn', 'fail'] as const),
    acceptLabel: text(Input.acceptLabel) || 'image-size-accepted',
    pullBandwidth: bandwidth(Input.pullBandwidth, text(Input.pullBandwidth)),
  };
}

/** Checked as `key` is, but kept as given: the marker of comments already posted holds it. */
function commentKey(): string {
  const value = core.getInput(Input.commentKey).trim();
  parseKey(Input.commentKey, value);
  return value;
}

function getBaselineInputs(): BaselineInputs {
  return {
    key: parseKey(Input.key, core.getInput(Input.key)),
    mode: parseMode(core.getInput(Input.mode)),
    baselineBranch: core.getInput(Input.baselineBranch).trim(),
    baselineFile: core.getInput(Input.baselineFile).trim(),
    baselineOutput: core.getInput(Input.baselineOutput).trim(),
    retentionDays: parseCount(Input.retentionDays, core.getInput(Input.retentionDays), 90, 1, 400),
    history: parseCount(Input.history, core.getInput(Input.history), DEFAULT_HISTORY, 1, 1000),
    githubToken: core.getInput(Input.githubToken).trim(),
    requireBaseline: flag(Input.requireBaseline),
  };
}

function getBuildInputs(): BuildInputs {
  const text = (name: string) => core.getInput(name).trim();
  return {
    context: text(Input.context) || '.',
    file: text(Input.file),
    target: text(Input.target),
    buildArgs: parseKeyValueLines(Input.buildArgs, core.getInput(Input.buildArgs)),
    buildContexts: parseKeyValueLines(Input.buildContexts, core.getInput(Input.buildContexts)),
    secrets: parseSecrets(core.getInput(Input.secrets), core.setSecret),
    platforms: parseList(core.getInput(Input.platforms)),
    network: text(Input.network),
    labels: parseKeyValueLines(Input.labels, core.getInput(Input.labels)),
    noCache: flag(Input.noCache),
    pull: flag(Input.pull),
    builder: text(Input.builder),
    builderSetup: parseBuilderSetup(core.getInput(Input.builderSetup)),
    tags: parseList(core.getInput(Input.tags)),
    load: flag(Input.load),
    cache: parseCacheMode(core.getInput(Input.cache)),
    cacheRef: text(Input.cacheRef),
    cacheScope: parseScope(Input.cacheScope, parseLines(core.getInput(Input.cacheScope)).join('-')),
    ssh: parseLines(core.getInput(Input.ssh)),
    allow: parseList(core.getInput(Input.allow)),
    addHosts: parseList(core.getInput(Input.addHosts)),
    shmSize: text(Input.shmSize),
    ulimit: parseLines(core.getInput(Input.ulimit)),
    annotations: parseLines(core.getInput(Input.annotations)),
    provenance: text(Input.provenance),
    sbom: text(Input.sbom),
    compression: parseCompression(core.getInput(Input.compression)),
  };
}

function bandwidth(name: string, value: string): number {
  if (!value) return DEFAULT_PULL_BANDWIDTH;
  const bits = parseBandwidth(value);
  if (bits === null) {
    throw new UserError(
      `Input "${name}" is "${value.slice(0, 40)}": write a speed such as 100Mbit/s, 1Gbit/s or 50MB/s`,
    );
  }
  return bits;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UserError(`Input "${name}" is "${value.slice(0, 40)}": use one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A boolean input; empty is false, and anything but true/false is a mistake worth one line. */
function flag(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new UserError(`Input "${name}" is "${core.getInput(name).trim()}": use true or false`);
}
