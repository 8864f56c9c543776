/** The action's public names, exactly as action.yml declares them. */
export const Input = {
  image: 'image',
} as const;

export const Output = {
  compressedBytes: 'compressed-bytes',
  uncompressedBytes: 'uncompressed-bytes',
  layerCount: 'layer-count',
  imageDigest: 'image-digest',
  reportFile: 'report-file',
} as const;
