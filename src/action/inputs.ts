import * as core from '@actions/core';
import { UserError } from '../errors.js';
import {
  parseCacheMode,
  parseKeyValueLines,
  parseLines,
  parseList,
  parseSecrets,
  type BuildInputs,
} from '../build/inputs.js';
import { Input } from './constants.js';

export interface Inputs {
  /** A local image reference, or the path of a docker save / OCI layout archive or folder; empty to build. */
  image: string;
  /** What to build when `image` is empty. */
  build: BuildInputs;
}

/** The only reader of the action's inputs. */
export function getInputs(): Inputs {
  const image = core.getInput(Input.image).trim();
  return { image, build: getBuildInputs() };
}

function getBuildInputs(): BuildInputs {
  const text = (name: string) => core.getInput(name).trim();
  return {
    context: text(Input.context) || '.',
    file: text(Input.file),
    target: text(Input.target),
    buildArgs: parseKeyValueLines(Input.buildArgs, core.getInput(Input.buildArgs)),
    buildContexts: parseKeyValueLines(Input.buildContexts, core.getInput(Input.buildContexts)),
    secrets: parseSecrets(core.getInput(Input.secrets)),
    platforms: parseList(core.getInput(Input.platforms)),
    network: text(Input.network),
    labels: parseKeyValueLines(Input.labels, core.getInput(Input.labels)),
    noCache: flag(Input.noCache),
    pull: flag(Input.pull),
    builder: text(Input.builder),
    tags: parseList(core.getInput(Input.tags)),
    load: flag(Input.load),
    cache: parseCacheMode(core.getInput(Input.cache)),
    cacheRef: text(Input.cacheRef),
    cacheScope: parseLines(core.getInput(Input.cacheScope)).join('-'),
  };
}

/** A boolean input; empty is false, and anything but true/false is a mistake worth one line. */
function flag(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new UserError(`Input "${name}" is "${core.getInput(name).trim()}": use true or false`);
}
