/**
 * The HTML report: one self-contained page (styles, script and data inline, nothing fetched when
 * it is viewed) with a treemap of the final filesystem, the layers, the waste and, with a baseline,
 * what changed. Pure: from the analysis and the layer records to a string.
 */
import { knownLayers, type BaselineDocument } from '../../baseline/document.js';
import type { ImageAnalysis, LayerRecord, PackageRecord } from '../../analysis/types.js';
import { comparePackages, describeChange, shownVersion } from '../../compare/packages.js';
import { displayInstruction } from '../summary.js';
import { reportClient } from './client.js';
import { STYLE } from './style.js';
import { finalFiles, removedPaths, treeData, type RemovedPath, type TreeData } from './tree.js';

/** An image measured before: its analysis and the records its filesystem can be rebuilt from. */
export interface HtmlBaseline {
  images: readonly ImageAnalysis[];
  records: ReadonlyMap<string, LayerRecord>;
  /** The commit it was measured at, when known. */
  commit: string | null;
}

export interface HtmlReportInput {
  /** One per platform; the first is shown first. */
  images: readonly ImageAnalysis[];
  /** The records of the images' layers (AnalysisResult.layers). */
  records: readonly LayerRecord[];
  baseline?: HtmlBaseline | null;
}

/** The part of a baseline document the report compares with. */
export function htmlBaseline(document: BaselineDocument): HtmlBaseline {
  return {
    images: document.platforms.map((p) => p.analysis),
    records: knownLayers(document),
    commit: document.origin.commit || null,
  };
}

interface PlatformData {
  platform: string;
  ref: string | null;
  digest: string | null;
  totals: ImageAnalysis['totals'];
  layers: {
    index: number;
    diffId: string;
    instruction: string;
    compressedBytes: number;
    uncompressedBytes: number;
    fileCount: number;
  }[];
  dive: ImageAnalysis['dive'];
  hiddenBytes: number;
  tree: TreeData | null;
  removed: RemovedPath[];
  baseline: { totals: ImageAnalysis['totals']; diffIds: string[]; commit: string | null } | null;
  /** Null when the analysis has no package list (an analysis older than package support). */
  packages: PackageData | null;
  /** Why a part is missing, in one line. */
  note: string | null;
}

/** Package changes the page lists against the baseline; the comment lists the 10 largest. */
export const HTML_PACKAGE_CHANGES = 50;

interface PackageData {
  /** The largest packages, as the analysis lists them (largest first). */
  largest: PackageRecord[];
  /** Bytes by type, `unowned` last; `baselineBytes` null without a baseline's package list. */
  totals: { type: string; bytes: number; baselineBytes: number | null }[];
  /** Largest change first, in the comment's words (`new`, `from 1.2`, `grew`); null when not compared. */
  changes: { type: string; name: string; version: string | null; what: string; delta: number }[] | null;
}

function packageData(analysis: ImageAnalysis, before: ImageAnalysis | null): PackageData | null {
  if (!analysis.packages || !analysis.packageTotals) return null;
  const compared = before ? comparePackages(analysis, before, HTML_PACKAGE_CHANGES) : null;
  const { unowned, ...types } = analysis.packageTotals;
  const totals = compared
    ? compared.totals
    : [...Object.entries(types).sort(([a], [b]) => (a < b ? -1 : 1)), ['unowned', unowned] as const].map(
        ([type, bytes]) => ({
          type,
          bytes: bytes ?? 0,
          baselineBytes: null,
        }),
      );
  return {
    largest: analysis.packages,
    totals,
    changes: compared
      ? compared.changes.map((x) => ({
          type: x.type,
          name: x.name,
          version: shownVersion(x),
          // The page sets it as text: the version is shown as it is.
          what: describeChange(x, (v) => v),
          delta: x.bytes - x.baselineBytes,
        }))
      : null,
  };
}

export function reportData(input: HtmlReportInput): { platforms: PlatformData[] } {
  const records = new Map(input.records.map((r) => [r.digest, r]));
  const platforms = input.images.map((analysis): PlatformData => {
    const before = input.baseline?.images.find((b) => b.image.platform === analysis.image.platform) ?? null;
    const files = finalFiles(analysis, records);
    const baseFiles = before && input.baseline ? finalFiles(before, input.baseline.records) : null;
    let note: string | null = null;
    if (!files) note = 'The layer records of this image are missing: no file tree to draw.';
    else if (before && !baseFiles) note = 'The baseline does not hold every layer record: files are not compared.';
    return {
      platform: analysis.image.platform,
      ref: analysis.image.ref,
      digest: analysis.image.digest,
      totals: analysis.totals,
      layers: analysis.layers.map((l) => ({
        index: l.index,
        diffId: l.diffId,
        instruction: displayInstruction(l.instruction),
        compressedBytes: l.compressedBytes,
        uncompressedBytes: l.uncompressedBytes,
        fileCount: l.fileCount,
      })),
      dive: { ...analysis.dive, inefficiencies: analysis.dive.inefficiencies.slice(0, 20) },
      hiddenBytes: analysis.hiddenBytes,
      tree: files ? treeData(files, baseFiles) : null,
      removed: files && baseFiles ? removedPaths(files, baseFiles) : [],
      baseline: before
        ? { totals: before.totals, diffIds: before.layers.map((l) => l.diffId), commit: input.baseline!.commit }
        : null,
      packages: packageData(analysis, before),
      note,
    };
  });
  return { platforms };
}

/**
 * JSON that can sit inside a <script> element: `<`, `>` and `&` as \u escapes, so no file name
 * (`</script>`, `<!--`) can end the element or open a comment, and U+2028/2029 as escapes too.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderHtmlReport(input: HtmlReportInput): string {
  const first = input.images[0];
  const name = first ? (first.image.ref ?? first.image.digest ?? 'image') : 'image';
  const script = `(${reportClient.toString()})();`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(name)} · image-size-guard</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1><span id="title"></span> <select id="platform" hidden></select></h1>
  <div id="summary"></div>
  <div class="bar">
    <button id="up" title="Back out one folder (Esc)">↑ up</button>
    <span id="crumbs"></span>
    <span class="spacer"></span>
    <span class="toggle"><button id="bylayer" class="on">colour by layer</button><button id="diff" disabled>changes since the baseline</button></span>
    <span id="legend" hidden><i class="new"></i>new <i class="grown"></i>grown <i class="shrunk"></i>shrunk <i class="same"></i>same</span>
  </div>
</header>
<main>
  <div id="map"></div>
  <aside>
    <section><input id="search" type="search" placeholder="Search by path" autocomplete="off"><ul id="results"></ul></section>
    <section id="detail" class="muted">Point at a rectangle for its path, size and layer; click to zoom in.</section>
    <details open><summary>Layers <span class="muted">(click one: its files only)</span></summary><div id="layers"></div></details>
    <details open><summary>Changes</summary><div id="changes"></div></details>
    <details open><summary>Packages</summary><div id="packages"></div></details>
    <details open><summary>Waste (as dive counts it)</summary><div id="waste"></div></details>
  </aside>
</main>
<script type="application/json" id="report-data">${scriptSafeJson(reportData(input))}</script>
<script>document.getElementById('title').textContent = ${scriptSafeJson(name)};
${script}</script>
</body>
</html>
`;
}
