/** The report's styles, inlined into the page. */
export const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #f6f8fa;
  height: 100vh; display: flex; flex-direction: column; }
header { padding: 8px 12px 6px; background: #fff; border-bottom: 1px solid #d0d7de; }
h1 { font-size: 16px; margin: 0 0 4px; word-break: break-all; }
h3 { font-size: 12px; margin: 10px 0 2px; }
#summary .fig { margin-right: 14px; }
.muted { color: #656d76; }
.up { color: #cf222e; } .down { color: #1a7f37; } .same { color: #656d76; }
.bar { display: flex; align-items: center; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
.spacer { flex: 1; }
button { font: inherit; border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 4px; padding: 1px 8px; cursor: pointer; }
button:disabled { opacity: .45; cursor: default; }
.toggle button.on { background: #0969da; color: #fff; border-color: #0969da; }
.crumb { margin-right: 2px; max-width: 260px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.crumb + .crumb::before { content: "› "; color: #8c959f; }
#legend i { display: inline-block; width: 11px; height: 11px; margin: 0 3px 0 8px; vertical-align: -1px; border-radius: 2px; }
#legend .new { background: #e8883a; } #legend .grown { background: #d9534f; }
#legend .shrunk { background: #4caf72; } #legend .same { background: #c9ccd1; }
main { flex: 1; display: flex; min-height: 0; }
#map { flex: 1; position: relative; margin: 8px; background: #fff; border: 1px solid #d0d7de; overflow: hidden; }
aside { width: 420px; overflow: auto; padding: 8px 10px 8px 0; }
aside section, aside details { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 8px; margin-bottom: 8px; }
summary { font-weight: 600; cursor: pointer; }
#search { width: 100%; font: inherit; padding: 3px 6px; border: 1px solid #d0d7de; border-radius: 4px; }
#results { list-style: none; margin: 4px 0 0; padding: 0; max-height: 180px; overflow: auto; }
#results li { padding: 1px 2px; cursor: pointer; word-break: break-all; font-family: ui-monospace, monospace; font-size: 12px; }
#results li:hover { background: #ddf4ff; } #results li.none { cursor: default; color: #656d76; }
#detail .path { font-family: ui-monospace, monospace; word-break: break-all; font-weight: 600; color: #1f2328; }
#detail div { word-break: break-word; }
table { border-collapse: collapse; width: 100%; margin-top: 4px; table-layout: fixed; }
th { text-align: left; font-weight: 600; color: #656d76; font-size: 11px; }
#layers th:first-child { width: 40px; } #layers th:nth-child(3), #layers th:nth-child(4) { width: 64px; }
#layers th:nth-child(5) { width: 48px; } #waste th:nth-child(2) { width: 50px; } #waste th:nth-child(3) { width: 70px; }
#changes th:nth-child(2) { width: 76px; }
#packages th:nth-child(2) { width: 84px; } #packages th:nth-child(n+3) { width: 44px; }
#packages th:last-child { width: 62px; } #package-changes th:nth-child(3) { width: 84px; } #packages .totals .fig { margin-right: 10px; display: inline-block; }
.more { margin-top: 4px; }
td { padding: 1px 3px; border-top: 1px solid #eaeef2; vertical-align: top; }
td.ins { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-family: ui-monospace, monospace; font-size: 11px; }
td.num { text-align: right; white-space: nowrap; }
tr.layer, #changes tr { cursor: pointer; } tr.layer:hover, #changes tr:hover { background: #f6f8fa; } tr.on { background: #ddf4ff; }
.chip { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
.badge { background: #e8883a; color: #fff; border-radius: 3px; padding: 0 3px; margin-right: 4px; font-family: system-ui, sans-serif; }
.r { position: absolute; overflow: hidden; border: 1px solid rgba(0,0,0,.18); cursor: pointer; font-size: 11px; line-height: 14px;
  padding: 0 3px; white-space: nowrap; text-overflow: ellipsis; color: #1f2328; }
.r.dir { background: rgba(240,243,246,.9); border-color: rgba(0,0,0,.28); font-weight: 600; }
.r.dir.top { background: #eef1f4; }
.r.group { background-image: repeating-linear-gradient(45deg, rgba(255,255,255,.35) 0 3px, transparent 3px 7px); }
.r.dim { opacity: .18; }
.r.marked { outline: 3px solid #0969da; z-index: 1; }
.r:hover:not(.dir) { filter: brightness(1.08); }
.r .size { color: #57606a; font-weight: normal; }
.empty { padding: 20px; color: #656d76; }
`;
