import type { LayerChange, PlatformComparison } from './types.js';

/**
 * A compressed size is exact when the source stores the layer compressed, and gzip's estimate when
 * it stores it uncompressed. A delta between an estimate and an exact size measures the estimate's
 * error as much as the change, so wherever such a delta is shown it says so.
 */
export function estimateNote(p: PlatformComparison): string | null {
  const baseline = p.baseline?.analysis.totals.compressedEstimated;
  return note(p.current.totals.compressedEstimated, baseline);
}

/** The same for one layer's compressed delta. */
export function layerEstimateNote(p: PlatformComparison, layer: LayerChange): string | null {
  if (layer.index === null || layer.baselineIndex === null) return null;
  const current = p.current.layers[layer.index]?.compressedEstimated;
  const baseline = p.baseline?.analysis.layers[layer.baselineIndex]?.compressedEstimated;
  return current === undefined ? null : note(current, baseline);
}

function note(current: boolean, baseline: boolean | undefined): string | null {
  if (baseline === undefined || current === baseline) return null;
  const which = current ? "this image's compressed size is estimated" : "the baseline's compressed size is estimated";
  return `the delta compares an estimate with an exact size (${which})`;
}
