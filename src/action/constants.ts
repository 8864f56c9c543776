/** The action's public names, exactly as action.yml declares them. */
export const Input = {
  image: 'image',
  key: 'key',
  mode: 'mode',
  baselineBranch: 'baseline-branch',
  baselineFile: 'baseline-file',
  baselineOutput: 'baseline-output',
  retentionDays: 'retention-days',
  history: 'history',
  githubToken: 'github-token',
} as const;

export const Output = {
  compressedBytes: 'compressed-bytes',
  uncompressedBytes: 'uncompressed-bytes',
  layerCount: 'layer-count',
  imageDigest: 'image-digest',
  reportFile: 'report-file',
  result: 'result',
  baselineCompressedBytes: 'baseline-compressed-bytes',
  baselineArtifactId: 'baseline-artifact-id',
} as const;
