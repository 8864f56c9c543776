/**
 * Uploading an artifact of this run. A re-run job is the same run, which already holds its first
 * attempt's artifact of that name: the upload replaces it rather than fail.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import { messageOf } from '../errors.js';

/** Uploads `file` (in `dir`) as artifact `name`, replacing one a first attempt left; returns its id. */
export async function uploadReplacing(name: string, file: string, dir: string, retentionDays: number): Promise<number> {
  const client = new DefaultArtifactClient();
  const upload = () => client.uploadArtifact(name, [file], dir, { retentionDays });
  let id: number | undefined;
  try {
    ({ id } = await upload());
  } catch (err) {
    if (!/\b409\b|already exists/.test(messageOf(err))) throw err;
    await client.deleteArtifact(name);
    ({ id } = await upload());
  }
  if (id === undefined) throw new Error('the artifact service returned no artifact id');
  return id;
}
