import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { Input } from './constants.js';

export interface Inputs {
  /** A local image reference, or the path of a docker save / OCI layout archive or folder. */
  image: string;
}

/** The only reader of the action's inputs. */
export function getInputs(): Inputs {
  const image = core.getInput(Input.image).trim();
  if (!image) {
    throw new UserError(
      'Input "image" is empty: set it to an image reference (e.g. myapp:latest) or an image archive path',
    );
  }
  return { image };
}
