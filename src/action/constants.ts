/** The action's public names, exactly as action.yml declares them. */
export const Input = {
  image: 'image',
  context: 'context',
  file: 'file',
  target: 'target',
  buildArgs: 'build-args',
  buildContexts: 'build-contexts',
  secrets: 'secrets',
  platforms: 'platforms',
  network: 'network',
  labels: 'labels',
  noCache: 'no-cache',
  pull: 'pull',
  builder: 'builder',
  tags: 'tags',
  load: 'load',
  cache: 'cache',
  cacheRef: 'cache-ref',
  cacheScope: 'cache-scope',
} as const;

export const Output = {
  compressedBytes: 'compressed-bytes',
  uncompressedBytes: 'uncompressed-bytes',
  layerCount: 'layer-count',
  imageDigest: 'image-digest',
  reportFile: 'report-file',
  buildSeconds: 'build-seconds',
  cachedSteps: 'cached-steps',
  totalSteps: 'total-steps',
} as const;
