import type { ImageMeasurement } from './measure.js';
import type { ImageAnalysis } from './types.js';

/**
 * An analysis that holds only the measured sizes: no file tree was built, so there are no files,
 * folders, waste or hint facts to report. Comparisons and thresholds on sizes work on it as they do
 * on a full analysis.
 */
export function measuredOnly(m: ImageMeasurement): ImageAnalysis {
  return {
    ...m,
    dive: {
      efficiency: 1,
      wastedBytes: 0,
      userWastedRatio: null,
      sizeBytes: m.totals.contentBytes,
      userSizeBytes: 0,
      inefficiencies: [],
    },
    hiddenBytes: 0,
    directories: [],
    files: [],
    facts: { packageCaches: [], removedLater: [], toolchains: [], secrets: [], user: null, runsAsRoot: false },
  };
}
