export type HintKind =
  | 'package-cache'
  | 'removed-later'
  | 'toolchain'
  | 'jdk'
  | 'root-user'
  | 'base-latest'
  | 'base-no-digest'
  | 'large-context'
  | 'no-dockerignore'
  | 'copy-before-install';

/** One thing to do about the image, with what it would save. */
export interface Hint {
  kind: HintKind;
  /** Stays the same from one build to the next, so a hint can be told new or known. */
  key: string;
  /** What was found, one line. May hold text from the image: escape it when rendering. */
  title: string;
  /** What to do, one line. */
  fix: string;
  /** The layer responsible, when there is one. */
  layer: number | null;
  /** The Dockerfile line responsible (1-based), when known. */
  line: number | null;
  /** Bytes (uncompressed) the fix would take out of the image; 0 when it is not about size. */
  bytes: number;
}
