/* global document, window */
/**
 * The report's script, run in the viewer's browser. It is inlined into the page as the source text
 * of reportClient, so it must stay one self-contained function: no imports, nothing from outside
 * but the browser. Every name that comes from the image is set with textContent, never as HTML.
 */
export function reportClient() {
  const started = performance.now();
  const errors = [];
  window.addEventListener('error', (e) => errors.push(String(e.message)));
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];
  const bytes = (n) => {
    const sign = n < 0 ? '-' : '';
    let v = Math.abs(n);
    let u = 0;
    while (v >= 1000 && u < UNITS.length - 1) {
      v /= 1000;
      u++;
    }
    return sign + v.toFixed(u === 0 || v >= 100 ? 0 : v >= 10 ? 1 : 2) + ' ' + UNITS[u];
  };
  const signed = (n) => (n > 0 ? '+' : '') + bytes(n);
  const pct = (r) => (r === null ? 'n/a' : (r * 100).toFixed(1) + '%');
  const layerColour = (l) => 'hsl(' + ((l * 137.508 + 200) % 360).toFixed(1) + ',55%,' + (l % 2 ? 58 : 68) + '%)';
  const DIFF = { new: '#e8883a', grown: '#d9534f', shrunk: '#4caf72', same: '#c9ccd1' };

  let p = null; // the platform shown
  let tree = null;
  let paths = []; // full path of each node
  let children = [];
  let root = 0; // the folder the map is zoomed into
  let mode = 'layer';
  let onlyLayer = -1;
  let marked = -1;
  let drawn = ''; // the map's size when last drawn

  function status(i) {
    const b = tree.base[i];
    if (b < 0) return 'new';
    return tree.bytes[i] > b ? 'grown' : tree.bytes[i] < b ? 'shrunk' : 'same';
  }

  function label(i) {
    if (tree.kind[i] === 'g') return tree.files[i] + ' small files';
    return tree.name[i] || '/';
  }

  function load(index) {
    p = data.platforms[index];
    tree = p.tree;
    paths = [];
    children = [];
    if (tree) {
      for (let i = 0; i < tree.name.length; i++) {
        const parent = tree.parent[i];
        children.push([]);
        if (parent < 0) paths.push('/');
        else {
          children[parent].push(i);
          const dir = paths[parent] === '/' ? '' : paths[parent];
          paths.push(tree.kind[i] === 'g' ? dir + '/(' + tree.files[i] + ' small files)' : dir + '/' + tree.name[i]);
        }
      }
      tree.memberOf = new Map(tree.members);
    }
    root = 0;
    marked = -1;
    onlyLayer = -1;
    summary();
    layers();
    waste();
    changes();
    packages();
    draw();
  }

  /** Squarified treemap (Bruls, Huizing, van Wijk): rows whose worst aspect ratio stops improving end. */
  function squarify(items, x, y, w, h) {
    const total = items.reduce((n, it) => n + it.v, 0);
    const out = [];
    if (total <= 0 || w <= 0 || h <= 0) return out;
    const scale = (w * h) / total;
    const area = items.map((it) => it.v * scale);
    let i = 0;
    while (i < items.length) {
      const side = Math.min(w, h);
      let sum = area[i];
      let min = area[i];
      let max = area[i];
      const worst = (s, mn, mx) => Math.max((side * side * mx) / (s * s), (s * s) / (side * side * mn));
      let ratio = worst(sum, min, max);
      let j = i + 1;
      while (j < items.length) {
        const s = sum + area[j];
        const r = worst(s, Math.min(min, area[j]), Math.max(max, area[j]));
        if (r > ratio) break;
        sum = s;
        min = Math.min(min, area[j]);
        max = Math.max(max, area[j]);
        ratio = r;
        j++;
      }
      const thick = sum / side;
      let at = 0;
      for (let k = i; k < j; k++) {
        const len = area[k] / thick;
        out.push(w >= h ? [items[k], x, y + at, thick, len] : [items[k], x + at, y, len, thick]);
        at += len;
      }
      if (w >= h) {
        x += thick;
        w -= thick;
      } else {
        y += thick;
        h -= thick;
      }
      i = j;
    }
    return out;
  }

  function colour(i) {
    if (mode === 'diff' && tree.base) return DIFF[status(i)];
    return layerColour(tree.layer[i]);
  }

  function draw() {
    const map = $('map');
    map.textContent = '';
    crumbs();
    if (!tree) {
      map.appendChild(el('p', 'empty', p.note || 'No file index for this image.'));
      return;
    }
    const w = map.clientWidth;
    const h = map.clientHeight;
    drawn = w + 'x' + h;
    box(root, 0, 0, w, h, 0, map);
  }

  const HEADER = 17;
  function box(i, x, y, w, h, depth, map) {
    if (w < 1 || h < 1) return;
    const r = el('div', 'r');
    r.dataset.i = i;
    r.style.left = x + 'px';
    r.style.top = y + 'px';
    r.style.width = Math.max(0, w - 1) + 'px';
    r.style.height = Math.max(0, h - 1) + 'px';
    const kind = tree.kind[i];
    const folder = kind === 'd' && children[i].length > 0;
    const open = folder && w > 24 && h > HEADER + 8;
    if (onlyLayer >= 0 && !open && tree.layer[i] !== onlyLayer) r.classList.add('dim');
    if (i === marked) r.classList.add('marked');
    if (open) {
      r.classList.add('dir');
      if (depth === 1) r.classList.add('top');
    } else {
      r.style.background = colour(i);
      if (kind === 'g') r.classList.add('group');
    }
    if (w > 36 && h > 13) {
      r.appendChild(el('span', 'name', label(i)));
      if (w > 90) r.appendChild(el('span', 'size', ' ' + bytes(tree.bytes[i])));
    }
    map.appendChild(r);
    if (!open) return;
    const items = children[i].filter((c) => tree.bytes[c] > 0).map((c) => ({ c, v: tree.bytes[c] }));
    for (const [it, cx, cy, cw, ch] of squarify(items, x + 2, y + HEADER, w - 4, h - HEADER - 2)) {
      box(it.c, cx, cy, cw, ch, depth + 1, map);
    }
  }

  function chain(i) {
    const up = [];
    for (let n = i; n >= 0; n = tree.parent[n]) up.unshift(n);
    return up;
  }

  function crumbs() {
    const c = $('crumbs');
    c.textContent = '';
    if (!tree) return;
    for (const n of chain(root)) {
      const a = el('button', 'crumb', n === 0 ? '/' : label(n));
      a.addEventListener('click', () => zoom(n));
      c.appendChild(a);
    }
    $('up').disabled = root === 0;
  }

  function zoom(i) {
    root = i;
    draw();
    $('map').dataset.root = paths[root];
  }

  function show(i) {
    const d = $('detail');
    d.textContent = '';
    d.appendChild(el('div', 'path', paths[i]));
    const kind = { d: 'folder', f: 'file', g: 'grouped small files and folders' }[tree.kind[i]];
    const lines = [
      kind + ' · ' + bytes(tree.bytes[i]) + ' · ' + tree.files[i] + (tree.files[i] === 1 ? ' file' : ' files'),
    ];
    const l = p.layers[tree.layer[i]];
    if (l) lines.push((tree.kind[i] === 'f' ? 'layer ' : 'mostly layer ') + l.index + ': ' + l.instruction);
    if (tree.base) {
      const b = tree.base[i];
      lines.push(b < 0 ? 'new since the baseline' : 'baseline ' + bytes(b) + ' (' + signed(tree.bytes[i] - b) + ')');
    }
    for (const line of lines) d.appendChild(el('div', '', line));
  }

  $('map').addEventListener('mousemove', (e) => {
    const r = e.target.closest('[data-i]');
    if (r) show(Number(r.dataset.i));
  });
  $('map').addEventListener('click', (e) => {
    const r = e.target.closest('[data-i]');
    if (!r) return;
    const i = Number(r.dataset.i);
    show(i);
    // One level deeper per click: the folder below the current one that holds what was clicked.
    const up = chain(i);
    const next = up[up.indexOf(root) + 1];
    if (next !== undefined && tree.kind[next] === 'd' && children[next].length > 0) zoom(next);
  });
  $('up').addEventListener('click', () => zoom(Math.max(0, tree.parent[root])));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && tree && root !== 0) zoom(tree.parent[root]);
  });

  function search(query) {
    const list = $('results');
    list.textContent = '';
    const q = query.trim().toLowerCase();
    if (!tree || q.length < 2) return [];
    const found = [];
    for (let i = 0; i < paths.length && found.length < 50; i++) {
      if (tree.kind[i] !== 'g' && paths[i].toLowerCase().includes(q)) found.push([i, paths[i]]);
      const members = tree.memberOf.get(i);
      if (!members) continue;
      const dir = paths[tree.parent[i]] === '/' ? '' : paths[tree.parent[i]];
      for (const m of members) {
        if (found.length >= 50) break;
        const full = dir + '/' + m;
        if (full.toLowerCase().includes(q)) found.push([i, full]);
      }
    }
    for (const [i, path] of found) {
      const li = el('li', '', path);
      li.addEventListener('click', () => {
        marked = i;
        zoom(tree.kind[i] === 'd' ? i : tree.parent[i]);
        show(i);
      });
      list.appendChild(li);
    }
    if (found.length === 0) list.appendChild(el('li', 'none', 'nothing matches'));
    return found;
  }
  $('search').addEventListener('input', (e) => search(e.target.value));

  function summary() {
    const s = $('summary');
    s.textContent = '';
    const t = p.totals;
    const b = p.baseline && p.baseline.totals;
    const fig = (name, now, was) => {
      const f = el('span', 'fig');
      f.appendChild(el('b', '', bytes(now)));
      f.appendChild(document.createTextNode(' ' + name));
      if (b) f.appendChild(el('span', now > was ? 'up' : now < was ? 'down' : 'same', ' (' + signed(now - was) + ')'));
      s.appendChild(f);
    };
    fig('compressed', t.compressedBytes, b && b.compressedBytes);
    fig('uncompressed', t.uncompressedBytes, b && b.uncompressedBytes);
    s.appendChild(el('span', 'fig', t.layerCount + ' layers · ' + t.fileCount + ' files · ' + p.platform));
    if (tree && tree.groupedBelow > 0) {
      s.appendChild(el('span', 'fig muted', 'files and folders under ' + bytes(tree.groupedBelow) + ' are grouped'));
    }
  }

  function table(parent, heads, rows) {
    const t = el('table');
    const tr = el('tr');
    for (const h of heads) tr.appendChild(el('th', '', h));
    t.appendChild(tr);
    for (const row of rows) t.appendChild(row);
    parent.appendChild(t);
    return t;
  }

  function layers() {
    const panel = $('layers');
    panel.textContent = '';
    const known = new Set(p.baseline ? p.baseline.diffIds : []);
    const rows = p.layers.map((l) => {
      const tr = el('tr', 'layer');
      const sw = el('td');
      const chip = el('span', 'chip');
      chip.style.background = layerColour(l.index);
      sw.appendChild(chip);
      sw.appendChild(document.createTextNode(String(l.index)));
      tr.appendChild(sw);
      const ins = el('td', 'ins', l.instruction);
      ins.title = l.instruction;
      if (p.baseline && !known.has(l.diffId)) ins.prepend(el('span', 'badge', 'new'));
      tr.appendChild(ins);
      tr.appendChild(el('td', 'num', bytes(l.compressedBytes)));
      tr.appendChild(el('td', 'num', bytes(l.uncompressedBytes)));
      tr.appendChild(el('td', 'num', String(l.fileCount)));
      tr.addEventListener('click', () => {
        onlyLayer = onlyLayer === l.index ? -1 : l.index;
        for (const r of panel.querySelectorAll('tr.layer')) r.classList.remove('on');
        if (onlyLayer >= 0) tr.classList.add('on');
        draw();
      });
      return tr;
    });
    table(panel, ['#', 'instruction', 'compr.', 'uncompr.', 'files'], rows);
  }

  function waste() {
    const w = $('waste');
    w.textContent = '';
    const d = p.dive;
    const lines = [
      'efficiency ' +
        pct(d.efficiency) +
        ' · wasted ' +
        bytes(d.wastedBytes) +
        ' · user wasted ' +
        pct(d.userWastedRatio),
      'hidden by later layers: ' + bytes(p.hiddenBytes) + ' (stored, but not in the final filesystem)',
    ];
    for (const line of lines) w.appendChild(el('div', '', line));
    if (d.inefficiencies.length === 0) return;
    table(
      w,
      ['path', 'copies', 'bytes'],
      d.inefficiencies.map((x) => {
        const tr = el('tr');
        tr.appendChild(el('td', 'ins', x.path));
        tr.appendChild(el('td', 'num', String(x.count)));
        tr.appendChild(el('td', 'num', bytes(x.bytes)));
        return tr;
      }),
    );
  }

  function changes() {
    const c = $('changes');
    c.textContent = '';
    $('diff').disabled = !(tree && tree.base);
    if (!p.baseline) {
      c.appendChild(el('div', 'muted', 'No baseline to compare with.'));
      return;
    }
    c.appendChild(el('div', 'muted', 'Baseline: ' + (p.baseline.commit || 'given file')));
    if (!tree || !tree.base) {
      c.appendChild(el('div', 'muted', p.note || 'The baseline holds no file index for this image.'));
      return;
    }
    const leaves = [];
    for (let i = 0; i < paths.length; i++) if (tree.kind[i] !== 'd') leaves.push(i);
    const delta = (i) => tree.bytes[i] - Math.max(0, tree.base[i]);
    const list = (title, which, cls) => {
      const picked = leaves.filter((i) => status(i) === which).sort((a, b) => Math.abs(delta(b)) - Math.abs(delta(a)));
      c.appendChild(el('h3', '', title + ' (' + picked.length + ')'));
      const rows = picked.slice(0, 15).map((i) => {
        const tr = el('tr');
        tr.appendChild(el('td', 'ins', paths[i]));
        tr.appendChild(el('td', 'num ' + cls, signed(delta(i))));
        tr.addEventListener('click', () => {
          marked = i;
          zoom(tree.parent[i]);
          show(i);
        });
        return tr;
      });
      if (rows.length) table(c, ['path', 'change'], rows);
    };
    list('New', 'new', 'up');
    list('Grown', 'grown', 'up');
    list('Shrunk', 'shrunk', 'down');
    c.appendChild(el('h3', '', 'Removed (' + p.removed.length + ')'));
    if (p.removed.length) {
      table(
        c,
        ['path', 'bytes'],
        p.removed.slice(0, 15).map((r) => {
          const tr = el('tr');
          tr.appendChild(el('td', 'ins', r.path));
          tr.appendChild(el('td', 'num down', signed(-r.bytes)));
          return tr;
        }),
      );
    }
  }

  /** Rows of a package table shown before "all N" is clicked. */
  const PACKAGES_SHOWN = 15;

  function packages() {
    const c = $('packages');
    c.textContent = '';
    const pk = p.packages;
    if (!pk) {
      c.appendChild(el('div', 'muted', 'This analysis has no package list.'));
      return;
    }
    const totals = el('div', 'totals');
    for (const t of pk.totals) {
      const f = el('span', 'fig');
      f.appendChild(el('b', '', bytes(t.bytes)));
      f.appendChild(document.createTextNode(' ' + t.type));
      if (t.baselineBytes !== null) {
        const d = t.bytes - t.baselineBytes;
        f.appendChild(el('span', d > 0 ? 'up' : d < 0 ? 'down' : 'same', ' (' + signed(d) + ')'));
      }
      totals.appendChild(f);
    }
    c.appendChild(totals);
    const label = (x) => x.type + ' ' + x.name;
    const text = (cls, value) => {
      const td = el('td', cls, value);
      td.title = value;
      return td;
    };
    if (p.baseline) {
      if (!pk.changes)
        c.appendChild(el('div', 'muted', 'The baseline has no package list: packages are not compared.'));
      else {
        c.appendChild(el('h3', '', 'Changed since the baseline (' + pk.changes.length + ')'));
        const change = (x) => {
          const tr = el('tr');
          tr.appendChild(text('ins', label(x)));
          tr.appendChild(text('ins', x.version || ''));
          tr.appendChild(text('ins', x.what));
          tr.appendChild(el('td', 'num ' + (x.delta > 0 ? 'up' : x.delta < 0 ? 'down' : 'same'), signed(x.delta)));
          return tr;
        };
        if (pk.changes.length) {
          longTable(c, 'package-changes', ['package', 'version', 'change', 'bytes'], pk.changes, change, 'changes');
        }
      }
    }
    const list = pk.largest;
    c.appendChild(el('h3', '', 'Largest (' + list.length + (list.length === 1 ? ' package)' : ' packages)')));
    if (list.length === 0) {
      c.appendChild(el('div', 'muted', 'No package database in this image.'));
      return;
    }
    const row = (x) => {
      const tr = el('tr');
      tr.appendChild(text('ins', label(x)));
      tr.appendChild(text('ins', x.version || ''));
      tr.appendChild(el('td', 'num', String(x.layer)));
      tr.appendChild(el('td', 'num', String(x.files)));
      tr.appendChild(el('td', 'num', bytes(x.bytes)));
      return tr;
    };
    longTable(c, 'package-list', ['package', 'version', 'layer', 'files', 'size'], list, row, 'packages');
  }

  /** A table of the first rows of `items`, and a button that adds the others. */
  function longTable(parent, id, heads, items, row, noun) {
    const t = table(parent, heads, items.slice(0, PACKAGES_SHOWN).map(row));
    t.id = id;
    if (items.length <= PACKAGES_SHOWN) return;
    const more = el('button', 'more', 'all ' + items.length + ' ' + noun);
    more.addEventListener('click', () => {
      for (const x of items.slice(PACKAGES_SHOWN)) t.appendChild(row(x));
      more.remove();
    });
    parent.appendChild(more);
  }

  $('bylayer').addEventListener('click', () => setMode('layer'));
  $('diff').addEventListener('click', () => setMode('diff'));
  function setMode(m) {
    mode = m;
    $('bylayer').classList.toggle('on', m === 'layer');
    $('diff').classList.toggle('on', m === 'diff');
    $('legend').hidden = m !== 'diff';
    draw();
  }

  const select = $('platform');
  data.platforms.forEach((pl, i) => select.appendChild(el('option', '', pl.platform)).setAttribute('value', i));
  select.hidden = data.platforms.length < 2;
  select.addEventListener('change', () => load(Number(select.value)));

  // Drawn again when the map changes size (a resized window, the page settling), before it is painted.
  new window.ResizeObserver(() => {
    const size = $('map').clientWidth + 'x' + $('map').clientHeight;
    if (size !== drawn && p) draw();
  }).observe($('map'));

  load(0);
  if (data.platforms[0].tree && data.platforms[0].tree.base) setMode('diff');
  document.body.dataset.renderMs = String(Math.round(performance.now()));
  document.body.dataset.scriptMs = String(Math.round(performance.now() - started));

  // A check the page runs on itself when opened with #selfcheck (headless browser tests): what the
  // largest rectangle is, where a click on it zooms to, and what a search finds.
  const hash = window.location.hash;
  if (hash.startsWith('#selfcheck')) {
    const q = new URLSearchParams(hash.slice('#selfcheck'.length + 1));
    let largest = null;
    let area = -1;
    for (const r of $('map').querySelectorAll('[data-i]')) {
      const i = Number(r.dataset.i);
      if (tree.parent[i] !== root) continue;
      const a = r.offsetWidth * r.offsetHeight;
      if (a > area) [largest, area] = [r, a];
    }
    const out = document.body.dataset;
    out.largest = largest ? paths[Number(largest.dataset.i)] : '';
    if (largest) largest.click();
    out.zoom = paths[root];
    out.crumbs = Array.from($('crumbs').children, (c) => c.textContent).join(' > ');
    zoom(0);
    const input = $('search');
    input.value = q.get('q') || '';
    input.dispatchEvent(new window.Event('input'));
    out.search = Array.from($('results').children, (li) => li.textContent).join('\n');
    out.rects = String($('map').querySelectorAll('[data-i]').length);
    out.mode = mode;
    // What the packages panel shows, one row a line, cells as text; and whether any markup from the
    // image became an element (the page itself has no image).
    const rowsOf = (id) =>
      Array.from(document.querySelectorAll('#' + id + ' tr:not(:first-child)'), (tr) =>
        Array.from(tr.children, (td) => td.textContent).join(' | '),
      ).join('\n');
    out.packages = rowsOf('package-list');
    out.packageChanges = rowsOf('package-changes');
    out.packageTotals = $('packages').querySelector('.totals')
      ? $('packages').querySelector('.totals').textContent
      : '';
    out.images = String(document.querySelectorAll('img').length);
    out.errors = String(errors.length);
  }
}
