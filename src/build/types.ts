/** What a build records for the report and the baseline. */

export type CacheMode = 'local' | 'gha' | 'registry' | 'inline' | 'none';

export interface BuildStep {
  /** The Dockerfile instruction as BuildKit names the vertex, e.g. `[build 3/5] RUN npm ci`. */
  name: string;
  seconds: number;
  cached: boolean;
}

export interface BuildStats {
  seconds: number;
  cacheMode: CacheMode;
  /** Bytes of build context transferred to BuildKit; null when buildx did not say. */
  contextBytes: number | null;
  steps: BuildStep[];
  cachedSteps: number;
  totalSteps: number;
}
