import { measure, type ImageMeasurement } from './analysis/measure.js';
import { openSource, type OpenOptions } from './image/source.js';
import { readLayers } from './layers/read.js';

/** Reads an image from wherever it is and measures each platform asked for. */
export async function analyzeSource(spec: string, options: OpenOptions = {}): Promise<ImageMeasurement[]> {
  const source = await openSource(spec, options);
  try {
    const results: ImageMeasurement[] = [];
    for (const image of source.images) {
      results.push(measure(image, await readLayers(source.store, image)));
    }
    return results;
  } finally {
    await source.dispose();
  }
}
