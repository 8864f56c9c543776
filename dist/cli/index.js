#!/usr/bin/env node
import { createRequire as __isgCreateRequire } from 'node:module';
import { dirname as __isgDirname } from 'node:path';
import { fileURLToPath as __isgFileURLToPath } from 'node:url';
const require = __isgCreateRequire(import.meta.url);
const __filename = __isgFileURLToPath(import.meta.url);
const __dirname = __isgDirname(__filename);
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7678);

// A stream error nothing listened for still ends the CLI with one line and exit 2, not a stack trace.
const lastResort = (err) => {
    process.stderr.write(`image-size-guard: ${(0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .errorLine */ .B)(err)}\n`);
    process.exit(2);
};
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ errorLine),
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/image/history.ts
/**
 * BuildKit (and the classic builder) record the build arguments a RUN step saw in front of its
 * command: `RUN |2 NPM_TOKEN=abc VERSION=1 /bin/sh -c npm ci # buildkit`. Those values may be
 * tokens, and an image's history is public wherever the image goes, so no instruction is shown or
 * stored with them. Pure.
 */
/** `RUN |2`, or a classic builder's bare `|2`. */
const PREFIX = /^(\s*(?:RUN\s+)?)\|(\d+)(?=\s|$)/;
/** Where the next assignment starts: whitespace, then `NAME=`. */
const NEXT_ASSIGNMENT = /^\s+[^\s="'\\]+=/;
const NAME = /^\s*([^\s="'\\]+)=/;
/**
 * Where the command starts when a value is not quoted: an absolute shell path and, within a few
 * words, its `-c` (`/bin/sh -c`, `/bin/bash -o pipefail -c`, `/bin/sh -ec`).
 */
const SHELL_START = /\s(?=\/\S+(?:\s+\S+){0,4}?\s+-[a-z]*c\s)/g;
/**
 * The instruction without its `|N NAME=value …` prefix. The values are written unquoted, so one with
 * spaces cannot be told from the command by its shape alone; where it is unclear this removes more,
 * never less: a value shown would leave the runner.
 */
function stripBuildArgs(instruction) {
    const head = PREFIX.exec(instruction);
    if (!head)
        return instruction;
    const count = Number(head[2]);
    const text = instruction;
    let pos = head[0].length;
    for (let i = 0; i < count; i++) {
        const command = shellStart(text, pos);
        if (command >= 0 && /^\s*$/.test(text.slice(pos, command + 1)))
            break;
        const name = NAME.exec(text.slice(pos));
        if (!name)
            break;
        pos = valueEnd(text, pos + name[0].length, i === count - 1, command);
    }
    return head[1] + text.slice(pos).trimStart();
}
/** Strips every instruction of a list; null stays null. */
function stripAll(instructions) {
    return instructions.map((i) => (i === null ? null : stripBuildArgs(i)));
}
/** The index of the whitespace before the shell command that follows `from`, or -1. */
function shellStart(text, from) {
    SHELL_START.lastIndex = from;
    const m = SHELL_START.exec(text);
    return m ? m.index : -1;
}
/**
 * Where a value that starts at `pos` ends. Quoted parts are taken whole (a backslash escapes the
 * next character in double quotes and outside quotes). At unquoted whitespace the value ends when
 * the next assignment or the shell command follows; the last value with no shell command in sight
 * ends at the first whitespace (an exec-form command follows it).
 */
function valueEnd(text, pos, last, command) {
    while (pos < text.length) {
        const ch = text[pos];
        if (/\s/.test(ch)) {
            if (command >= 0 && pos >= command)
                return pos;
            if (!last && NEXT_ASSIGNMENT.test(text.slice(pos)))
                return pos;
            if (command < 0)
                return pos;
            pos++;
        }
        else if (ch === '"' || ch === "'") {
            pos = quoteEnd(text, pos);
        }
        else if (ch === '\\') {
            pos += 2;
        }
        else {
            pos++;
        }
    }
    return text.length;
}
/** The index after the quote that closes the one at `pos` (the end of the text if none does). */
function quoteEnd(text, pos) {
    const quote = text[pos];
    for (let i = pos + 1; i < text.length; i++) {
        if (quote === '"' && text[i] === '\\')
            i++;
        else if (text[i] === quote)
            return i + 1;
    }
    return text.length;
}

;// CONCATENATED MODULE: ./src/baseline/document.ts

const BASELINE_SCHEMA_VERSION = 1;
const DEFAULT_HISTORY = 30;
/**
 * Reads a baseline document, or says in one line why it cannot serve as this run's baseline. Never
 * throws: a baseline is optional, so nothing wrong with it may stop a run. A null key takes the
 * document's own (a file the user named).
 */
function parseBaseline(text, expectedKey) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        return { ok: false, reason: `the baseline is not readable JSON (${err.message})` };
    }
    if (!isObject(value) || typeof value.schemaVersion !== 'number') {
        return { ok: false, reason: 'the baseline is not an image-size-guard baseline document (no schemaVersion)' };
    }
    if (value.schemaVersion > BASELINE_SCHEMA_VERSION) {
        return {
            ok: false,
            reason: `the baseline was written by a newer image-size-guard (schema ${value.schemaVersion}; this version reads ` +
                `${BASELINE_SCHEMA_VERSION}): use the same action version on both branches`,
        };
    }
    if (value.schemaVersion !== BASELINE_SCHEMA_VERSION) {
        return { ok: false, reason: `the baseline has an unknown schema version ${value.schemaVersion}` };
    }
    const problem = structuralProblem(value);
    if (problem)
        return { ok: false, reason: `the baseline document is damaged: ${problem}` };
    const document = withoutBuildArgs(value);
    if (expectedKey !== null && document.key !== expectedKey) {
        return {
            ok: false,
            reason: `the baseline is for image key "${document.key}", not "${expectedKey}": set the same \`key\` on both branches`,
        };
    }
    return { ok: true, document };
}
/** A document written before build-argument values were stripped at the source loses them here. */
function withoutBuildArgs(document) {
    for (const p of document.platforms) {
        for (const layer of p.analysis.layers) {
            if (isObject(layer) && typeof layer.instruction === 'string')
                layer.instruction = stripBuildArgs(layer.instruction);
        }
    }
    return document;
}
/** The first thing missing or mistyped in what the rest of the tool reads, or null. */
function structuralProblem(doc) {
    if (typeof doc.key !== 'string')
        return 'key is not a string';
    const origin = doc.origin;
    if (!isObject(origin) || typeof origin.commit !== 'string' || typeof origin.time !== 'string') {
        return 'origin.commit or origin.time is missing';
    }
    if (!isObject(doc.layers))
        return 'layers is not an object';
    if (!Array.isArray(doc.platforms) || doc.platforms.length === 0)
        return 'platforms is empty';
    for (const [i, p] of doc.platforms.entries()) {
        if (!isObject(p) || typeof p.platform !== 'string')
            return `platforms[${i}].platform is missing`;
        const analysis = p.analysis;
        if (!isObject(analysis) || !isObject(analysis.totals) || !Array.isArray(analysis.layers)) {
            return `platforms[${i}].analysis has no totals or layers`;
        }
        for (const field of ['compressedBytes', 'uncompressedBytes', 'layerCount']) {
            if (typeof analysis.totals[field] !== 'number')
                return `platforms[${i}].analysis.totals.${field} is not a number`;
        }
        if (!Array.isArray(p.history) || !p.history.every(isHistoryPoint))
            return `platforms[${i}].history is malformed`;
    }
    return null;
}
function isHistoryPoint(x) {
    return (isObject(x) &&
        typeof x.time === 'string' &&
        typeof x.commit === 'string' &&
        typeof x.compressed === 'number' &&
        typeof x.uncompressed === 'number' &&
        typeof x.wasted === 'number');
}
function isObject(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function matchPlatforms(document, platforms) {
    const byName = new Map(document.platforms.map((p) => [p.platform, p]));
    const matched = [];
    const missing = [];
    for (const platform of platforms) {
        const entry = byName.get(platform);
        if (entry)
            matched.push(entry);
        else
            missing.push(platform);
    }
    return { matched, missing };
}
/** The layer records a baseline holds, for the analysis to reuse instead of reading those layers. */
function knownLayers(document) {
    const known = new Map();
    for (const [digest, record] of Object.entries(document?.layers ?? {})) {
        if (isObject(record) && record.digest === digest)
            known.set(digest, record);
    }
    return known;
}
/** The document a baseline run writes: this measurement plus the previous one's history. */
function buildBaseline(input) {
    const limit = Math.max(1, input.historyLimit);
    const previousByPlatform = new Map((input.previous?.platforms ?? []).map((p) => [p.platform, p.history]));
    const platforms = input.analysis.images.map((analysis) => {
        const point = {
            time: input.origin.time,
            commit: input.origin.commit,
            compressed: analysis.totals.compressedBytes,
            uncompressed: analysis.totals.uncompressedBytes,
            wasted: analysis.dive.wastedBytes,
        };
        const history = [...(previousByPlatform.get(analysis.image.platform) ?? []), point].slice(-limit);
        return { platform: analysis.image.platform, analysis, history };
    });
    const layers = {};
    for (const record of input.analysis.layers)
        layers[record.digest] = record;
    return {
        schemaVersion: BASELINE_SCHEMA_VERSION,
        key: input.key,
        origin: input.origin,
        platforms,
        layers,
        build: input.build,
    };
}

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * A problem the user can fix: wrong input, missing image, unreachable daemon. Its message is one
 * line that says what was wrong and what to do, and it is shown without a stack trace.
 */
class UserError extends Error {
    name = 'UserError';
}
function messageOf(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}

;// CONCATENATED MODULE: ./src/action/baseline-file.ts
/**
 * The baseline as the comparison takes it: per platform, the baseline's analysis, build, commit
 * and history, from the baseline document.
 */



function baselineImages(document, platforms = document.platforms) {
    return platforms.map((p) => ({
        analysis: p.analysis,
        build: document.build,
        commit: document.origin.commit,
        history: p.history,
    }));
}
/** What the run found out about its baseline, as the report takes it. */
function baselineForReport(found) {
    if (!found.document || found.matched.length === 0)
        return { images: null, reason: found.line };
    return { images: baselineImages(found.document, found.matched), reason: null };
}
/** A baseline document at a path, whatever its key (the CLI's `--baseline`), or why it cannot be used. */
async function openBaselineFile(file) {
    let text;
    try {
        text = await promises_namespaceObject.readFile(file, 'utf8');
    }
    catch (err) {
        return {
            document: null,
            reason: `No baseline at ${file} (${err.code ?? 'unreadable'})`,
        };
    }
    const parsed = parseBaseline(text, null);
    if (!parsed.ok)
        return { document: null, reason: `The baseline ${file} cannot be used: ${parsed.reason}` };
    return { document: parsed.document, reason: null };
}
/** Writes a baseline document of this analysis, for `compare --baseline` to read later. */
async function writeBaselineFile(file, result, key = 'cli') {
    const document = buildBaseline({
        key,
        origin: { repository: '', commit: '', ref: '', runId: null, time: new Date().toISOString() },
        analysis: result,
        build: null,
        historyLimit: DEFAULT_HISTORY,
        previous: null,
    });
    try {
        await promises_namespaceObject.writeFile(file, `${JSON.stringify(document)}\n`);
    }
    catch (err) {
        throw new UserError(`Cannot write the baseline to ${file} (${err.code ?? 'error'}): give a writable path`);
    }
}

;// CONCATENATED MODULE: ./src/filetree/entry.ts
const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
/** Whether a path's own name is a whiteout or an opaque marker (`.wh.…`): a marker, not a file. */
function isWhiteoutPath(path) {
    return path.startsWith(WHITEOUT_PREFIX, path.lastIndexOf('/') + 1);
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/** How a path is shown to users: absolute, as dive and `ls` print it. */
function displayPath(path) {
    return `/${path}`;
}
/**
 * Go's sort.Strings order (UTF-8 bytes), which dive walks trees in. JavaScript's `<` compares
 * UTF-16 code units and differs for characters beyond the BMP, so compare code points.
 */
function compareBytewise(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // A surrogate (0xD800–0xDFFF) stands for a code point above every BMP character.
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}

;// CONCATENATED MODULE: ./src/filetree/dive.ts

const OPAQUE_PREFIX = `${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`;
/**
 * A node of dive's FileTree. Most nodes are files, so children are only allocated for directories:
 * an image with 100,000 files then costs a few tens of megabytes here, not hundreds.
 */
class Node {
    name;
    children = null;
    // dive: a parent directory missing from a layer's tar gets an empty payload: size 0, not a directory.
    isDir = false;
    size = 0;
    constructor(name) {
        this.name = name;
    }
    get isWhiteout() {
        return this.name.startsWith(WHITEOUT_PREFIX);
    }
    child(name) {
        this.children ??= new Map();
        let node = this.children.get(name);
        if (!node) {
            node = new Node(name);
            this.children.set(name, node);
        }
        return node;
    }
    sortedChildren() {
        if (!this.children)
            return [];
        return [...this.children.values()].sort((a, b) => compareBytewise(a.name, b.name));
    }
}
/** One layer's tree as dive's FileTree.AddPath builds it: implied parents, the last member wins. */
function layerTree(entries) {
    const root = new Node('');
    // Tar writers list a directory's members together: a member's directory is found by its path
    // (one lookup) rather than walked down to from the root (one lookup per level).
    const dirs = new Map([['', root]]);
    const dirNode = (path) => {
        let node = dirs.get(path);
        if (!node) {
            const slash = path.lastIndexOf('/');
            node = dirNode(slash === -1 ? '' : path.slice(0, slash)).child(path.slice(slash + 1));
            dirs.set(path, node);
        }
        return node;
    };
    for (const entry of entries) {
        if (entry.path === '')
            continue;
        if (entry.path.includes(OPAQUE_PREFIX)) {
            addOpaquePath(root, entry);
            continue;
        }
        const slash = entry.path.lastIndexOf('/');
        const node = dirNode(slash === -1 ? '' : entry.path.slice(0, slash)).child(entry.path.slice(slash + 1));
        node.isDir = entry.type === 'directory';
        node.size = entry.size;
    }
    return root;
}
/** A path with an opaque marker in it, added name by name. */
function addOpaquePath(root, entry) {
    const names = entry.path.split('/');
    let node = root;
    for (let i = 0; i < names.length; i++) {
        const name = names[i];
        // dive: an opaque marker is dropped (the parents before it stay); lower contents stay visible.
        if (name.startsWith(OPAQUE_PREFIX) && !node.children?.has(name))
            return;
        node = node.child(name);
        if (i === names.length - 1) {
            node.isDir = entry.type === 'directory';
            node.size = entry.size;
        }
    }
}
/**
 * dive's node.Path() as a name list: the whiteout prefix is dropped from the node's own name only,
 * so a whiteout counts under the path it removes.
 */
function ownName(node) {
    return node.isWhiteout ? node.name.slice(WHITEOUT_PREFIX.length) : node.name;
}
/**
 * The paths whiteouts remove, as a tree of names. The stacked tree is only ever asked about them
 * (does it hold one, and how much lies below it), so stacking a layer only needs the nodes on the
 * way to them and below them: everything else is left out, and stacking an upper layer costs next
 * to nothing when it deletes little.
 */
class Removed {
    children = new Map();
    /** A whiteout names this path: everything below it counts. */
    whole = false;
    child(name) {
        let next = this.children.get(name);
        if (!next) {
            next = new Removed();
            this.children.set(name, next);
        }
        return next;
    }
    /** What is asked about below `name`: everything (below a removed path), some paths, or nothing. */
    below(name) {
        if (this.whole)
            return this;
        return this.children.get(name);
    }
}
/** The name a whiteout removes (`.wh.<name>`); null for any other name, an opaque marker's too. */
function removedName(name) {
    return name.startsWith(WHITEOUT_PREFIX) && !name.startsWith(OPAQUE_PREFIX)
        ? name.slice(WHITEOUT_PREFIX.length)
        : null;
}
/** Every whiteout's path (a name starting with `.wh.`, anywhere in a member's path). */
function removedPaths(layers) {
    const root = new Removed();
    for (const entries of layers) {
        for (const e of entries) {
            if (!e.path.includes(WHITEOUT_PREFIX))
                continue;
            const names = e.path.split('/');
            names.forEach((name, i) => {
                const removed = removedName(name);
                if (removed === null)
                    return;
                let at = root;
                for (const above of names.slice(0, i))
                    at = at.child(above);
                at.child(removed).whole = true;
            });
        }
    }
    return root;
}
/**
 * dive's FileTree.Stack: every node of the upper tree, implied ones too, children first and
 * siblings in byte order, is grafted onto the lower tree (its payload replaces the lower one) or,
 * for a whiteout, removes the path. Walking both trees together spares a lookup from the root.
 * The order only matters between a whiteout and its siblings, so an upper layer without
 * whiteouts (`ordered` false) is stacked in any order. Only the nodes `removed` asks about are
 * stacked (see Removed).
 */
function stack(lower, upper, ordered, removed) {
    for (const node of ordered ? upper.sortedChildren() : (upper.children?.values() ?? [])) {
        const below = removed.below(node.name);
        if (below) {
            if (node.children)
                stack(lower.child(node.name), node, ordered, below);
            if (!node.isWhiteout) {
                const target = lower.child(node.name);
                target.isDir = node.isDir;
                target.size = node.size;
            }
        }
        if (node.isWhiteout && removed.below(ownName(node)))
            lower.children?.delete(ownName(node));
    }
}
function copyTree(node) {
    const copy = new Node(node.name);
    copy.isDir = node.isDir;
    copy.size = node.size;
    if (node.children) {
        copy.children = new Map();
        for (const [name, child] of node.children)
            copy.children.set(name, copyTree(child));
    }
    return copy;
}
function subtreeSize(node) {
    let total = node.size;
    if (node.children)
        for (const child of node.children.values())
            total += subtreeSize(child);
    return total;
}
/** What dive counts for one path over all layers, kept in a tree by name like the layers' trees. */
class PathData {
    children = null;
    count = 0;
    cumulative = 0;
    minimum = 0;
    child(name) {
        this.children ??= new Map();
        let data = this.children.get(name);
        if (!data) {
            data = new PathData();
            this.children.set(name, data);
        }
        return data;
    }
    add(size) {
        if (this.count === 0 || size < this.minimum)
            this.minimum = size;
        this.count++;
        this.cumulative += size;
    }
}
function hasWhiteout(entries) {
    return entries.some((e) => isWhiteoutPath(e.path));
}
/** Whether a whiteout among these members names a path the stacked tree lacks. */
function removesMissing(entries, stacked) {
    for (const e of entries) {
        if (!e.path.includes(WHITEOUT_PREFIX))
            continue;
        const names = e.path.split('/');
        let at = stacked;
        for (const name of names) {
            const removed = removedName(name);
            if (removed !== null && !at?.children?.has(removed))
                return true;
            at = at?.children?.get(name);
        }
    }
    return false;
}
/**
 * dive's figures for an image whose layers, bottom to top, hold these tar members. `trees` may
 * bring the layers' trees built already (by `layerTree`); they are used up.
 */
function diveFigures(layers, trees = []) {
    const data = new PathData();
    // dive: a whiteout is weighed against StackTreeRange(trees, 0, current-1), which starts from a
    // copy of layer 0 and stacks layers 0..current-1 on it (for layer 0 itself: layer 0's own tree).
    // It is kept up to date one layer at a time, and only up to the last layer that has a whiteout.
    const whiteouts = layers.map(hasWhiteout);
    const lastWithWhiteout = whiteouts.lastIndexOf(true);
    const removed = lastWithWhiteout === -1 ? new Removed() : removedPaths(layers.slice(0, lastWithWhiteout + 1));
    let stacked = null;
    let previous = null;
    layers.forEach((entries, index) => {
        const tree = trees[index] ?? layerTree(entries);
        if (index <= lastWithWhiteout) {
            // Stacking layer 0 on a copy of itself changes nothing unless it has whiteouts of its own,
            // so without them layer 0's tree is used as the stacked tree directly (it is not needed again).
            if (index === 0)
                stacked = whiteouts[0] ? copyTree(tree) : tree;
            else if (index > 1 || whiteouts[0])
                stack(stacked, previous, whiteouts[index - 1], removed);
        }
        previous = index < lastWithWhiteout ? tree : null;
        // dive: only the leaves of each layer's tree are counted (an empty directory is a leaf), walked
        // children first with siblings in byte order. The order matters only where a whiteout ends the
        // walk (below), so a layer none of whose whiteouts would is walked in any order. `lower` is the
        // same directory in the stacked tree below, where a whiteout finds what it removes.
        const ordered = whiteouts[index] && removesMissing(entries, stacked);
        const walk = (dir, at, lower) => {
            for (const node of ordered ? dir.sortedChildren() : dir.children.values()) {
                if (node.children) {
                    if (!walk(node, at.child(node.name), lower?.children?.get(node.name) ?? null))
                        return false;
                    continue;
                }
                const own = ownName(node);
                let size = node.size;
                if (node.isWhiteout) {
                    const removed = lower?.children?.get(own);
                    // dive: a whiteout of a path the lower layers lack makes the visitor fail, which ends the
                    // walk of this layer's tree: the rest of the layer's leaves go uncounted.
                    if (!removed)
                        return false;
                    // dive: only a real directory weighs its whole subtree; a file or an implied directory 0.
                    size = removed.isDir ? subtreeSize(removed) : 0;
                }
                at.child(own).add(size);
            }
            return true;
        };
        if (tree.children)
            walk(tree, data, whiteouts[index] ? stacked : null);
    });
    let minimum = 0;
    let cumulative = 0;
    const inefficiencies = [];
    // The names on the way to the node being totalled: a path is only spelled out for the few that
    // are listed, not for every one of tens of thousands of nodes.
    const names = [];
    const total = (at) => {
        if (at.count > 0) {
            minimum += at.minimum;
            cumulative += at.cumulative;
            // dive: a path seen twice weighs its whole cumulative size, the copy that stays included.
            if (at.count >= 2)
                inefficiencies.push({ path: `/${names.join('/')}`, count: at.count, bytes: at.cumulative });
        }
        if (!at.children)
            return;
        for (const [name, child] of at.children) {
            names.push(name);
            total(child);
            names.pop();
        }
    };
    total(data);
    inefficiencies.sort((a, b) => b.bytes - a.bytes || compareBytewise(a.path, b.path));
    // dive: a layer's size is the sum of its tar headers' sizes, duplicates included, and only
    // layer 0 is "base" however many layers the base image had.
    const layerSizes = layers.map((entries) => entries.reduce((n, e) => n + e.size, 0));
    const sizeBytes = layerSizes.reduce((a, b) => a + b, 0);
    const userSizeBytes = sizeBytes - (layerSizes[0] ?? 0);
    const wastedBytes = inefficiencies.reduce((n, i) => n + i.bytes, 0);
    return {
        efficiency: cumulative === 0 ? 1 : minimum / cumulative,
        wastedBytes,
        // Unlike dive, which divides by zero here, a ratio over nothing is no figure at all.
        userWastedRatio: userSizeBytes === 0 ? null : wastedBytes / userSizeBytes,
        sizeBytes,
        userSizeBytes,
        inefficiencies,
    };
}

;// CONCATENATED MODULE: ./src/filetree/merge.ts
/**
 * The final filesystem as a container runtime (overlayfs) assembles it from the layers, and what it
 * hides: a later layer's entry replaces a path (and, unless it is a directory, everything below
 * it), a whiteout `.wh.<name>` deletes `<name>` and its subtree, and an opaque marker
 * `.wh..wh..opq` hides everything the lower layers had in its directory.
 */

/** Merges layers (bottom to top) into the final view. Pure; linear in entries × path depth. */
function mergeLayers(layers) {
    const merger = new Merger(layers.length);
    layers.forEach((entries, layer) => merger.add(layer, entries));
    return merger.finish();
}
/**
 * The merge, layer by layer as the layers come: each is merged as soon as every layer above it
 * has been, so the layers read first need not wait for the slowest one.
 */
class Merger {
    // What the layers above the one being merged hide, by path: the path itself (`covers`), and
    // everything below it (`coversBelow`). Layers are merged top-down, so each cover records the
    // lowest layer that applies it. A layer's covers are two shared objects, not one per path.
    covers = new Map();
    coversBelow = new Map();
    visible = [];
    hidden = [];
    /** Layers given before the ones above them, by index. */
    waiting = new Map();
    /** The layer to merge next. */
    next;
    constructor(layerCount) {
        this.next = layerCount - 1;
    }
    add(layer, entries) {
        this.waiting.set(layer, entries);
        for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
            this.waiting.delete(this.next);
            this.merge(this.next--, ready);
        }
    }
    finish() {
        if (this.next >= 0)
            throw new Error(`layer ${this.next} was never given to the merge`);
        return {
            visible: this.visible.flat(),
            hidden: this.hidden,
            hiddenBytes: this.hidden.reduce((n, h) => n + h.size, 0),
        };
    }
    setCover(path, own, below) {
        if (own)
            this.covers.set(path, own);
        if (below)
            this.coversBelow.set(path, below);
    }
    merge(layer, entries) {
        const { covers, coversBelow, hidden } = this;
        // Covers change only between layers, so what covers everything below a directory is worked
        // out once per directory and layer: an entry then costs one lookup for its directory, not one
        // per level.
        const belowDir = new Map();
        const coverBelow = (dir) => {
            let found = belowDir.get(dir);
            if (found !== undefined)
                return found;
            found = coversBelow.get(dir) ?? null;
            if (dir !== '') {
                const above = coverBelow(parentOf(dir));
                if (above && (!found || above.layer < found.layer))
                    found = above;
            }
            belowDir.set(dir, found);
            return found;
        };
        const coverOf = (path) => {
            const own = covers.get(path) ?? null;
            const below = coverBelow(parentOf(path));
            return own && (!below || own.layer < below.layer) ? own : below;
        };
        // The same path twice in one tar: the last member wins.
        const last = new Map();
        // A hard link shares its target's content: that content stays reachable through any of its names.
        const links = new Map();
        entries.forEach((e, i) => {
            last.set(e.path, i);
            if (e.type === 'hardlink')
                links.set(e.linkName, [...(links.get(e.linkName) ?? []), e.path]);
        });
        const shown = [];
        entries.forEach((e, i) => {
            if (e.type !== 'file' || isWhiteoutPath(e.path))
                return;
            if (last.get(e.path) !== i) {
                hidden.push({ path: e.path, size: e.size, layer, removedIn: layer, how: 'overwritten' });
                return;
            }
            const cover = coverOf(e.path);
            if (!cover) {
                shown.push({ path: e.path, size: e.size, layer });
                return;
            }
            // Its first name is gone, but the content stays in the final filesystem under a name that is not.
            const kept = (links.get(e.path) ?? []).find((name) => !coverOf(name));
            if (kept !== undefined)
                shown.push({ path: kept, size: e.size, layer });
            else
                hidden.push({ path: e.path, size: e.size, layer, removedIn: cover.layer, how: cover.how });
        });
        this.visible[layer] = shown;
        if (layer === 0)
            return; // nothing lies below the bottom layer to cover
        const deleted = { layer, how: 'deleted' };
        const overwritten = { layer, how: 'overwritten' };
        for (const e of entries) {
            const slash = e.path.lastIndexOf('/');
            if (!e.path.startsWith(WHITEOUT_PREFIX, slash + 1)) {
                // A file or link replacing a directory takes the directory's contents away with it.
                if (e.path !== '')
                    this.setCover(e.path, overwritten, e.type === 'directory' ? null : overwritten);
                continue;
            }
            const name = e.path.slice(slash + 1);
            const dir = slash === -1 ? '' : e.path.slice(0, slash);
            if (name === OPAQUE_MARKER)
                this.setCover(dir, null, deleted);
            else if (!name.startsWith(`${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) {
                // Other `.wh..wh.` names are AUFS metadata, not whiteouts.
                const target = (dir ? `${dir}/` : '') + name.slice(WHITEOUT_PREFIX.length);
                this.setCover(target, deleted, deleted);
            }
        }
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/packages/rpm.ts
/**
 * RPM's package database (`rpmdb.sqlite`, RPM 4.16 and later), read with Node's built-in
 * `node:sqlite` (Node 22.5 and later). Each row of its `Packages` table is a package's header: an
 * index of tagged entries and the data they point into (the RPM file format's header structure).
 * The database is turned into a short text list while the layer is scanned, so a layer record keeps
 * text, not the database.
 */



const TAG = {
    name: 1000,
    version: 1001,
    release: 1002,
    epoch: 1003,
    dirIndexes: 1116,
    baseNames: 1117,
    dirNames: 1118,
};
const TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 };
/** What a database becomes: one JSON line per package, `[name, version, [file, …]]`. */
const RPM_UNREADABLE = 'rpm: node:sqlite unavailable';
/** The packages of an rpmdb.sqlite as text lines, or RPM_UNREADABLE when this Node has no node:sqlite. */
function rpmdbToText(db) {
    const sqlite = process.getBuiltinModule?.('node:sqlite');
    if (!sqlite?.DatabaseSync)
        return RPM_UNREADABLE;
    const dir = external_node_fs_namespaceObject.mkdtempSync(external_node_path_namespaceObject.join(external_node_os_namespaceObject.tmpdir(), 'isg-rpmdb-'));
    try {
        const file = external_node_path_namespaceObject.join(dir, 'rpmdb.sqlite');
        external_node_fs_namespaceObject.writeFileSync(file, db);
        const conn = new sqlite.DatabaseSync(file, { readOnly: true });
        try {
            const lines = [];
            for (const row of conn.prepare('SELECT blob FROM Packages').all()) {
                const blob = row.blob;
                if (!(blob instanceof Uint8Array))
                    continue;
                const pkg = parseHeader(Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength));
                if (pkg)
                    lines.push(JSON.stringify(pkg));
            }
            return lines.join('\n');
        }
        finally {
            conn.close();
        }
    }
    catch {
        return ''; // not a database this reads: no packages from it
    }
    finally {
        external_node_fs_namespaceObject.rmSync(dir, { recursive: true, force: true });
    }
}
/** `[name, [epoch:]version-release, files]` from one header blob; null when it is not one. */
function parseHeader(blob) {
    if (blob.length < 8)
        return null;
    const count = blob.readUInt32BE(0);
    const dataLength = blob.readUInt32BE(4);
    const store = 8 + count * 16;
    if (count > 100_000 || store + dataLength > blob.length)
        return null;
    const entries = new Map();
    for (let i = 0; i < count; i++) {
        const at = 8 + i * 16;
        entries.set(blob.readUInt32BE(at), {
            type: blob.readUInt32BE(at + 4),
            offset: blob.readUInt32BE(at + 8),
            count: blob.readUInt32BE(at + 12),
        });
    }
    const strings = (tag) => {
        const e = entries.get(tag);
        if (!e || ![TYPE.string, TYPE.stringArray, TYPE.i18nString].includes(e.type))
            return [];
        const out = [];
        let at = store + e.offset;
        const end = store + dataLength;
        for (let n = 0; n < (e.type === TYPE.stringArray ? e.count : 1) && at < end; n++) {
            const zero = blob.indexOf(0, at);
            if (zero === -1 || zero > end)
                break;
            out.push(blob.toString('utf8', at, zero));
            at = zero + 1;
        }
        return out;
    };
    const ints = (tag) => {
        const e = entries.get(tag);
        if (!e || e.type !== TYPE.int32)
            return [];
        const at = store + e.offset;
        if (at + e.count * 4 > store + dataLength)
            return [];
        return Array.from({ length: e.count }, (_, i) => blob.readInt32BE(at + i * 4));
    };
    const name = strings(TAG.name)[0];
    if (!name)
        return null;
    const epoch = ints(TAG.epoch)[0];
    const version = `${epoch ? `${epoch}:` : ''}${strings(TAG.version)[0] ?? ''}-${strings(TAG.release)[0] ?? ''}`;
    const dirs = strings(TAG.dirNames);
    const indexes = ints(TAG.dirIndexes);
    const files = strings(TAG.baseNames).map((base, i) => `${dirs[indexes[i] ?? -1] ?? ''}${base}`);
    return [name, version, files];
}

;// CONCATENATED MODULE: ./src/packages/paths.ts

/**
 * Which files of a layer are package databases, kept while the layer is scanned. Only these small
 * files' contents are kept, each up to a cap and all of a layer's together up to another, so an
 * image with a huge or hostile database costs bounded memory.
 */
/** A kept file larger than this is left out (its packages are then unknown). */
const CAPTURE_FILE_LIMIT = 8 * 1024 * 1024;
/** RPM's database is larger: it is turned into a short list as soon as it is read. */
const RPMDB_LIMIT = 32 * 1024 * 1024;
const RPMDB_PATHS = new Set(['var/lib/rpm/rpmdb.sqlite', 'usr/lib/sysimage/rpm/rpmdb.sqlite']);
/** The largest file kept at `path`. */
function captureLimit(path) {
    return RPMDB_PATHS.has(path) ? RPMDB_LIMIT : CAPTURE_FILE_LIMIT;
}
/** All the files kept from one layer. */
const CAPTURE_LAYER_LIMIT = 64 * 1024 * 1024;
const PYTHON = /(?:^|\/)(?:site|dist)-packages\/[^/]+\.(?:dist-info\/RECORD|egg-info\/installed-files\.txt)$/;
// A package's own package.json: node_modules/NAME/package.json or node_modules/@SCOPE/NAME/package.json.
const NPM = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@][^/]*\/package\.json$/;
/** Whether a tar member's contents are kept: `path` is normalised (no leading `/`). */
function isPackageFile(path) {
    if (path.startsWith('var/lib/dpkg/')) {
        const rest = path.slice('var/lib/dpkg/'.length);
        return (rest === 'status' ||
            (rest.startsWith('info/') && rest.endsWith('.list')) ||
            (rest.startsWith('status.d/') && !rest.slice(9).includes('/')));
    }
    // usr/lib/…: where it lands when /lib is a link to usr/lib (a merged-/usr system).
    if (path === 'lib/apk/db/installed' || path === 'usr/lib/apk/db/installed')
        return true;
    if (path.endsWith('package.json'))
        return NPM.test(path);
    if (RPMDB_PATHS.has(path))
        return true;
    return path.endsWith('RECORD') || path.endsWith('installed-files.txt') ? PYTHON.test(path) : false;
}
/**
 * What is kept of a package file: a package.json is reduced to its name and version (a package's
 * manifest can be large, and an image holds thousands), RPM's database to its packages' names,
 * versions and files (./rpm.ts); everything else as it is.
 */
function keptContents(path, data) {
    if (RPMDB_PATHS.has(path))
        return Buffer.from(rpmdbToText(data));
    if (!path.endsWith('package.json'))
        return data;
    const manifest = npmManifest(data.toString('utf8'));
    return manifest ? Buffer.from(JSON.stringify(manifest)) : null;
}
/** A Node package's name and version from its package.json (or from what keptContents kept of it). */
function npmManifest(text) {
    try {
        const doc = JSON.parse(text);
        return typeof doc.name === 'string'
            ? { name: doc.name, version: typeof doc.version === 'string' ? doc.version : null }
            : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/packages/parse.ts


/** Joins `rel` to the folder `dir` (both normalised), resolving `.` and `..`; null when it leaves the root. */
function joinPath(dir, rel) {
    const parts = rel.startsWith('/') ? [] : dir.split('/').filter(Boolean);
    for (const part of rel.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return null;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
/** RFC 822-style stanzas (dpkg's status, apk's installed): blank-line separated `Key: value` blocks. */
function stanzas(text) {
    const out = [];
    for (const block of text.split(/\n\s*\n/)) {
        const fields = new Map();
        let last = null;
        for (const line of block.split('\n')) {
            if ((line.startsWith(' ') || line.startsWith('\t')) && last)
                continue; // continuation lines (descriptions)
            const colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            last = line.slice(0, colon);
            fields.set(last, line.slice(colon + 1).trim());
        }
        if (fields.size)
            out.push(fields);
    }
    return out;
}
/** The paths of a file list, one a line. */
function listed(text) {
    if (text === null)
        return [];
    const out = [];
    for (const line of text.split('\n')) {
        const path = line.trim();
        // Most lines are already as the layers name their members (`/usr/bin/jq`): no dots, no doubled slashes.
        const plain = path.startsWith('/') && !path.endsWith('/') && !path.includes('//') && !path.includes('/.');
        const joined = plain ? path.slice(1) : joinPath('', path);
        if (joined)
            out.push(joined);
    }
    return out;
}
/** dpkg: `var/lib/dpkg/status` with each package's `info/NAME[:ARCH].list`. */
function dpkgStatus(read) {
    const status = read('var/lib/dpkg/status');
    if (status === null)
        return [];
    const out = [];
    for (const f of stanzas(status)) {
        const name = f.get('Package');
        if (!name || !/\binstalled$/.test(f.get('Status') ?? ''))
            continue;
        const arch = f.get('Architecture');
        const list = (arch ? read(`var/lib/dpkg/info/${name}:${arch}.list`) : null) ?? read(`var/lib/dpkg/info/${name}.list`);
        out.push({ type: 'deb', name, version: f.get('Version') ?? null, files: listed(list) });
    }
    return out;
}
/** dpkg as distroless images have it: one stanza per file in `status.d/`, files in `status.d/NAME.md5sums`. */
function dpkgStatusD(read, paths) {
    const out = [];
    for (const path of paths) {
        if (!path.startsWith('var/lib/dpkg/status.d/') || path.endsWith('.md5sums'))
            continue;
        const text = read(path);
        if (text === null)
            continue;
        const sums = read(`${path}.md5sums`);
        const files = sums === null ? [] : listed(sums.replace(/^[0-9a-f]+ +/gm, ''));
        for (const f of stanzas(text)) {
            const name = f.get('Package');
            if (name)
                out.push({ type: 'deb', name, version: f.get('Version') ?? null, files });
        }
    }
    return out;
}
/** Alpine's apk: `lib/apk/db/installed`, `P:` name, `V:` version, `F:` folder, `R:` file in it. */
function apkInstalled(read) {
    const text = read('lib/apk/db/installed');
    if (text === null)
        return [];
    const out = [];
    for (const block of text.split(/\n\s*\n/)) {
        let pkg = null;
        let dir = '';
        for (const line of block.split('\n')) {
            const key = line.slice(0, 2);
            const value = line.slice(2);
            if (key === 'P:')
                pkg = { type: 'apk', name: value, version: null, files: [] };
            else if (!pkg)
                continue;
            else if (key === 'V:')
                pkg.version = value;
            else if (key === 'F:')
                dir = joinPath('', value) ?? '';
            else if (key === 'R:') {
                const file = joinPath(dir, value);
                if (file)
                    pkg.files.push(file);
            }
        }
        if (pkg?.name)
            out.push(pkg);
    }
    return out;
}
/** The first field of a RECORD line (CSV: a path with a comma is quoted). */
function csvFirst(line) {
    if (!line.startsWith('"'))
        return line.split(',')[0];
    let out = '';
    for (let i = 1; i < line.length; i++) {
        if (line[i] === '"') {
            if (line[i + 1] !== '"')
                break;
            i++;
        }
        out += line[i];
    }
    return out;
}
/** Python: `NAME-VERSION.dist-info/RECORD` (paths from site-packages) and `.egg-info/installed-files.txt`. */
function python(read, paths) {
    const out = [];
    for (const path of paths) {
        const m = /^(.*?)([^/]+)\.(dist-info\/RECORD|egg-info\/installed-files\.txt)$/.exec(path);
        if (!m)
            continue;
        const text = read(path);
        if (text === null)
            continue;
        const [, dir, stem, kind] = m;
        const dash = stem.indexOf('-');
        const name = dash === -1 ? stem : stem.slice(0, dash);
        // An egg's folder name may end in its Python version: NAME-VERSION-py3.11.
        const version = dash === -1 ? null : stem.slice(dash + 1).replace(/-py\d+(\.\d+)*$/, '');
        const base = kind.startsWith('dist-info') ? dir.replace(/\/$/, '') : path.slice(0, path.lastIndexOf('/'));
        const files = [];
        for (const line of text.split('\n')) {
            const rel = kind.startsWith('dist-info') ? csvFirst(line.trim()) : line.trim();
            const file = rel ? joinPath(base, rel) : null;
            if (file)
                files.push(file);
        }
        out.push({ type: 'pip', name, version, files });
    }
    return out;
}
/**
 * RPM: the list ./rpm.ts made of `rpmdb.sqlite` while the layer was read. A database this Node
 * could not read is told to `note` (the analysis carries it to the user), not thrown on.
 */
function rpm(read, note) {
    const out = [];
    for (const path of RPMDB_PATHS) {
        const text = read(path);
        if (!text)
            continue;
        if (text === RPM_UNREADABLE) {
            note(`${path}: the image's RPM packages are not listed: reading RPM's database needs Node 22.5 or later`);
            continue;
        }
        for (const line of text.split('\n')) {
            try {
                const [name, version, files] = JSON.parse(line);
                out.push({
                    type: 'rpm',
                    name,
                    version,
                    files: files.map((f) => joinPath('', f)).filter((f) => !!f),
                });
            }
            catch {
                // a line this version did not write
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/packages/find.ts


/** Packages listed in an analysis (the largest); totals always cover all of them. */
const PACKAGE_LIMIT = 1000;
function findPackages(layers, visible) {
    // Files are numbered by their place in `visible`: which packages own a file, and which package
    // counted it last, are then arrays indexed by that number rather than sets of files.
    const index = new Map();
    visible.forEach((f, i) => index.set(f.path, i));
    // Each database file as the final filesystem shows it: the captured copy of the visible version.
    const databases = new Map();
    layers.forEach((layer, layerIndex) => {
        for (const c of layer.captured ?? []) {
            if (visible[index.get(c.path) ?? -1]?.layer === layerIndex)
                databases.set(c.path, c.data.toString('utf8'));
        }
    });
    const paths = [...databases.keys()];
    const resolve = symlinkResolver(layers);
    // A database is read where the image's own links put it (apk's lib/ may be a link to usr/lib).
    const read = (path) => databases.get(path) ?? databases.get(resolve(path) ?? '') ?? null;
    const notes = new Set();
    const declared = [
        ...dpkgStatus(read),
        ...dpkgStatusD(read, paths),
        ...apkInstalled(read),
        ...python(read, paths),
        ...rpm(read, (message) => notes.add(message)),
    ];
    const types = [];
    /** Bit t set: a package of types[t] owns the file. */
    const ownedBy = new Uint32Array(visible.length);
    /** The package (its number + 1) that counted the file last: a file named twice counts once. */
    const countedBy = new Int32Array(visible.length);
    const records = [];
    const owners = [];
    const record = (pkg, found) => {
        let typeIndex = types.indexOf(pkg.type);
        if (typeIndex === -1)
            typeIndex = types.push(pkg.type) - 1;
        const bit = 1 << typeIndex;
        const stamp = records.length + 1;
        const files = [];
        let bytes = 0;
        const perLayer = new Map();
        for (const i of found) {
            if (countedBy[i] === stamp)
                continue;
            countedBy[i] = stamp;
            files.push(i);
            const f = visible[i];
            bytes += f.size;
            perLayer.set(f.layer, (perLayer.get(f.layer) ?? 0) + f.size);
            ownedBy[i] |= bit;
        }
        let layer = -1;
        let most = -1;
        for (const [l, b] of perLayer)
            if (b > most || (b === most && l < layer))
                [layer, most] = [l, b];
        records.push({ type: pkg.type, name: pkg.name, version: pkg.version, bytes, files: files.length, layer });
        owners.push({ label: `${pkg.type} ${pkg.name}`, files });
    };
    for (const pkg of declared) {
        const found = [];
        for (const path of pkg.files) {
            const i = index.get(path) ?? index.get(resolve(path) ?? '');
            if (i !== undefined)
                found.push(i);
        }
        record(pkg, found);
    }
    // Node packages own their folder: a range of the sorted paths, minus nested node_modules.
    const manifests = paths.filter((p) => p.endsWith('/package.json') && p.includes('node_modules/'));
    if (manifests.length) {
        const sorted = visible.map((_, i) => i).sort((a, b) => cmp(visible[a].path, visible[b].path));
        for (const path of manifests) {
            const manifest = npmManifest(read(path));
            if (!manifest)
                continue;
            const dir = path.slice(0, -'/package.json'.length) + '/';
            const found = [];
            for (let i = lowerBound(sorted, visible, dir); i < sorted.length; i++) {
                const file = visible[sorted[i]].path;
                if (!file.startsWith(dir))
                    break;
                if (!file.includes('/node_modules/', dir.length - 1))
                    found.push(sorted[i]);
            }
            record({ type: 'npm', ...manifest }, found);
        }
    }
    records.sort((a, b) => b.bytes - a.bytes || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || cmp(a.name, b.name));
    const byType = new Array(types.length).fill(0);
    let total = 0;
    let ownedBytes = 0;
    visible.forEach((f, i) => {
        total += f.size;
        const mask = ownedBy[i];
        if (mask === 0)
            return;
        ownedBytes += f.size;
        for (let t = 0; t < types.length; t++)
            if (mask & (1 << t))
                byType[t] += f.size;
    });
    const packageTotals = { unowned: total - ownedBytes };
    for (const t of types.map((_, t) => t).sort((a, b) => cmp(types[a], types[b])))
        packageTotals[types[t]] = byType[t];
    const ownerUnder = (folder) => {
        const below = `${folder.replace(/^\/+/, '')}/`;
        let best = null;
        let most = 0;
        for (const { label, files } of owners) {
            let bytes = 0;
            for (const i of files)
                if (visible[i].path.startsWith(below))
                    bytes += visible[i].size;
            if (bytes > most)
                [best, most] = [label, bytes];
        }
        return best;
    };
    return {
        packages: records.slice(0, PACKAGE_LIMIT),
        packageTotals,
        ownerUnder,
        ...(notes.size ? { notes: [...notes] } : {}),
    };
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The first place in `sorted` (numbers of `visible`'s files, by path) whose path is not before `prefix`. */
function lowerBound(sorted, visible, prefix) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (visible[sorted[mid]].path < prefix)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Resolves the folder symlinks on a path (a package lists `/bin/ls`; with merged /usr the file is at
 * `usr/bin/ls`), as the final filesystem has them: the topmost layer's entry for a path wins. A
 * package list names thousands of paths in a few hundred folders: each folder is resolved once.
 */
function symlinkResolver(layers) {
    const links = new Map();
    for (const layer of layers) {
        for (const e of layer.entries) {
            if (e.type === 'symlink')
                links.set(e.path, e.linkName);
            else if (links.size)
                links.delete(e.path);
        }
    }
    if (links.size === 0)
        return () => null;
    const folders = new Map([['', '']]);
    // A folder with every link on its way followed; null when a link leads out of the root or in a loop.
    const folder = (dir) => {
        const known = folders.get(dir);
        if (known !== undefined)
            return known;
        folders.set(dir, null); // a loop of links comes back here, and ends
        const slash = dir.lastIndexOf('/');
        const parent = slash === -1 ? '' : folder(dir.slice(0, slash));
        let resolved = null;
        if (parent !== null) {
            const here = parent === '' ? dir.slice(slash + 1) : `${parent}/${dir.slice(slash + 1)}`;
            const target = links.get(here);
            if (target === undefined)
                resolved = here;
            else {
                const joined = joinPath(parent, target);
                resolved = joined === null ? null : folder(joined);
            }
        }
        folders.set(dir, resolved);
        return resolved;
    };
    return (path) => {
        const slash = path.lastIndexOf('/');
        if (slash === -1)
            return path;
        const dir = folder(path.slice(0, slash));
        if (dir === null)
            return null;
        return dir === '' ? path.slice(slash + 1) : `${dir}/${path.slice(slash + 1)}`;
    };
}

;// CONCATENATED MODULE: ./src/analysis/facts.ts
/**
 * Facts the optimisation hints are made from. Pure: it sees tar members and the merged view, never
 * file contents (a secret is recognised by its name only).
 */

const HOME = '(?:root|home/[^/]+)';
/** Package-manager caches: the folder that is the cache, matched at the start of a path. */
const CACHES = [
    ['apt-lists', /^(var\/lib\/apt\/lists)\//],
    ['apt-archives', /^(var\/cache\/apt)\//],
    ['apk', /^(var\/cache\/apk|etc\/apk\/cache)\//],
    ['npm', new RegExp(`^(${HOME}/\\.npm)/`)],
    ['yarn', new RegExp(`^(${HOME}/\\.cache/yarn|usr/local/share/\\.cache/yarn|${HOME}/\\.yarn/berry/cache)/`)],
    ['pnpm', new RegExp(`^(${HOME}/\\.local/share/pnpm/store|${HOME}/\\.pnpm-store|${HOME}/\\.cache/pnpm)/`)],
    ['pip', new RegExp(`^(${HOME}/\\.cache/pip)/`)],
    ['go-build', new RegExp(`^(${HOME}/\\.cache/go-build)/`)],
    ['maven', new RegExp(`^(${HOME}/\\.m2/repository)/`)],
    ['gradle', new RegExp(`^(${HOME}/\\.gradle/caches)/`)],
    ['other', /^(var\/cache\/(?:yum|dnf|zypp|pacman\/pkg))\//],
];
/** Where any of the caches can be: a cheap first test before the patterns above. */
const CACHE_ROOTS = /^(var\/|root\/|home\/|usr\/local\/share\/|etc\/apk\/)/;
/**
 * A toolchain is recognised by a file only it ships; the folder named is what it costs. A JDK has
 * `javac` and `jmods`, which a JRE lacks. Go's toolchain is its compiler under `pkg/tool` plus its
 * standard library's sources, which Debian keeps apart (/usr/lib/go-N, /usr/share/go-N) and the
 * official image keeps together (/usr/local/go). TypeScript is a compiler too: in a final image it
 * means the dev dependencies were installed there.
 */
const TOOLCHAINS = [
    ['compiler', /^(usr\/lib\/gcc)\/[^/]+\/[^/]+\/(?:cc1|cc1plus|f951|lto1)$/],
    ['compiler', /^(usr\/lib\/llvm-[^/]+)\/bin\/clang$/],
    ['compiler', /^(.+)\/pkg\/tool\/[^/]+\/compile$/],
    ['compiler', /^(.+)\/src\/cmd\/compile\/main\.go$/],
    ['compiler', /^((?:.+\/)?node_modules\/typescript)\/lib\/tsc\.js$/],
    ['headers', /^(usr\/(?:local\/)?include)\//],
    ['jdk', /^(.+)\/bin\/javac$/],
    ['jdk', /^(.+)\/jmods\/[^/]+\.jmod$/],
    ['build-tools', /^(usr\/bin\/(?:make|cmake|ninja|[^/]*ld\.bfd|[^/]*-linux-gnu-as))$/],
];
/**
 * Patterns as one regular expression, tried on each of tens of thousands of paths: an alternation
 * of the patterns (each with one capture group), so that group i + 1 is pattern i's. Being
 * anchored, the first pattern that matches is the one that captures.
 */
function either(patterns) {
    const all = new RegExp(patterns.map(([, re]) => `(?:${re.source})`).join('|'));
    return (path) => {
        const m = all.exec(path);
        if (!m)
            return null;
        const i = m.findIndex((group, n) => n > 0 && group !== undefined);
        return [patterns[i - 1][0], m[i]];
    };
}
const cacheOf = either(CACHES);
/** What every toolchain pattern needs somewhere in the path: a cheap first test. */
const TOOLCHAIN_HINT = /^usr\/(?:lib\/gcc\/|lib\/llvm-|include\/|local\/include\/|bin\/)|\/bin\/javac$|\/jmods\/|\/compile(?:\/main\.go)?$|node_modules\/typescript\/lib\/tsc\.js$/;
const SECRET_NAMES = new Set([
    '.env',
    'id_rsa',
    'id_dsa',
    'id_ecdsa',
    'id_ed25519',
    '.npmrc',
    '.pypirc',
    '.netrc',
    '.git-credentials',
    'credentials',
    '.dockercfg',
]);
// Public certificates are .pem files too: trust stores and CA bundles are not secrets.
const PUBLIC_CERTS = /^(etc\/ssl\/certs|etc\/pki|usr\/share\/ca-certificates|usr\/local\/share\/ca-certificates|usr\/lib\/ssl\/certs)\/|(^|\/)(cacert|ca-bundle|ca-certificates)\.(pem|crt)$/;
const SECRET_EXTENSION = /\.(pem|key|p12|pfx)$/;
/** The first characters of SECRET_NAMES: most files' names start otherwise and are settled at once. */
const SECRET_INITIALS = new Set([...SECRET_NAMES].map((n) => n.charCodeAt(0)));
function looksSecret(path) {
    if (!SECRET_INITIALS.has(path.charCodeAt(path.lastIndexOf('/') + 1)) &&
        !path.endsWith('config.json') &&
        !SECRET_EXTENSION.test(path))
        return false;
    const name = baseName(path);
    if (SECRET_NAMES.has(name))
        return true;
    // Most names have none of these shapes: settle them without a regular expression.
    if (!name.startsWith('.env') && !name.endsWith('config.json') && !SECRET_EXTENSION.test(name))
        return false;
    if (/^\.env\.(?!example$|sample$|template$|dist$)/.test(name))
        return true;
    if (path.endsWith('.docker/config.json'))
        return true;
    return SECRET_EXTENSION.test(name) && !PUBLIC_CERTS.test(path);
}
function runsAsRoot(user) {
    return !user || /^(root|0)(:.*)?$/.test(user);
}
const REMOVED_LIMIT = 100;
const SECRET_LIMIT = 100;
function layerFacts(entries, layer) {
    const caches = new Map();
    const secrets = [];
    for (const e of entries) {
        if (e.type !== 'file')
            continue;
        if (secrets.length < SECRET_LIMIT && looksSecret(e.path))
            secrets.push({ path: displayPath(e.path), layer });
        if (e.size === 0 || !CACHE_ROOTS.test(e.path))
            continue;
        const cache = cacheOf(e.path);
        if (!cache)
            continue;
        const [kind, folder] = cache;
        const found = caches.get(folder);
        if (found)
            found.bytes += e.size;
        else
            caches.set(folder, { kind, path: displayPath(folder), layer, bytes: e.size });
    }
    return { caches: [...caches.values()], secrets };
}
function hintFacts({ layers, visible, hidden, user, perLayer }) {
    const found = perLayer ?? layers.map(layerFacts);
    const secrets = found.flatMap((f) => f.secrets).slice(0, SECRET_LIMIT);
    // Toolchains: the folders, then what is visible below them and which layer holds most of it.
    const roots = new Map();
    for (const f of visible) {
        if (!TOOLCHAIN_HINT.test(f.path))
            continue;
        for (const [kind, pattern] of TOOLCHAINS) {
            const m = pattern.exec(f.path);
            if (m && !roots.has(m[1]))
                roots.set(m[1], kind);
        }
    }
    // What is visible below each toolchain's folder, in one pass over the files.
    const sums = [...roots].map(([root, kind]) => ({
        root,
        below: `${root}/`,
        kind,
        bytes: 0,
        perLayer: new Map(),
    }));
    if (sums.length) {
        for (const f of visible) {
            for (const sum of sums) {
                if (f.path.startsWith(sum.below) || f.path === sum.root) {
                    sum.bytes += f.size;
                    sum.perLayer.set(f.layer, (sum.perLayer.get(f.layer) ?? 0) + f.size);
                }
            }
        }
    }
    const toolchains = sums.map(({ root, kind, bytes, perLayer }) => ({
        kind,
        path: displayPath(root),
        layer: [...perLayer].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0,
        bytes,
    }));
    const removedLater = hidden
        .filter((h) => h.removedIn > h.layer && h.size > 0)
        .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))
        .slice(0, REMOVED_LIMIT)
        .map((h) => ({ path: displayPath(h.path), layer: h.layer, removedIn: h.removedIn, how: h.how, bytes: h.size }));
    return {
        packageCaches: found.flatMap((f) => f.caches).sort((a, b) => b.bytes - a.bytes),
        removedLater,
        toolchains: toolchains.sort((a, b) => b.bytes - a.bytes),
        secrets,
        user,
        runsAsRoot: runsAsRoot(user),
    };
}

;// CONCATENATED MODULE: ./src/analysis/measure.ts

const MEDIA_BY_COMPRESSION = {
    gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    none: 'application/vnd.oci.image.layer.v1.tar',
};
/** Per-layer and total sizes of one image from what reading its layers found. */
function measure(image, scans) {
    const layers = image.layers.map((ref, i) => {
        const scan = scans[i];
        // A registry stores layers compressed; an uncompressed one is measured as buildx would push it.
        // Decided by the bytes read (scan.compression), not by the media type the source claims.
        const estimated = scan.compression === 'none';
        let contentBytes = 0;
        let fileCount = 0;
        for (const entry of scan.entries) {
            if (entry.type === 'file') {
                contentBytes += entry.size;
                // A whiteout is a marker, not a file of the image.
                if (!isWhiteoutPath(entry.path))
                    fileCount++;
            }
        }
        return {
            index: ref.index,
            digest: ref.digest,
            diffId: ref.diffId,
            mediaType: ref.mediaType ?? MEDIA_BY_COMPRESSION[scan.compression],
            compressedBytes: estimated
                ? (scan.gzipEstimateBytes ?? scan.compressedBytes)
                : (ref.descriptorSize ?? scan.compressedBytes),
            compressedEstimated: estimated,
            uncompressedBytes: scan.uncompressedBytes,
            contentBytes,
            instruction: ref.instruction,
            fileCount,
        };
    });
    const sum = (pick) => layers.reduce((n, l) => n + pick(l), 0);
    return {
        schemaVersion: 1,
        image: { ref: image.ref, digest: image.digest, manifestDigest: image.manifestDigest, platform: image.platform },
        totals: {
            compressedBytes: sum((l) => l.compressedBytes),
            uncompressedBytes: sum((l) => l.uncompressedBytes),
            contentBytes: sum((l) => l.contentBytes),
            compressedEstimated: layers.some((l) => l.compressedEstimated),
            layerCount: layers.length,
            fileCount: sum((l) => l.fileCount),
        },
        layers,
    };
}

;// CONCATENATED MODULE: ./src/analysis/image.ts






/** Bounds that keep an analysis of a 100,000-file image to a few tens of kilobytes. */
const FILE_LIMIT = 200;
const DIRECTORY_LIMIT = 200;
const DIRECTORY_DEPTH = 4;
/**
 * Everything known about one image from its metadata and its layers' scans, fed each layer's scan
 * as it is read: what can be worked out from the layers given so far is, so the work left when
 * the last (largest) layer is in is small.
 */
class ImageAnalyzer {
    image;
    scans = [];
    merger;
    trees = [];
    facts = [];
    constructor(image) {
        this.image = image;
        this.merger = new Merger(image.layers.length);
    }
    add(index, scan) {
        this.scans[index] = scan;
        this.merger.add(index, scan.entries);
        this.trees[index] = layerTree(scan.entries);
        this.facts[index] = layerFacts(scan.entries, index);
    }
    finish() {
        const layers = this.scans.map((s) => s.entries);
        const merged = this.merger.finish();
        const { ownerUnder, ...packages } = findPackages(this.scans, merged.visible);
        const facts = hintFacts({
            layers,
            visible: merged.visible,
            hidden: merged.hidden,
            user: this.image.config.config?.User || null,
            perLayer: this.facts,
        });
        // A toolchain hint names the package that brought it, where a package database says.
        for (const t of facts.toolchains) {
            const owner = ownerUnder(t.path);
            if (owner)
                t.package = owner;
        }
        return {
            ...measure(this.image, this.scans),
            dive: diveFigures(layers, this.trees),
            hiddenBytes: merged.hiddenBytes,
            directories: directoryTotals(merged.visible),
            files: largestFiles(merged.visible),
            facts,
            ...packages,
        };
    }
}
function largestFiles(visible, limit = FILE_LIMIT) {
    // Only files at least as large as the limit-th largest can be listed: sort those, not all of them.
    let candidates = visible;
    if (visible.length > limit) {
        const sizes = Float64Array.from(visible, (f) => f.size).sort();
        const threshold = sizes[sizes.length - limit];
        candidates = visible.filter((f) => f.size >= threshold);
    }
    return [...candidates]
        .sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))
        .slice(0, limit)
        .map((f) => ({ path: displayPath(f.path), size: f.size, layer: f.layer }));
}
/** Visible bytes and files under `/` and every directory down to `depth`, largest first. */
function directoryTotals(visible, depth = DIRECTORY_DEPTH, limit = DIRECTORY_LIMIT) {
    // Files are summed into their own directory first, then each directory (far fewer than files)
    // into its ancestors: a path prefix is cut once per directory instead of once per file and level.
    const own = new Map();
    // Files of one directory mostly come one after another: the directory before is recognised
    // without cutting the path.
    let dir = '\0';
    let t = { bytes: 0, files: 0 };
    for (const f of visible) {
        const slash = Math.max(0, f.path.lastIndexOf('/'));
        if (slash !== dir.length || !f.path.startsWith(dir)) {
            dir = f.path.slice(0, slash);
            const known = own.get(dir);
            if (known)
                t = known;
            else
                own.set(dir, (t = { bytes: 0, files: 0 }));
        }
        t.bytes += f.size;
        t.files++;
    }
    const totals = new Map();
    for (const [dir, t] of own) {
        const add = (path) => {
            const total = totals.get(path);
            if (total) {
                total.bytes += t.bytes;
                total.files += t.files;
            }
            else
                totals.set(path, { path, bytes: t.bytes, files: t.files });
        };
        add('/');
        if (dir === '')
            continue;
        let end = dir.indexOf('/');
        for (let level = 1; level <= depth; level++) {
            add(`/${end === -1 ? dir : dir.slice(0, end)}`);
            if (end === -1)
                break;
            end = dir.indexOf('/', end + 1);
        }
    }
    return [...totals.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, limit);
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/analysis/record.ts
/**
 * A layer's scan as a record the baseline can store and a later run can use instead of reading the
 * layer again. Front-coding the paths matters: tar writers list a directory's members together, so
 * most of a path repeats the one before and a 30,000-file layer shrinks to a fraction.
 */

/** Bump when a record's meaning changes: records of another version are ignored and layers read again. */
const LAYER_RECORD_VERSION = 2;
const LETTER = { file: 'f', hardlink: 'h', symlink: 'l', directory: 'd', other: 'o' };
const record_TYPE = { f: 'file', h: 'hardlink', l: 'symlink', d: 'directory', o: 'other' };
function encodeEntries(entries) {
    const out = { types: '', shared: [], suffix: [], fileSizes: [], links: [] };
    const types = [];
    let previous = '';
    entries.forEach((e, i) => {
        types.push(LETTER[e.type]);
        let n = 0;
        const max = Math.min(previous.length, e.path.length);
        while (n < max && previous.charCodeAt(n) === e.path.charCodeAt(n))
            n++;
        out.shared.push(n);
        out.suffix.push(e.path.slice(n));
        if (e.type === 'file')
            out.fileSizes.push(e.size);
        // Hard links name a member; symlink targets resolve the folders packages list their files under.
        if (e.type === 'hardlink' || e.type === 'symlink')
            out.links.push([i, e.linkName]);
        previous = e.path;
    });
    out.types = types.join('');
    return out;
}
function decodeEntries(encoded) {
    const links = new Map(encoded.links);
    const entries = [];
    let previous = '';
    let file = 0;
    for (let i = 0; i < encoded.types.length; i++) {
        const type = record_TYPE[encoded.types[i]] ?? 'other';
        const path = previous.slice(0, encoded.shared[i] ?? 0) + (encoded.suffix[i] ?? '');
        entries.push({
            path,
            type,
            size: type === 'file' ? (encoded.fileSizes[file++] ?? 0) : 0,
            linkName: links.get(i) ?? '',
        });
        previous = path;
    }
    return entries;
}
function toRecord(key, scan) {
    return {
        digest: key,
        version: LAYER_RECORD_VERSION,
        diffId: scan.diffId,
        compression: scan.compression,
        estargz: scan.estargz,
        compressedBytes: scan.compressedBytes,
        uncompressedBytes: scan.uncompressedBytes,
        gzipEstimateBytes: scan.gzipEstimateBytes,
        entries: encodeEntries(scan.entries),
        ...(scan.captured?.length ? { packageFiles: encodeCaptured(scan.captured) } : {}),
    };
}
/** Package database files, deflated (file lists compress about tenfold) and base64-encoded. */
function encodeCaptured(files) {
    const json = JSON.stringify(files.map((f) => [f.path, f.data.toString('utf8')]));
    return external_node_zlib_namespaceObject.deflateRawSync(json).toString('base64');
}
function decodeCaptured(text) {
    if (typeof text !== 'string')
        return null;
    try {
        const files = JSON.parse(external_node_zlib_namespaceObject.inflateRawSync(Buffer.from(text, 'base64')).toString('utf8'));
        if (!Array.isArray(files))
            return null;
        return files
            .filter((f) => Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'string')
            .map(([path, data]) => ({ path, data: Buffer.from(data, 'utf8') }));
    }
    catch {
        return null;
    }
}
/** The scan a record stands for, or null when it cannot be trusted for this layer. */
function fromRecord(record, diffId) {
    if (record.version !== LAYER_RECORD_VERSION || record.diffId !== diffId || !record.entries)
        return null;
    // A plain tar layer read while its media type said gzip has no estimate: read it again for one.
    if (record.compression === 'none' && record.gzipEstimateBytes === null)
        return null;
    // A record without package files is of a layer that has none.
    const captured = record.packageFiles === undefined ? [] : decodeCaptured(record.packageFiles);
    if (!captured)
        return null;
    return {
        compression: record.compression,
        estargz: record.estargz,
        compressedBytes: record.compressedBytes,
        uncompressedBytes: record.uncompressedBytes,
        diffId: record.diffId,
        entries: decodeEntries(record.entries),
        gzipEstimateBytes: record.gzipEstimateBytes,
        captured,
    };
}
/** The key a layer's record is stored under: its blob digest, else (no blob digest) its diff_id. */
function layerKey(layer) {
    return layer.digest ?? layer.diffId;
}

;// CONCATENATED MODULE: ./src/layers/tar.ts
/**
 * A streaming tar header reader. It sees every byte of a layer once and copies only headers (and
 * PAX / GNU long-name records); file contents are skipped in place, so a 200 MB file costs no
 * allocation. Feed it chunks with `push`; it calls `onEntry` for every member.
 */
const BLOCK = 512;
class TarFormatError extends Error {
}
function normalizePath(raw) {
    let p = raw;
    while (p.startsWith('./'))
        p = p.slice(2);
    while (p.startsWith('/'))
        p = p.slice(1);
    while (p.endsWith('/'))
        p = p.slice(0, -1);
    return p === '.' ? '' : p;
}
function cString(buf, start, length) {
    const end = buf.indexOf(0, start);
    return buf.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}
function octal(buf, start, length) {
    // GNU base-256: the high bit of the first byte marks a big-endian binary number.
    if (buf[start] & 0x80) {
        let value = buf[start] & 0x7f;
        for (let i = start + 1; i < start + length; i++)
            value = value * 256 + buf[i];
        return value;
    }
    // Octal digits after optional blanks, up to the first other byte (a NUL or a space, usually).
    // Read byte by byte: every member has three of these fields, and strings would cost more.
    const end = start + length;
    let i = start;
    while (i < end && isBlank(buf[i]))
        i++;
    let value = 0;
    const first = i;
    for (; i < end && buf[i] >= 0x30 && buf[i] <= 0x37; i++)
        value = value * 8 + buf[i] - 0x30;
    if (i > first || i === end || buf[i] === 0)
        return value;
    const text = buf.toString('latin1', start, end).replace(/\0.*$/s, '').trim();
    // Quoted and escaped: the header's bytes are untrusted and may hold line breaks.
    throw new TarFormatError(`bad number field ${JSON.stringify(text.slice(0, 12))} in a tar header`);
}
/** What String.prototype.trim() strips, of the bytes a latin1 field can hold. */
function isBlank(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
}
/** The POSIX magic "ustar" at offset 257, which says the header has a name prefix field. */
function isUstar(header) {
    return (header[257] === 0x75 && header[258] === 0x73 && header[259] === 0x74 && header[260] === 0x61 && header[261] === 0x72);
}
function checksumOk(header) {
    let stored;
    try {
        stored = octal(header, 148, 8);
    }
    catch {
        return false;
    }
    let sum = 8 * 0x20;
    for (let i = 0; i < BLOCK; i++)
        if (i < 148 || i >= 156)
            sum += header[i];
    return sum === stored;
}
function isZeroBlock(buf, start) {
    for (let i = start; i < start + BLOCK; i++)
        if (buf[i] !== 0)
            return false;
    return true;
}
/** PAX extended header records: `"<len> key=value\n"`. */
function parsePax(data) {
    const out = new Map();
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space === -1)
            break;
        const len = parseInt(data.toString('latin1', pos, space), 10);
        if (!(len > 0))
            break;
        const record = data.toString('utf8', space + 1, pos + len - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        pos += len;
    }
    return out;
}
function typeOf(flag) {
    switch (flag) {
        case 0: // '\0': pre-POSIX regular file
        case 0x30: // '0'
        case 0x37: // '7' contiguous file
            return 'file';
        case 0x31:
            return 'hardlink';
        case 0x32:
            return 'symlink';
        case 0x35:
            return 'directory';
        case 0x78: // 'x'
            return 'pax';
        case 0x67: // 'g'
            return 'paxGlobal';
        case 0x4c: // 'L'
            return 'gnuLongName';
        case 0x4b: // 'K'
            return 'gnuLongLink';
        default:
            return 'other';
    }
}
function isMeta(kind) {
    return kind === 'pax' || kind === 'paxGlobal' || kind === 'gnuLongName' || kind === 'gnuLongLink';
}
/**
 * Decodes header blocks in order, applying the PAX and GNU long-name records that precede a member.
 * Callers hand it each metadata record's data with `absorb` before the next header.
 */
class HeaderDecoder {
    pax = null;
    longName = null;
    longLink = null;
    decode(block, at, position) {
        if (isZeroBlock(block, at))
            return null;
        const header = block.subarray(at, at + BLOCK);
        if (!checksumOk(header))
            throw new TarFormatError(`not a tar header at byte ${position}`);
        const kind = typeOf(header[156]);
        let size = octal(header, 124, 12);
        if (isMeta(kind))
            return { meta: kind, dataSize: size };
        let name = cString(header, 0, 100);
        if (isUstar(header)) {
            const prefix = cString(header, 345, 155);
            if (prefix)
                name = `${prefix}/${name}`;
        }
        let linkName = cString(header, 157, 100);
        if (this.longName !== null)
            name = this.longName;
        if (this.longLink !== null)
            linkName = this.longLink;
        if (this.pax) {
            name = this.pax.get('path') ?? name;
            linkName = this.pax.get('linkpath') ?? linkName;
            const paxSize = this.pax.get('size');
            if (paxSize !== undefined)
                size = Number(paxSize);
        }
        if (!Number.isSafeInteger(size) || size < 0)
            throw new TarFormatError(`bad size in the tar header at byte ${position}`);
        this.pax = null;
        this.longName = null;
        this.longLink = null;
        // Links and directories carry no data even when a writer fills in a size.
        const dataSize = kind === 'file' || kind === 'other' ? size : 0;
        return {
            meta: null,
            dataSize,
            entry: {
                path: normalizePath(name),
                type: kind,
                size: kind === 'file' ? size : 0,
                // A hard link names another member of the archive; a symlink's target is kept as written.
                linkName: kind === 'hardlink' ? normalizePath(linkName) : linkName,
                // Mode and owner are not analysed: they are not read (the header's checksum covers them).
            },
        };
    }
    absorb(kind, data) {
        switch (kind) {
            case 'pax':
                this.pax = parsePax(data);
                break;
            case 'paxGlobal':
                break; // global defaults for path/size are unused by image writers
            case 'gnuLongName':
                this.longName = cString(data, 0, data.length);
                break;
            case 'gnuLongLink':
                this.longLink = cString(data, 0, data.length);
                break;
        }
    }
}
class TarParser {
    onEntry;
    keep;
    headers = new HeaderDecoder();
    /** Bytes of the current member's data still to skip (including padding). */
    skip = 0;
    /** Partial header or metadata record carried over between chunks. */
    pending = null;
    pendingNeed = 0;
    meta = null;
    zeroBlocks = 0;
    /** Bytes consumed so far, for error messages. */
    offset = 0;
    /** Set once the end-of-archive marker is seen; bytes after it are not members. */
    ended = false;
    /** The member whose contents are being kept, and its bytes so far. */
    keeping = null;
    /**
     * `keep` picks the members whose contents are handed to `onContents` (all others are skipped
     * unread, as always).
     */
    constructor(onEntry, keep) {
        this.onEntry = onEntry;
        this.keep = keep;
    }
    push(chunk) {
        let pos = 0;
        const len = chunk.length;
        while (pos < len && !this.ended) {
            if (this.skip > 0) {
                const n = Math.min(this.skip, len - pos);
                if (this.keeping)
                    this.collect(chunk.subarray(pos, pos + n));
                this.skip -= n;
                pos += n;
                continue;
            }
            if (this.pending) {
                const n = Math.min(this.pendingNeed - this.pending.length, len - pos);
                this.pending = Buffer.concat([this.pending, chunk.subarray(pos, pos + n)]);
                pos += n;
                if (this.pending.length < this.pendingNeed)
                    break;
                const full = this.pending;
                this.pending = null;
                this.consume(full, 0, this.offset + pos - full.length);
                continue;
            }
            const need = this.meta ? paddedSize(this.meta.size) : BLOCK;
            if (len - pos < need) {
                this.pending = Buffer.from(chunk.subarray(pos));
                this.pendingNeed = need;
                break;
            }
            this.consume(chunk, pos, this.offset + pos);
            pos += need;
        }
        this.offset += len;
    }
    /** Call after the last chunk: checks that the archive did not stop inside a member. */
    end() {
        if (this.ended)
            return;
        if (this.skip > 0 || this.pending || this.meta) {
            throw new TarFormatError('the tar stream ends in the middle of a member (truncated)');
        }
        // A stream without the two zero blocks is accepted: some writers omit them.
    }
    consume(buf, at, position) {
        if (this.meta) {
            this.headers.absorb(this.meta.kind, buf.subarray(at, at + this.meta.size));
            this.meta = null;
            return;
        }
        const header = this.headers.decode(buf, at, position);
        if (header === null) {
            if (++this.zeroBlocks >= 2)
                this.ended = true;
            return;
        }
        this.zeroBlocks = 0; // a lone zero block between members is tolerated
        if (header.meta) {
            if (header.dataSize > 0)
                this.meta = { kind: header.meta, size: header.dataSize };
            return;
        }
        this.skip = paddedSize(header.dataSize);
        this.onEntry(header.entry);
        if (this.keep && header.entry.type === 'file' && this.keep.wants(header.entry)) {
            this.keeping = { entry: header.entry, parts: [], left: header.dataSize };
            if (header.dataSize === 0)
                this.collect(Buffer.alloc(0));
        }
    }
    /** Bytes of the kept member's data (and its padding, which is dropped). */
    collect(bytes) {
        const keeping = this.keeping;
        const take = Math.min(keeping.left, bytes.length);
        if (take > 0)
            keeping.parts.push(Buffer.from(bytes.subarray(0, take)));
        keeping.left -= take;
        if (keeping.left === 0) {
            this.keeping = null;
            this.keep.onContents(keeping.entry, Buffer.concat(keeping.parts));
        }
    }
}
function paddedSize(n) {
    return Math.ceil(n / BLOCK) * BLOCK;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/registry/challenge.ts
/** The two HTTP headers of the distribution API this tool parses: auth challenges and pagination links. */
/**
 * The first challenge of a `WWW-Authenticate` header (RFC 7235), e.g.
 * `Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull"`.
 * Quoted values may hold commas and escaped quotes. Null when there is none.
 */
function parseChallenge(header) {
    if (!header)
        return null;
    const scheme = /^\s*([A-Za-z][\w-]*)/.exec(header);
    if (!scheme)
        return null;
    const params = {};
    const param = /\s*([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))\s*(,|$)/y;
    param.lastIndex = scheme[0].length;
    for (let m = param.exec(header); m; m = param.exec(header)) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
        if (m[4] === '')
            break;
        // A comma may also start the next challenge (`Bearer …, Basic realm=…`): stop there.
        if (/^\s*[A-Za-z][\w-]*\s+[A-Za-z]/.test(header.slice(param.lastIndex)))
            break;
    }
    return { scheme: scheme[1].toLowerCase(), params };
}
/** The `rel="next"` target of a `Link` header (RFC 8288), as the tags list API pages with it; null at the end. */
function nextLink(header) {
    if (!header)
        return null;
    for (const part of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
        const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(part[2]);
        const rel = rels?.[1] ?? rels?.[2];
        if (rel?.split(/\s+/).includes('next'))
            return part[1];
    }
    return null;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/registry/reference.ts
/**
 * Image references as Docker reads them (distribution/reference): `[host[:port]/]path[:tag][@digest]`,
 * where a first component is a host only when it has a `.` or a `:` or is `localhost`, and Docker
 * Hub's short forms are normalised (`nginx` is `docker.io/library/nginx:latest`).
 */

const DOCKER_HUB = 'docker.io';
/** Where Docker Hub's registry API answers, and the key `docker login` stores its credentials under. */
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const reference_TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
/** Parses and normalises a reference; a UserError in one line says what is wrong with it. */
function parseReference(text) {
    const invalid = (why) => new UserError(`"${text.slice(0, 200)}" is not an image reference (${why}): give one such as ghcr.io/owner/app:1`);
    if (!text || text.length > 4096 || /\s/.test(text))
        throw invalid('it is empty or has spaces');
    let rest = text;
    let digest = null;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw invalid('the digest is malformed');
    }
    let tag = null;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!reference_TAG.test(tag))
            throw invalid('the tag is malformed');
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    const first = parts[0];
    if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        if (!HOST.test(first))
            throw invalid('the registry host is malformed');
        registry = first;
        parts.shift();
    }
    if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p))) {
        throw invalid('a repository name is lower-case letters, digits and separators');
    }
    if (registry === 'index.docker.io' || registry === DOCKER_HUB_API)
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    if (tag === null && digest === null)
        tag = 'latest';
    return reference(registry, parts.join('/'), tag, digest);
}
function reference(registry, repository, tag, digest) {
    return {
        registry,
        repository,
        tag,
        digest,
        toString() {
            return `${registry}/${repository}${tag === null ? '' : `:${tag}`}${digest === null ? '' : `@${digest}`}`;
        },
    };
}
/** The host the registry's HTTP API answers on (Docker Hub's differs from its name). */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/**
 * Docker talks plain HTTP only to registries on the loopback interface (unless told they are
 * insecure); everything else is HTTPS.
 */
function apiBase(registry) {
    const host = apiHost(registry);
    const name = host.replace(/:[0-9]+$/, '').replace(/^\[|\]$/g, '');
    const loopback = name === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(name) || name === '::1';
    return `${loopback ? 'http' : 'https'}://${host}`;
}

;// CONCATENATED MODULE: ./src/registry/credentials.ts
/**
 * Registry credentials found the way the docker CLI finds them: `$DOCKER_CONFIG/config.json` (else
 * `~/.docker/config.json`), where docker/login-action writes them: a helper named for the host in
 * `credHelpers`, else the `credsStore` helper, else the base64 `auth` (or username/password) in
 * `auths`. A helper is the program `docker-credential-NAME` on PATH, asked with `get`.
 */






/** How long a credential helper may take. */
const HELPER_TIMEOUT_MS = 30_000;
function dockerConfigPath(env = process.env) {
    const dir = env.DOCKER_CONFIG || external_node_path_namespaceObject.join(external_node_os_namespaceObject.homedir(), '.docker');
    return external_node_path_namespaceObject.join(dir, 'config.json');
}
/** The key docker uses for a registry: Docker Hub's is its old index URL. */
function authKey(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : registry;
}
/** `https://ghcr.io/v1/` and `ghcr.io` name the same registry in `auths`. */
function hostOf(key) {
    return key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}
/** The credentials for `registry`, or null to go anonymous. */
async function findCredentials(registry, env = process.env) {
    const file = dockerConfigPath(env);
    const text = await promises_namespaceObject.readFile(file, 'utf8').catch(() => null);
    if (text === null)
        return null;
    let config;
    try {
        config = JSON.parse(text);
    }
    catch {
        throw new UserError(`${file} is not valid JSON: fix it, or log in again (docker login, docker/login-action)`);
    }
    const key = authKey(registry);
    const wanted = hostOf(key);
    const helper = config.credHelpers?.[key] ??
        Object.entries(config.credHelpers ?? {}).find(([k]) => hostOf(k) === wanted)?.[1] ??
        config.credsStore;
    if (helper) {
        const found = await fromHelper(helper, key, env);
        if (found)
            return found;
    }
    const entry = config.auths?.[key] ?? Object.entries(config.auths ?? {}).find(([k]) => hostOf(k) === wanted)?.[1] ?? null;
    return entry ? fromEntry(entry, file, registry) : null;
}
function fromEntry(entry, file, registry) {
    let username = entry.username ?? '';
    let password = entry.password ?? '';
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon === -1) {
            throw new UserError(`${file}: the auth entry for ${registry} is not user:password in base64: log in again`);
        }
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
    }
    if (entry.identitytoken)
        return { username, password, identityToken: entry.identitytoken };
    return username || password ? { username, password } : null;
}
/** Asks `docker-credential-NAME get`; a helper that knows nothing of the host gives null. */
async function fromHelper(name, key, env) {
    if (!/^[\w.-]+$/.test(name))
        throw new UserError(`The credential helper name "${name}" is not valid: fix config.json`);
    const program = `docker-credential-${name}`;
    const asked = (serverUrl) => new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.execFile)(program, ['get'], { env, timeout: HELPER_TIMEOUT_MS }, (err, stdout) => {
            const code = err ? (err.code ?? err.status ?? 1) : 0;
            resolve({ code: code, stdout });
        });
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(serverUrl);
    });
    let answer = await asked(key);
    // Helpers store what `docker login` was given: Docker Hub's key, else the bare host.
    if (answer.code !== 0 && key !== hostOf(key))
        answer = await asked(hostOf(key));
    if (answer.code === 'ENOENT') {
        throw new UserError(`The credential helper ${program} named in config.json is not on PATH: install it or log in again`);
    }
    // "credentials not found in native keychain" and the like: anonymous access may still do.
    if (answer.code !== 0)
        return null;
    let parsed;
    try {
        parsed = JSON.parse(answer.stdout);
    }
    catch {
        throw new UserError(`The credential helper ${program} answered something that is not JSON: check the helper`);
    }
    const username = typeof parsed.Username === 'string' ? parsed.Username : '';
    const secret = typeof parsed.Secret === 'string' ? parsed.Secret : '';
    if (!secret)
        return null;
    // A helper that holds a refresh token says so with this user name.
    if (username === '<token>')
        return { username: '', password: '', identityToken: secret };
    return { username, password: secret };
}

;// CONCATENATED MODULE: ./src/image/types.ts
/** The parts of the OCI image spec (and Docker's v2 formats) this tool reads. */
const MEDIA = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerLayerTar: 'application/vnd.docker.image.rootfs.diff.tar',
};
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * The OCI distribution API for one repository: manifests, blobs and tags, authenticated the way
 * Docker does it (Basic, or the Bearer token flow with a token per scope), with redirects followed
 * by hand so credentials never reach another host, and 429/5xx retried a bounded number of times.
 */







/** What a manifest request accepts: OCI and Docker v2, single images and indexes. */
const MANIFEST_ACCEPT = [MEDIA.ociIndex, MEDIA.ociManifest, MEDIA.dockerList, MEDIA.dockerManifest].join(', ');
/** Larger manifests are refused, as the distribution registry itself does (4 MiB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const RETRIES = 4;
const RETRY_AFTER_CAP_MS = 30_000;
const DEFAULT_TIMEOUT_SECONDS = 60;
/** A registry request that failed because the image is not there, the registry cannot be reached or refused access. */
class RegistryUnavailable extends UserError {
    fact;
    reason;
    constructor(
    /** What is wrong, without what to do. */
    fact, advice, reason) {
        super(`${fact}: ${advice}`);
        this.fact = fact;
        this.reason = reason;
    }
}
let secretHandler = () => undefined;
/** Called with every password and token the client uses, so the action can mask them in the log. */
function onSecret(handler) {
    secretHandler = handler;
}
class RegistryClient {
    registry;
    repository;
    tokens = new Map();
    challenge = null;
    base;
    timeoutMs;
    credentials;
    constructor(registry, repository, options = {}) {
        this.registry = registry;
        this.repository = repository;
        this.base = options.base ?? apiBase(registry);
        this.timeoutMs = (options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
        this.credentials = options.credentials ?? null;
        for (const secret of [this.credentials?.password, this.credentials?.identityToken])
            if (secret)
                secretHandler(secret);
    }
    /** A client for the reference's repository, with the credentials docker would use for its registry. */
    static async open(ref, env = process.env) {
        const raw = env.IMAGE_SIZE_GUARD_REGISTRY_TIMEOUT?.trim();
        const timeoutSeconds = raw ? Number(raw) : DEFAULT_TIMEOUT_SECONDS;
        if (!(timeoutSeconds > 0)) {
            throw new UserError(`IMAGE_SIZE_GUARD_REGISTRY_TIMEOUT=${raw} is not a number of seconds: give one such as 60`);
        }
        return new RegistryClient(ref.registry, ref.repository, {
            credentials: await findCredentials(ref.registry, env),
            timeoutSeconds,
        });
    }
    /** `registry/repository`, as messages name it. */
    get name() {
        return `${this.registry}/${this.repository}`;
    }
    /** A manifest or index by tag or digest; one fetched by digest is checked against it. */
    async manifest(tagOrDigest) {
        const byDigest = tagOrDigest.includes(':');
        const res = await this.request(`/v2/${this.repository}/manifests/${tagOrDigest}`, {
            headers: { accept: MANIFEST_ACCEPT },
        });
        if (res.status === 404) {
            await res.body?.cancel();
            throw new RegistryUnavailable(byDigest ? `${this.name} has no manifest ${tagOrDigest}` : `${this.name} has no tag ${tagOrDigest}`, byDigest ? 'check the digest' : 'check the tag, or push the image first', 'not found');
        }
        await this.expectOk(res, `Reading the manifest ${tagOrDigest} of ${this.name}`);
        const bytes = await this.readBody(res, MAX_MANIFEST_BYTES, 'manifest');
        const digest = `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex')}`;
        const expected = byDigest ? tagOrDigest : res.headers.get('docker-content-digest');
        if (expected?.startsWith('sha256:') && expected !== digest) {
            throw new UserError(`${this.name}: the manifest ${tagOrDigest} does not match its digest: expected ${expected}, its content is ${digest}; push the image again`);
        }
        const mediaType = (res.headers.get('content-type') ?? '').split(';')[0].trim();
        return { bytes, mediaType, digest };
    }
    /** A blob, streamed (never written to disk); the stream fails at its end when the bytes do not match the digest. */
    async blob(digest) {
        const res = await this.request(`/v2/${this.repository}/blobs/${digest}`);
        if (res.status === 404) {
            await res.body?.cancel();
            throw new RegistryUnavailable(`${this.name} has no blob ${digest}`, 'push the image again', 'not found');
        }
        await this.expectOk(res, `Reading the blob ${digest} of ${this.name}`);
        const [algorithm, expected] = digest.split(':');
        const hash = algorithm === 'sha256' ? (0,external_node_crypto_namespaceObject.createHash)('sha256') : null;
        let timer;
        const body = external_node_stream_namespaceObject.Readable.fromWeb(res.body);
        const timeoutMs = this.timeoutMs;
        const name = this.name;
        // A body that never starts is as silent as one that stops.
        timer = setTimeout(() => checked.destroy(silent(name, timeoutMs)), timeoutMs);
        const checked = new external_node_stream_namespaceObject.Transform({
            transform(chunk, _encoding, done) {
                clearTimeout(timer);
                timer = setTimeout(() => checked.destroy(silent(name, timeoutMs)), timeoutMs);
                hash?.update(chunk);
                done(null, chunk);
            },
            flush(done) {
                clearTimeout(timer);
                const actual = hash?.digest('hex');
                if (hash && actual !== expected) {
                    done(new Error(`it does not match its digest: the manifest says ${digest}, its content is sha256:${actual}`));
                }
                else
                    done();
            },
            destroy(err, done) {
                clearTimeout(timer);
                body.destroy();
                done(err);
            },
        });
        body.on('error', (err) => checked.destroy(this.failure(err, `Reading the blob ${digest} of ${this.name}`)));
        return body.pipe(checked);
    }
    /** A small blob (an image config), read whole and checked against its digest. */
    async blobBytes(digest, maxBytes = 64 * 1024 * 1024) {
        const chunks = [];
        let size = 0;
        for await (const chunk of await this.blob(digest)) {
            size += chunk.length;
            if (size > maxBytes)
                throw new UserError(`${this.name}: the blob ${digest} is larger than ${maxBytes} bytes`);
            chunks.push(chunk);
        }
        return Buffer.concat(chunks);
    }
    /** Every tag of the repository, following the `Link` header page by page. */
    async listTags(pageSize = 1000) {
        const tags = [];
        let next = `/v2/${this.repository}/tags/list?n=${pageSize}`;
        for (let page = 0; next && page < 1000; page++) {
            const res = await this.request(next);
            if (res.status === 404) {
                await res.body?.cancel();
                throw new RegistryUnavailable(`${this.name} does not exist`, 'check the repository name', 'not found');
            }
            await this.expectOk(res, `Listing the tags of ${this.name}`);
            const doc = JSON.parse((await this.readBody(res, MAX_MANIFEST_BYTES, 'tags list')).toString('utf8'));
            if (Array.isArray(doc.tags))
                tags.push(...doc.tags.filter((t) => typeof t === 'string'));
            next = nextLink(res.headers.get('link'));
        }
        return tags;
    }
    /**
     * One authenticated request to the registry (a path, or a URL it gave such as a Link or an upload
     * Location): the answer to a 401 challenge is fetched and cached per scope, a 401/403 that
     * remains fails in one line naming docker/login-action. Other statuses are the caller's.
     */
    async request(pathOrUrl, init = {}) {
        const url = new URL(pathOrUrl, this.base);
        const scope = `repository:${this.repository}:${init.actions ?? 'pull'}`;
        let auth = this.authorization(scope);
        let res = await this.send(url, init, auth);
        if (res.status === 401) {
            await res.body?.cancel();
            this.challenge = parseChallenge(res.headers.get('www-authenticate')) ?? this.challenge;
            auth = await this.authorize(scope);
            if (auth === null)
                throw this.denied(401);
            res = await this.send(url, init, auth);
        }
        if (res.status === 401 || res.status === 403) {
            await res.body?.cancel();
            throw this.denied(res.status);
        }
        return res;
    }
    authorization(scope) {
        const token = this.tokens.get(scope);
        if (token)
            return `Bearer ${token}`;
        if (this.challenge?.scheme === 'basic' && this.credentials)
            return basic(this.credentials);
        return null;
    }
    /** What answers the last challenge: Basic credentials, or a Bearer token from the realm. */
    async authorize(scope) {
        const challenge = this.challenge;
        if (challenge?.scheme === 'basic')
            return this.credentials ? basic(this.credentials) : null;
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
            return null;
        const token = await this.fetchToken(challenge, scope);
        secretHandler(token);
        this.tokens.set(scope, token);
        return `Bearer ${token}`;
    }
    async fetchToken(challenge, scope) {
        let realm;
        try {
            realm = new URL(challenge.params.realm);
        }
        catch {
            throw new UserError(`The registry ${this.registry} gave a token realm that is not a URL: check the registry`);
        }
        const service = challenge.params.service;
        const credentials = this.credentials;
        let res;
        if (credentials?.identityToken) {
            // docker login's OAuth flow: the refresh token is traded for an access token.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.identityToken,
                client_id: 'image-size-guard',
                scope,
                ...(service ? { service } : {}),
            });
            res = await this.send(realm, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() }, null);
        }
        else {
            if (service)
                realm.searchParams.set('service', service);
            realm.searchParams.set('scope', scope);
            res = await this.send(realm, {}, credentials ? basic(credentials) : null);
        }
        if (res.status === 401 || res.status === 403) {
            await res.body?.cancel();
            throw this.denied(res.status);
        }
        await this.expectOk(res, `Getting a token for ${this.name} from ${realm.host}`);
        let doc;
        try {
            doc = JSON.parse((await this.readBody(res, 1024 * 1024, 'token')).toString('utf8'));
        }
        catch {
            throw new UserError(`The token service of ${this.registry} answered something that is not JSON: check the registry`);
        }
        const token = typeof doc.token === 'string' ? doc.token : doc.access_token;
        if (typeof token !== 'string' || !token) {
            throw new UserError(`The token service of ${this.registry} gave no token: check the registry`);
        }
        return token;
    }
    /**
     * Sends one request, following redirects by hand (the Authorization header only to the same
     * origin) and retrying 429 and 5xx answers and dropped connections with backoff.
     */
    async send(url, init, auth) {
        const origin = url.origin;
        let target = url;
        for (let hop = 0;; hop++) {
            const headers = { 'user-agent': 'image-size-guard', ...init.headers };
            if (auth && target.origin === origin)
                headers.authorization = auth;
            const res = await this.retrying(target, init, headers);
            const location = res.headers.get('location');
            if ([301, 302, 303, 307, 308].includes(res.status) && location && !isUpload(init.method)) {
                await res.body?.cancel();
                if (hop >= MAX_REDIRECTS)
                    throw new UserError(`${this.name}: more than ${MAX_REDIRECTS} redirects from ${url.host}`);
                target = new URL(location, target);
                continue;
            }
            return res;
        }
    }
    async retrying(url, init, headers) {
        const replayable = !(init.body instanceof external_node_stream_namespaceObject.Readable);
        for (let attempt = 0;; attempt++) {
            let res;
            const abort = new AbortController();
            const timer = setTimeout(() => abort.abort(), this.timeoutMs);
            try {
                res = await fetch(url, {
                    method: init.method ?? 'GET',
                    headers,
                    body: init.body instanceof external_node_stream_namespaceObject.Readable ? external_node_stream_namespaceObject.Readable.toWeb(init.body) : init.body,
                    redirect: 'manual',
                    signal: abort.signal,
                    ...(init.body instanceof external_node_stream_namespaceObject.Readable ? { duplex: 'half' } : {}),
                });
            }
            catch (err) {
                clearTimeout(timer);
                const code = errorCode(err);
                if (replayable && attempt < RETRIES && (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')) {
                    await sleep(backoff(attempt));
                    continue;
                }
                throw this.failure(abort.signal.aborted ? new TimedOut() : err, `Reaching ${url.host}`);
            }
            clearTimeout(timer);
            if ((res.status === 429 || res.status >= 500) && replayable && attempt < RETRIES) {
                await res.body?.cancel();
                await sleep(retryAfter(res.headers.get('retry-after')) ?? backoff(attempt));
                continue;
            }
            return res;
        }
    }
    /** Reads a whole (small) answer, no larger than `max` bytes. */
    async readBody(res, max, what) {
        const declared = Number(res.headers.get('content-length'));
        if (declared > max) {
            await res.body?.cancel();
            throw new UserError(`${this.name}: the ${what} is larger than ${max} bytes: refusing to read it`);
        }
        const chunks = [];
        let size = 0;
        const reader = res.body?.getReader();
        for (;;) {
            let timer;
            const silence = new Promise((_, reject) => {
                timer = setTimeout(() => reject(silent(this.name, this.timeoutMs)), this.timeoutMs);
            });
            const next = reader ? await Promise.race([reader.read(), silence]).finally(() => clearTimeout(timer)) : null;
            if (!next || next.done)
                break;
            size += next.value.length;
            if (size > max) {
                await reader?.cancel();
                throw new UserError(`${this.name}: the ${what} is larger than ${max} bytes: refusing to read it`);
            }
            chunks.push(Buffer.from(next.value));
        }
        return Buffer.concat(chunks);
    }
    async expectOk(res, what) {
        if (res.ok)
            return;
        throw new UserError(`${what} failed (${await failureDetail(res)}): check the registry, or try again later`);
    }
    denied(status) {
        const how = this.credentials
            ? `the credentials docker has for ${this.registry} are not allowed to`
            : `no credentials for ${this.registry} were found in the Docker config, so it was asked anonymously; log in`;
        return new RegistryUnavailable(`The registry ${this.registry} refused access to ${this.repository} (HTTP ${status})`, `${how} (docker login ${this.registry}, or docker/login-action in a workflow)`, 'denied');
    }
    failure(err, what) {
        if (err instanceof UserError)
            return err;
        if (err instanceof TimedOut)
            return silent(this.name, this.timeoutMs);
        const code = errorCode(err);
        if (code && UNREACHABLE.includes(code)) {
            return new RegistryUnavailable(`Cannot reach the registry ${this.registry} (${code})`, 'check the address and that it is up', 'unreachable');
        }
        const cause = err.cause?.message;
        return new UserError(`${what} failed: ${(cause ?? err.message ?? String(err)).split('\n')[0]}`);
    }
}
const UNREACHABLE = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT'];
class TimedOut extends Error {
}
function silent(name, timeoutMs) {
    return new UserError(`The registry of ${name} did not answer within ${timeoutMs / 1000} s: check that it is up, or raise IMAGE_SIZE_GUARD_REGISTRY_TIMEOUT`);
}
function errorCode(err) {
    const e = err;
    return e.cause?.code ?? e.cause?.errors?.[0]?.code ?? e.code;
}
function basic(c) {
    return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}
/** An upload's 201/202 carries a Location that is not a redirect. */
function isUpload(method) {
    return method === 'POST' || method === 'PUT' || method === 'PATCH';
}
function backoff(attempt) {
    return Math.min(500 * 2 ** attempt, 8000) * (0.75 + Math.random() / 2);
}
/** `Retry-After` in seconds or as an HTTP date, capped; null when absent or unreadable. */
function retryAfter(header, now = Date.now()) {
    if (!header)
        return null;
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
    return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS) : null;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** `HTTP 400: <the first message of the API's error document>`, on one line and short; the status alone otherwise. */
async function failureDetail(res) {
    const text = await res.text().catch(() => '');
    let detail = `HTTP ${res.status}`;
    try {
        const message = JSON.parse(text).errors?.[0]?.message;
        if (typeof message === 'string')
            detail += `: ${message.replace(/[\r\n]+/g, ' ').slice(0, 200)}`;
    }
    catch {
        // Not the API's JSON error document: the status says enough.
    }
    return detail;
}

;// CONCATENATED MODULE: ./src/layers/chunks.ts
/**
 * Bytes per read of a layer file, and the most output a decompressor hands on at once. Gunzipping
 * the benchmark image's largest layer (394 MB) synchronously takes about 5 % longer in 64 KiB
 * pieces; from 256 KiB to 4 MiB the difference is lost in the noise.
 */
const CHUNK_BYTES = 1024 * 1024;
/** A stream's chunks (never overwritten). */
function streamChunks(stream) {
    const iterator = stream[Symbol.asyncIterator]();
    return {
        async next() {
            const next = await iterator.next();
            return next.done ? null : next.value;
        },
        async close() {
            stream.destroy();
        },
    };
}

;// CONCATENATED MODULE: ./src/registry/store.ts



const BLOB = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/;
class RegistryStore {
    location;
    client;
    kind = 'registry';
    /** Digests of manifests and indexes, fetched from the manifests endpoint. */
    manifests = new Map();
    /** Blob sizes from the manifests' descriptors. */
    sizes = new Map();
    index;
    constructor(location, client, top) {
        this.location = location;
        this.client = client;
        this.manifests.set(top.digest, top.bytes);
        this.remember(top.bytes);
        const descriptor = { mediaType: top.mediaType || undefined, digest: top.digest, size: top.bytes.length };
        this.index = Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [descriptor] }));
    }
    /** Fetches the manifest `ref` points to; `location` is how messages name the image. */
    static async open(ref, location, client) {
        const opened = client ?? (await RegistryClient.open(ref));
        const top = await opened.manifest(ref.digest ?? ref.tag);
        if (/^application\/vnd\.docker\.distribution\.manifest\.v1\+/.test(top.mediaType)) {
            throw new UserError(`${location} is a Docker schema 1 image, which this tool does not read: push it again with a current docker or buildx`);
        }
        return new RegistryStore(location, opened, top);
    }
    /** What the reference points to: an index or a manifest. */
    get digest() {
        return this.manifests.keys().next().value;
    }
    has(name) {
        return name === 'index.json' || BLOB.test(name);
    }
    size(name) {
        return this.sizes.get(digestOf(name) ?? '') ?? 0;
    }
    async read(name) {
        if (name === 'index.json')
            return this.index;
        const digest = digestOf(name);
        if (digest === null)
            throw new UserError(`${this.location} has no ${name}`);
        if (!this.manifests.has(digest))
            return this.client.blobBytes(digest);
        let bytes = this.manifests.get(digest);
        if (!bytes) {
            bytes = (await this.client.manifest(digest)).bytes;
            this.manifests.set(digest, bytes);
            this.remember(bytes);
        }
        return bytes;
    }
    range(name) {
        throw new Error(`${name} of ${this.location} is read from the registry, not from a file`);
    }
    chunks(name) {
        const digest = digestOf(name);
        if (digest === null)
            throw new UserError(`${this.location} has no ${name}`);
        let source = null;
        const opening = this.client.blob(digest).then((stream) => (source = streamChunks(stream)));
        // A failure to open is reported by the first `next`.
        opening.catch(() => undefined);
        return {
            next: async () => (await opening).next(),
            close: async () => {
                await source?.close();
            },
        };
    }
    leaves() {
        return false;
    }
    /** Notes which digests an index names as manifests, and the sizes of a manifest's blobs. */
    remember(bytes) {
        let doc;
        try {
            doc = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            return; // resolution says what is wrong with it
        }
        if (typeof doc !== 'object' || doc === null)
            return;
        for (const d of Array.isArray(doc.manifests) ? doc.manifests : []) {
            const digest = d?.digest;
            if (typeof digest === 'string' && !this.manifests.has(digest))
                this.manifests.set(digest, null);
        }
        for (const d of [...(Array.isArray(doc.layers) ? doc.layers : []), doc.config]) {
            const { digest, size } = (d ?? {});
            if (typeof digest === 'string' && typeof size === 'number')
                this.sizes.set(digest, size);
        }
    }
}
function digestOf(name) {
    const m = BLOB.exec(name);
    return m ? `${m[1]}:${m[2]}` : null;
}

;// CONCATENATED MODULE: ./src/layers/members.ts


const members_BLOCK = 512;
/**
 * The members of a tar archive that arrives as a stream (an image export), in order, without
 * storing the archive: each member's data is handed on in the stream's own chunks (up to
 * CHUNK_BYTES) and then dropped. Throws TarFormatError when the stream is not a tar archive or
 * stops inside one.
 */
async function* streamMembers(stream) {
    const bytes = new ByteReader(stream);
    const headers = new HeaderDecoder();
    let zeroBlocks = 0;
    try {
        for (;;) {
            const block = await bytes.exact(members_BLOCK);
            if (block === null)
                return; // a stream without the end-of-archive blocks is accepted
            const header = headers.decode(block, 0, bytes.position - members_BLOCK);
            if (header === null) {
                if (++zeroBlocks >= 2)
                    return;
                continue;
            }
            zeroBlocks = 0;
            if (header.meta) {
                const data = header.dataSize > 0 ? await bytes.exact(header.dataSize) : Buffer.alloc(0);
                if (data === null)
                    throw truncated();
                headers.absorb(header.meta, data);
                await bytes.skip(paddedSize(header.dataSize) - header.dataSize);
                continue;
            }
            const member = new MemberData(bytes, header.dataSize);
            try {
                yield { entry: header.entry, data: member };
            }
            finally {
                await member.finish();
            }
            await bytes.skip(paddedSize(header.dataSize) - header.dataSize);
        }
    }
    finally {
        stream.destroy();
    }
}
/** The stream stopped before the archive's end. */
class TruncatedError extends TarFormatError {
}
const truncated = () => new TruncatedError('the tar stream ends in the middle of a member (truncated)');
/** A member's data: at most `size` bytes from the reader, in chunks of up to CHUNK_BYTES. */
class MemberData {
    bytes;
    left;
    closed = false;
    /** The read under way, if any: a reader stopped early may still have one pending. */
    reading = Promise.resolve(null);
    constructor(bytes, size) {
        this.bytes = bytes;
        this.left = size;
    }
    next() {
        if (this.closed || this.left === 0)
            return Promise.resolve(null);
        this.reading = this.reading.then(() => this.read());
        return this.reading;
    }
    async close() {
        this.closed = true;
    }
    /** Waits for a pending read, then skips what is left of the member. */
    async finish() {
        this.closed = true;
        await this.reading.catch(() => null);
        await this.bytes.skip(this.left);
        this.left = 0;
    }
    async read() {
        if (this.left === 0)
            return null;
        const part = await this.bytes.take(Math.min(this.left, CHUNK_BYTES));
        if (part === null)
            throw truncated();
        this.left -= part.length;
        return part;
    }
}
/** Bytes of a stream read by count, across the stream's own chunk boundaries. */
class ByteReader {
    chunks;
    head = Buffer.alloc(0);
    /** Why the stream failed: a reader stopped by it (a layer's scan) must not hide it from the next. */
    failure = null;
    /** Bytes taken so far, for error messages. */
    position = 0;
    constructor(stream) {
        this.chunks = stream[Symbol.asyncIterator]();
    }
    /** Exactly `n` bytes, or null when the stream ends right here; ending within them is truncation. */
    async exact(n) {
        const parts = [];
        let have = 0;
        while (have < n) {
            const part = await this.take(n - have);
            if (part === null && have === 0)
                return null;
            if (part === null)
                throw truncated();
            parts.push(part);
            have += part.length;
        }
        return parts.length === 1 ? parts[0] : Buffer.concat(parts, have);
    }
    async skip(n) {
        let left = n;
        while (left > 0) {
            const part = await this.take(left);
            if (part === null)
                throw truncated();
            left -= part.length;
        }
    }
    /**
     * Up to `n` bytes of the current chunk (the next one when it is used up); null at the end. A
     * layer's data is handed on in the stream's own chunks (a socket's, 64 KiB): gathering them into
     * larger ones only copied them, now that each is decompressed where it is read.
     */
    async take(n) {
        if (this.head.length === 0) {
            if (this.failure)
                throw this.failure;
            const next = await this.chunks.next().catch((err) => {
                this.failure = err;
                throw err;
            });
            if (next.done)
                return null;
            this.head = next.value;
        }
        const part = this.head.subarray(0, n);
        this.head = this.head.subarray(part.length);
        this.position += part.length;
        return part;
    }
}

;// CONCATENATED MODULE: ./src/image/untrusted.ts
/**
 * An archive or layout folder is untrusted input: whoever made it chose every name and string in
 * it. Messages show such a string only quoted, escaped and short, never the file's bytes, and a
 * file it names is read only when that name stays inside the archive or folder.
 */


/**
 * A string from an archive as a message may show it: as it is when it is a short run of the
 * characters names, digests and media types are made of, else JSON-quoted (no line breaks) and cut
 * to `max` characters.
 */
function shown(value, max = 80) {
    if (typeof value === 'string' && value.length <= max && /^[\w.+/:@=-]+$/.test(value))
        return value;
    const text = typeof value === 'string' ? value : String(JSON.stringify(value) ?? value);
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    // JSON.stringify escapes control characters; U+2028/2029 would still break a line in some views.
    return JSON.stringify(cut).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
/**
 * The relative `/`-separated name of a file that `name` (from an archive's own JSON) points to, or
 * null when it leaves the archive: an absolute path, `..` above the top, a backslash or a NUL.
 */
function nameInside(name) {
    if (name === '' || name.includes('\0') || name.includes('\\') || external_node_path_namespaceObject.posix.isAbsolute(name))
        return null;
    const normal = external_node_path_namespaceObject.posix.normalize(name);
    if (normal === '..' || normal.startsWith('../') || normal === '.')
        return null;
    return normal.replace(/\/+$/, '');
}
/** `<where>: the archive is damaged: <file>: <reason>`, with what to do. */
function damaged(place, file, reason) {
    if (place.kind === 'registry') {
        // A registry's blobs are named by digest, as the registry names them.
        const blob = file.replace(/^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/, '$1:$2');
        return new UserError(`${place.location}: the image in the registry is damaged: ${blob}: ${reason}; push it again`);
    }
    return new UserError(`${place.location}: the ${place.kind} is damaged: ${file}: ${reason}; save or build the image again`);
}
/** Refuses a name from `namedBy` that points outside the archive or folder. */
function outside(place, namedBy, name) {
    return new UserError(`${place.location}: ${namedBy} names ${shown(name)}, which is outside the ${place.kind}: refusing to read it`);
}

;// CONCATENATED MODULE: ./src/layers/codec.ts

/**
 * A gzip, gunzip or zstd coder of Node's zlib, run synchronously into one output buffer that is
 * used again for every piece of output. Node's streams (and its one-shot functions) allocate a new
 * buffer for each; a thread that does nothing but read a layer has no use for their asynchrony.
 */
class SyncCodec {
    engine;
    state;
    out;
    flush;
    error = null;
    constructor(engine, state, out, flush) {
        this.engine = engine;
        this.state = state;
        this.out = out;
        this.flush = flush;
        engine.onerror = (message, errno, code) => {
            this.error ??= Object.assign(new Error(message), { errno, code });
        };
    }
    /** A coder; null for zstd before Node 22.15, which has none. */
    static create(kind, outBytes) {
        const zstd = external_node_zlib_namespaceObject.createZstdDecompress;
        const make = kind === 'gunzip' ? external_node_zlib_namespaceObject.createGunzip : kind === 'gzip' ? external_node_zlib_namespaceObject.createGzip : zstd;
        if (!make)
            return null;
        const stream = make({ chunkSize: outBytes });
        const { _handle: engine, _writeState: state, _defaultFlushFlag: write, _finishFlushFlag: finish } = stream;
        if (typeof engine?.writeSync !== 'function' ||
            !(state instanceof Uint32Array) ||
            typeof write !== 'number' ||
            typeof finish !== 'number') {
            stream.destroy();
            throw new Error(`the zlib of Node ${process.version} is not the one image-size-guard knows: use Node 20, 22, 24 or 26`);
        }
        return new SyncCodec(engine, state, Buffer.allocUnsafe(outBytes), { write, finish });
    }
    write(input, each) {
        this.run(this.flush.write, input, each);
    }
    end(each) {
        this.run(this.flush.finish, Buffer.alloc(0), each);
    }
    close() {
        this.engine.close();
    }
    run(flush, input, each) {
        let offset = 0;
        let left = input.length;
        for (;;) {
            this.engine.writeSync(flush, input, offset, left, this.out, 0, this.out.length);
            if (this.error)
                throw this.error;
            const [outLeft, inLeft] = this.state;
            if (outLeft < this.out.length)
                each(this.out.subarray(0, this.out.length - outLeft));
            offset += left - inLeft;
            left = inLeft;
            // The output buffer had room to spare: the engine took all it could of the input.
            if (outLeft !== 0)
                return;
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/fzstd/esm/index.mjs
// Some numerical data is initialized as -1 even when it doesn't need initialization to help the JIT infer types
// aliases for shorter compressed code (most minifers don't do this)
var ab = ArrayBuffer, u8 = Uint8Array, u16 = Uint16Array, i16 = Int16Array, u32 = (/* unused pure expression or super */ null && (Uint32Array)), i32 = Int32Array;
var slc = function (v, s, e) {
    if (u8.prototype.slice)
        return u8.prototype.slice.call(v, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    var n = new u8(e - s);
    n.set(v.subarray(s, e));
    return n;
};
var fill = function (v, n, s, e) {
    if (u8.prototype.fill)
        return u8.prototype.fill.call(v, n, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    for (; s < e; ++s)
        v[s] = n;
    return v;
};
var cpw = function (v, t, s, e) {
    if (u8.prototype.copyWithin)
        return u8.prototype.copyWithin.call(v, t, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    while (s < e) {
        v[t++] = v[s++];
    }
};
/**
 * Codes for errors generated within this library
 */
var ZstdErrorCode = {
    InvalidData: 0,
    WindowSizeTooLarge: 1,
    InvalidBlockType: 2,
    FSEAccuracyTooHigh: 3,
    DistanceTooFarBack: 4,
    UnexpectedEOF: 5
};
// error codes
var ec = [
    'invalid zstd data',
    'window size too large (>2046MB)',
    'invalid block type',
    'FSE accuracy too high',
    'match distance too far back',
    'unexpected EOF'
];
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
var rb = function (d, b, n) {
    var i = 0, o = 0;
    for (; i < n; ++i)
        o |= d[b++] << (i << 3);
    return o;
};
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read Zstandard frame header
var rzfh = function (dat, w) {
    var n3 = dat[0] | (dat[1] << 8) | (dat[2] << 16);
    if (n3 == 0x2FB528 && dat[3] == 253) {
        // Zstandard
        var flg = dat[4];
        //    single segment       checksum             dict flag     frame content flag
        var ss = (flg >> 5) & 1, cc = (flg >> 2) & 1, df = flg & 3, fcf = flg >> 6;
        if (flg & 8)
            err(0);
        // byte
        var bt = 6 - ss;
        // dict bytes
        var db = df == 3 ? 4 : df;
        // dictionary id
        var di = rb(dat, bt, db);
        bt += db;
        // frame size bytes
        var fsb = fcf ? (1 << fcf) : ss;
        // frame source size
        var fss = rb(dat, bt, fsb) + ((fcf == 1) && 256);
        // window size
        var ws = fss;
        if (!ss) {
            // window descriptor
            var wb = 1 << (10 + (dat[5] >> 3));
            ws = wb + (wb >> 3) * (dat[5] & 7);
        }
        if (ws > 2145386496)
            err(1);
        var buf = new u8((w == 1 ? (fss || ws) : w ? 0 : ws) + 12);
        buf[0] = 1, buf[4] = 4, buf[8] = 8;
        return {
            b: bt + fsb,
            y: 0,
            l: 0,
            d: di,
            w: (w && w != 1) ? w : buf.subarray(12),
            e: ws,
            o: new i32(buf.buffer, 0, 3),
            u: fss,
            c: cc,
            m: Math.min(131072, ws)
        };
    }
    else if (((n3 >> 4) | (dat[3] << 20)) == 0x184D2A5) {
        // skippable
        return b4(dat, 4) + 8;
    }
    err(0);
};
// most significant bit for nonzero
var msb = function (val) {
    var bits = 0;
    for (; (1 << bits) <= val; ++bits)
        ;
    return bits - 1;
};
// read finite state entropy
var rfse = function (dat, bt, mal) {
    // table pos
    var tpos = (bt << 3) + 4;
    // accuracy log
    var al = (dat[bt] & 15) + 5;
    if (al > mal)
        err(3);
    // size
    var sz = 1 << al;
    // probabilities symbols  repeat   index   high threshold
    var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
    // optimization: single allocation is much faster
    var buf = new ab(512 + (sz << 2));
    var freq = new i16(buf, 0, 256);
    // same view as freq
    var dstate = new u16(buf, 0, 256);
    var nstate = new u16(buf, 512, sz);
    var bb1 = 512 + (sz << 1);
    var syms = new u8(buf, bb1, sz);
    var nbits = new u8(buf, bb1 + sz);
    while (sym < 255 && probs > 0) {
        var bits = msb(probs + 1);
        var cbt = tpos >> 3;
        // mask
        var msk = (1 << (bits + 1)) - 1;
        var val = ((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (tpos & 7)) & msk;
        // mask (1 fewer bit)
        var msk1fb = (1 << bits) - 1;
        // max small value
        var msv = msk - probs - 1;
        // small value
        var sval = val & msk1fb;
        if (sval < msv)
            tpos += bits, val = sval;
        else {
            tpos += bits + 1;
            if (val > msk1fb)
                val -= msv;
        }
        freq[++sym] = --val;
        if (val == -1) {
            probs += val;
            syms[--ht] = sym;
        }
        else
            probs -= val;
        if (!val) {
            do {
                // repeat byte
                var rbt = tpos >> 3;
                re = ((dat[rbt] | (dat[rbt + 1] << 8)) >> (tpos & 7)) & 3;
                tpos += 2;
                sym += re;
            } while (re == 3);
        }
    }
    if (sym > 255 || probs)
        err(0);
    var sympos = 0;
    // sym step (coprime with sz - formula from zstd source)
    var sstep = (sz >> 1) + (sz >> 3) + 3;
    // sym mask
    var smask = sz - 1;
    for (var s = 0; s <= sym; ++s) {
        var sf = freq[s];
        if (sf < 1) {
            dstate[s] = -sf;
            continue;
        }
        // This is split into two loops in zstd to avoid branching, but as JS is higher-level that is unnecessary
        for (i = 0; i < sf; ++i) {
            syms[sympos] = s;
            do {
                sympos = (sympos + sstep) & smask;
            } while (sympos >= ht);
        }
    }
    // After spreading symbols, should be zero again
    if (sympos)
        err(0);
    for (i = 0; i < sz; ++i) {
        // next state
        var ns = dstate[syms[i]]++;
        // num bits
        var nb = nbits[i] = al - msb(ns);
        nstate[i] = (ns << nb) - sz;
    }
    return [(tpos + 7) >> 3, {
            b: al,
            s: syms,
            n: nbits,
            t: nstate
        }];
};
// read huffman
var rhu = function (dat, bt) {
    //  index  weight count
    var i = 0, wc = -1;
    //    buffer             header byte
    var buf = new u8(292), hb = dat[bt];
    // huffman weights
    var hw = buf.subarray(0, 256);
    // rank count
    var rc = buf.subarray(256, 268);
    // rank index
    var ri = new u16(buf.buffer, 268);
    // NOTE: at this point bt is 1 less than expected
    if (hb < 128) {
        // end byte, fse decode table
        var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
        bt += hb;
        var epos = ebt << 3;
        // last byte
        var lb = dat[bt];
        if (!lb)
            err(0);
        //  state1   state2   state1 bits   state2 bits
        var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
        // fse pos
        // pre-increment to account for original deficit of 1
        var fpos = (++bt << 3) - 8 + msb(lb);
        for (;;) {
            fpos -= btr1;
            if (fpos < epos)
                break;
            var cbt = fpos >> 3;
            st1 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr1) - 1);
            hw[++wc] = fdt.s[st1];
            fpos -= btr2;
            if (fpos < epos)
                break;
            cbt = fpos >> 3;
            st2 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr2) - 1);
            hw[++wc] = fdt.s[st2];
            btr1 = fdt.n[st1];
            st1 = fdt.t[st1];
            btr2 = fdt.n[st2];
            st2 = fdt.t[st2];
        }
        if (++wc > 255)
            err(0);
    }
    else {
        wc = hb - 127;
        for (; i < wc; i += 2) {
            var byte = dat[++bt];
            hw[i] = byte >> 4;
            hw[i + 1] = byte & 15;
        }
        ++bt;
    }
    // weight exponential sum
    var wes = 0;
    for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        // bits must be at most 11, same as weight
        if (wt > 11)
            err(0);
        wes += wt && (1 << (wt - 1));
    }
    // max bits
    var mb = msb(wes) + 1;
    // table size
    var ts = 1 << mb;
    // remaining sum
    var rem = ts - wes;
    // must be power of 2
    if (rem & (rem - 1))
        err(0);
    hw[wc++] = msb(rem) + 1;
    for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        ++rc[hw[i] = wt && (mb + 1 - wt)];
    }
    // huf buf
    var hbuf = new u8(ts << 1);
    //    symbols                      num bits
    var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
    ri[mb] = 0;
    for (i = mb; i > 0; --i) {
        var pv = ri[i];
        fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << (mb - i)));
    }
    if (ri[0] != ts)
        err(0);
    for (i = 0; i < wc; ++i) {
        var bits = hw[i];
        if (bits) {
            var code = ri[bits];
            fill(syms, i, code, ri[bits] = code + (1 << (mb - bits)));
        }
    }
    return [bt, {
            n: nb,
            b: mb,
            s: syms
        }];
};
// Tables generated using this:
// https://gist.github.com/101arrowz/a979452d4355992cbf8f257cbffc9edd
// default literal length table
var dllt = /*#__PURE__*/ rfse(/*#__PURE__*/ new u8([
    81, 16, 99, 140, 49, 198, 24, 99, 12, 33, 196, 24, 99, 102, 102, 134, 70, 146, 4
]), 0, 6)[1];
// default match length table
var dmlt = /*#__PURE__*/ rfse(/*#__PURE__*/ new u8([
    33, 20, 196, 24, 99, 140, 33, 132, 16, 66, 8, 33, 132, 16, 66, 8, 33, 68, 68, 68, 68, 68, 68, 68, 68, 36, 9
]), 0, 6)[1];
// default offset code table
var doct = /*#__PURE__ */ rfse(/*#__PURE__*/ new u8([
    32, 132, 16, 66, 102, 70, 68, 68, 68, 68, 36, 73, 2
]), 0, 5)[1];
// bits to baseline
var b2bl = function (b, s) {
    var len = b.length, bl = new i32(len);
    for (var i = 0; i < len; ++i) {
        bl[i] = s;
        s += 1 << b[i];
    }
    return bl;
};
// literal length bits
var llb = /*#__PURE__ */ new u8(( /*#__PURE__ */new i32([
    0, 0, 0, 0, 16843009, 50528770, 134678020, 202050057, 269422093
])).buffer, 0, 36);
// literal length baseline
var llbl = /*#__PURE__ */ b2bl(llb, 0);
// match length bits
var mlb = /*#__PURE__ */ new u8(( /*#__PURE__ */new i32([
    0, 0, 0, 0, 0, 0, 0, 0, 16843009, 50528770, 117769220, 185207048, 252579084, 16
])).buffer, 0, 53);
// match length baseline
var mlbl = /*#__PURE__ */ b2bl(mlb, 3);
// decode huffman stream
var dhu = function (dat, out, hu) {
    var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
    if (!lb)
        err(0);
    var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
    for (; pos > eb && i < ss;) {
        var cbt = pos >> 3;
        var val = (dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (pos & 7);
        st = ((st << btr) | val) & msk;
        out[++i] = hu.s[st];
        pos -= (btr = hu.n[st]);
    }
    if (pos != eb || i + 1 != ss)
        err(0);
};
// decode huffman stream 4x
// TODO: use workers to parallelize
var dhu4 = function (dat, out, hu) {
    var bt = 6;
    var ss = out.length, sz1 = (ss + 3) >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
    dhu(dat.subarray(bt, bt += dat[0] | (dat[1] << 8)), out.subarray(0, sz1), hu);
    dhu(dat.subarray(bt, bt += dat[2] | (dat[3] << 8)), out.subarray(sz1, sz2), hu);
    dhu(dat.subarray(bt, bt += dat[4] | (dat[5] << 8)), out.subarray(sz2, sz3), hu);
    dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
// read Zstandard block
var rzb = function (dat, st, out) {
    var _a;
    var bt = st.b;
    //    byte 0        block type
    var b0 = dat[bt], btype = (b0 >> 1) & 3;
    st.l = b0 & 1;
    var sz = (b0 >> 3) | (dat[bt + 1] << 5) | (dat[bt + 2] << 13);
    // end byte for block
    var ebt = (bt += 3) + sz;
    if (btype == 1) {
        if (bt >= dat.length)
            return;
        st.b = bt + 1;
        if (out) {
            fill(out, dat[bt], st.y, st.y += sz);
            return out;
        }
        return fill(new u8(sz), dat[bt]);
    }
    if (ebt > dat.length)
        return;
    if (btype == 0) {
        st.b = ebt;
        if (out) {
            out.set(dat.subarray(bt, ebt), st.y);
            st.y += sz;
            return out;
        }
        return slc(dat, bt, ebt);
    }
    if (btype == 2) {
        //    byte 3        lit btype     size format
        var b3 = dat[bt], lbt = b3 & 3, sf = (b3 >> 2) & 3;
        // lit src size  lit cmp sz 4 streams
        var lss = b3 >> 4, lcs = 0, s4 = 0;
        if (lbt < 2) {
            if (sf & 1)
                lss |= (dat[++bt] << 4) | ((sf & 2) && (dat[++bt] << 12));
            else
                lss = b3 >> 3;
        }
        else {
            s4 = sf;
            if (sf < 2)
                lss |= ((dat[++bt] & 63) << 4), lcs = (dat[bt] >> 6) | (dat[++bt] << 2);
            else if (sf == 2)
                lss |= (dat[++bt] << 4) | ((dat[++bt] & 3) << 12), lcs = (dat[bt] >> 2) | (dat[++bt] << 6);
            else
                lss |= (dat[++bt] << 4) | ((dat[++bt] & 63) << 12), lcs = (dat[bt] >> 6) | (dat[++bt] << 2) | (dat[++bt] << 10);
        }
        ++bt;
        // add literals to end - can never overlap with backreferences because unused literals always appended
        var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
        // starting point for literals
        var spl = buf.length - lss;
        if (lbt == 0)
            buf.set(dat.subarray(bt, bt += lss), spl);
        else if (lbt == 1)
            fill(buf, dat[bt++], spl);
        else {
            // huffman table
            var hu = st.h;
            if (lbt == 2) {
                var hud = rhu(dat, bt);
                // subtract description length
                lcs += bt - (bt = hud[0]);
                st.h = hu = hud[1];
            }
            else if (!hu)
                err(0);
            (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
        }
        // num sequences
        var ns = dat[bt++];
        if (ns) {
            if (ns == 255)
                ns = (dat[bt++] | (dat[bt++] << 8)) + 0x7F00;
            else if (ns > 127)
                ns = ((ns - 128) << 8) | dat[bt++];
            // symbol compression modes
            var scm = dat[bt++];
            if (scm & 3)
                err(0);
            var dts = [dmlt, doct, dllt];
            for (var i = 2; i > -1; --i) {
                var md = (scm >> ((i << 1) + 2)) & 3;
                if (md == 1) {
                    // rle buf
                    var rbuf = new u8([0, 0, dat[bt++]]);
                    dts[i] = {
                        s: rbuf.subarray(2, 3),
                        n: rbuf.subarray(0, 1),
                        t: new u16(rbuf.buffer, 0, 1),
                        b: 0
                    };
                }
                else if (md == 2) {
                    // accuracy log 8 for offsets, 9 for others
                    _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
                }
                else if (md == 3) {
                    if (!st.t)
                        err(0);
                    dts[i] = st.t[i];
                }
            }
            var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
            var lb = dat[ebt - 1];
            if (!lb)
                err(0);
            var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
            var lst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << llt.b) - 1);
            cbt = (spos -= oct.b) >> 3;
            var ost = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << oct.b) - 1);
            cbt = (spos -= mlt.b) >> 3;
            var mst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mlt.b) - 1);
            for (++ns; --ns;) {
                var llc = llt.s[lst];
                var lbtr = llt.n[lst];
                var mlc = mlt.s[mst];
                var mbtr = mlt.n[mst];
                var ofc = oct.s[ost];
                var obtr = oct.n[ost];
                cbt = (spos -= ofc) >> 3;
                var ofp = 1 << ofc;
                var off = ofp + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16) | (dat[cbt + 3] << 24)) >>> (spos & 7)) & (ofp - 1));
                cbt = (spos -= mlb[mlc]) >> 3;
                var ml = mlbl[mlc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << mlb[mlc]) - 1));
                cbt = (spos -= llb[llc]) >> 3;
                var ll = llbl[llc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << llb[llc]) - 1));
                cbt = (spos -= lbtr) >> 3;
                lst = llt.t[lst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << lbtr) - 1));
                cbt = (spos -= mbtr) >> 3;
                mst = mlt.t[mst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mbtr) - 1));
                cbt = (spos -= obtr) >> 3;
                ost = oct.t[ost] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << obtr) - 1));
                if (off > 3) {
                    st.o[2] = st.o[1];
                    st.o[1] = st.o[0];
                    st.o[0] = off -= 3;
                }
                else {
                    var idx = off - (ll != 0);
                    if (idx) {
                        off = idx == 3 ? st.o[0] - 1 : st.o[idx];
                        if (idx > 1)
                            st.o[2] = st.o[1];
                        st.o[1] = st.o[0];
                        st.o[0] = off;
                    }
                    else
                        off = st.o[0];
                }
                for (var i = 0; i < ll; ++i) {
                    buf[oubt + i] = buf[spl + i];
                }
                oubt += ll, spl += ll;
                var stin = oubt - off;
                if (stin < 0) {
                    var len = -stin;
                    var bs = st.e + stin;
                    if (len > ml)
                        len = ml;
                    for (var i = 0; i < len; ++i) {
                        buf[oubt + i] = st.w[bs + i];
                    }
                    oubt += len, ml -= len, stin = 0;
                }
                for (var i = 0; i < ml; ++i) {
                    buf[oubt + i] = buf[stin + i];
                }
                oubt += ml;
            }
            if (oubt != spl) {
                while (spl < buf.length) {
                    buf[oubt++] = buf[spl++];
                }
            }
            else
                oubt = buf.length;
            if (out)
                st.y += oubt;
            else
                buf = slc(buf, 0, oubt);
        }
        else if (out) {
            st.y += lss;
            if (spl) {
                for (var i = 0; i < lss; ++i) {
                    buf[i] = buf[spl + i];
                }
            }
        }
        else if (spl)
            buf = slc(buf, spl);
        st.b = ebt;
        return buf;
    }
    err(2);
};
// concat
var cct = function (bufs, ol) {
    if (bufs.length == 1)
        return bufs[0];
    var buf = new u8(ol);
    for (var i = 0, b = 0; i < bufs.length; ++i) {
        var chk = bufs[i];
        buf.set(chk, b);
        b += chk.length;
    }
    return buf;
};
/**
 * Decompresses Zstandard data
 * @param dat The input data
 * @param buf The output buffer. If unspecified, the function will allocate
 *            exactly enough memory to fit the decompressed data. If your
 *            data has multiple frames and you know the output size, specifying
 *            it will yield better performance.
 * @returns The decompressed data
 */
function decompress(dat, buf) {
    var bufs = [], nb = +!buf;
    var bt = 0, ol = 0;
    for (; dat.length;) {
        var st = rzfh(dat, nb || buf);
        if (typeof st == 'object') {
            if (nb) {
                buf = null;
                if (st.w.length == st.u) {
                    bufs.push(buf = st.w);
                    ol += st.u;
                }
            }
            else {
                bufs.push(buf);
                st.e = 0;
            }
            for (; !st.l;) {
                var blk = rzb(dat, st, buf);
                if (!blk)
                    err(5);
                if (buf)
                    st.e = st.y;
                else {
                    bufs.push(blk);
                    ol += blk.length;
                    cpw(st.w, 0, blk.length);
                    st.w.set(blk, st.w.length - blk.length);
                }
            }
            bt = st.b + (st.c * 4);
        }
        else
            bt = st;
        dat = dat.subarray(bt);
    }
    return cct(bufs, ol);
}
/**
 * Decompressor for Zstandard streamed data
 */
var Decompress = /*#__PURE__*/ (function () {
    /**
     * Creates a Zstandard decompressor
     * @param ondata The handler for stream data
     */
    function Decompress(ondata) {
        this.ondata = ondata;
        this.c = [];
        this.l = 0;
        this.z = 0;
    }
    /**
     * Pushes data to be decompressed
     * @param chunk The chunk of data to push
     * @param final Whether or not this is the last chunk in the stream
     */
    Decompress.prototype.push = function (chunk, final) {
        if (typeof this.s == 'number') {
            var sub = Math.min(chunk.length, this.s);
            chunk = chunk.subarray(sub);
            this.s -= sub;
        }
        var sl = chunk.length;
        var ncs = sl + this.l;
        if (!this.s) {
            if (final) {
                if (!ncs) {
                    this.ondata(new u8(0), true);
                    return;
                }
                // min for frame + one block
                if (ncs < 5)
                    err(5);
            }
            else if (ncs < 18) {
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            if (this.l) {
                this.c.push(chunk);
                chunk = cct(this.c, ncs);
                this.c = [];
                this.l = 0;
            }
            if (typeof (this.s = rzfh(chunk)) == 'number')
                return this.push(chunk, final);
        }
        if (typeof this.s != 'number') {
            if (ncs < (this.z || 3)) {
                if (final)
                    err(5);
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            if (this.l) {
                this.c.push(chunk);
                chunk = cct(this.c, ncs);
                this.c = [];
                this.l = 0;
            }
            if (!this.z && ncs < (this.z = (chunk[this.s.b] & 2) ? 4 : 3 + ((chunk[this.s.b] >> 3) | (chunk[this.s.b + 1] << 5) | (chunk[this.s.b + 2] << 13)))) {
                if (final)
                    err(5);
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            else
                this.z = 0;
            for (;;) {
                var blk = rzb(chunk, this.s);
                if (!blk) {
                    if (final)
                        err(5);
                    var adc = chunk.subarray(this.s.b);
                    this.s.b = 0;
                    this.c.push(adc), this.l += adc.length;
                    return;
                }
                else {
                    this.ondata(blk, false);
                    cpw(this.s.w, 0, blk.length);
                    this.s.w.set(blk, this.s.w.length - blk.length);
                }
                if (this.s.l) {
                    var rest = chunk.subarray(this.s.b);
                    this.s = this.s.c * 4;
                    this.push(rest, final);
                    return;
                }
            }
        }
        else if (final)
            err(5);
    };
    return Decompress;
}());


;// CONCATENATED MODULE: ./src/layers/zstd.ts

/**
 * A zstd decoder where Node has none. Node 24 (what GitHub runs actions with) has zstd in zlib,
 * native and the fastest (SyncCodec); Node 20 has none, so the CLI there falls back to fzstd, a
 * pure-JavaScript decoder that bundles without a native build.
 *
 * Measured on this project's 2-core CI machine (load 9–10 from parallel builds), decoding a 144 MB
 * zstd stream of 300 MB of /usr, two runs each: Node 24 zlib 1.55 s / 0.97 s; zstd-napi 0.0.13 on
 * Node 20 1.90 s / 1.08 s; fzstd 0.1.1 on Node 20 6.15 s / 7.46 s. zstd-napi is 4–6× faster than
 * fzstd but is a native addon: its install fetches a prebuilt binary from GitHub or compiles zstd
 * with node-gyp (which downloads Node's headers), and a .node file cannot go into the portable ncc
 * bundle in dist/. So Node 20 keeps fzstd, and only zstd layers on Node < 22.15 pay for it.
 */
function fzstdDecoder() {
    let each = () => undefined;
    // What the reader of the output threw (a tar that is not one): passed on as it is.
    let failure = null;
    const decoder = new Decompress((data) => {
        try {
            each(Buffer.from(data.buffer, data.byteOffset, data.length));
        }
        catch (error) {
            failure ??= { error };
        }
    });
    const push = (input, final, to) => {
        each = to;
        try {
            // fzstd keeps what it cannot decode yet, and the caller's buffer is read into again.
            decoder.push(new Uint8Array(input), final);
        }
        catch (err) {
            throw failure ? failure.error : Object.assign(err, { code: 'ERR_ZSTD' });
        }
        if (failure)
            throw failure.error;
    };
    return {
        write: (input, to) => push(input, false, to),
        end: (to) => push(new Uint8Array(0), true, to),
        close: () => undefined,
    };
}

;// CONCATENATED MODULE: ./src/layers/scan.ts








class LayerReadError extends Error {
}
const ESTARGZ_TOC = 'stargz.index.json';
const ESTARGZ_LANDMARKS = new Set(['.prefetch.landmark', '.no.prefetch.landmark']);
function detectCompression(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    return 'none';
}
/**
 * Reads a layer blob once: decompresses it (the format is recognised from its first bytes),
 * hashes and counts it, and lists its tar members. Nothing of the file contents is kept but the
 * package databases asked for. Each chunk is done with before the next is asked for.
 */
async function scanLayer(blob, options = {}) {
    const source = blob instanceof external_node_stream_namespaceObject.Readable ? streamChunks(blob) : blob;
    const pass = new BlobPass(options);
    try {
        for (let chunk = await source.next(); chunk; chunk = await source.next())
            pass.push(chunk);
        return pass.finish();
    }
    catch (err) {
        throw pass.failure(err);
    }
    finally {
        pass.close();
        await source.close();
    }
}
/**
 * Reads a layer blob from a byte range of a file as scanLayer does, synchronously: one buffer
 * serves every read, and nothing waits on another thread. A layer-reading thread (scan-worker.ts)
 * does nothing else; the main thread does it for a few small blobs.
 */
function scanFileSync({ path, start, end }, options = {}, chunkBytes = CHUNK_BYTES) {
    const pass = new BlobPass(options, chunkBytes);
    let fd = null;
    try {
        fd = external_node_fs_namespaceObject.openSync(path, 'r');
        const input = Buffer.allocUnsafe(Math.max(1, Math.min(chunkBytes, end - start)));
        for (let position = start; position < end;) {
            const bytes = external_node_fs_namespaceObject.readSync(fd, input, 0, Math.min(input.length, end - position), position);
            if (bytes === 0)
                throw new Error(`${path} ends at byte ${position}, before the layer does`);
            position += bytes;
            pass.push(input.subarray(0, bytes));
        }
        return pass.finish();
    }
    catch (err) {
        throw pass.failure(err);
    }
    finally {
        pass.close();
        if (fd !== null)
            external_node_fs_namespaceObject.closeSync(fd);
    }
}
/**
 * One pass over a blob, fed its bytes in chunks: the format is recognised from the first one, and
 * each chunk is decompressed, hashed, counted and parsed before `push` returns, so its buffer may
 * be used again at once. The decompressor writes into one buffer of its own for the whole blob:
 * Node's zlib streams allocate one for every chunk of output (1,300 of 1 MiB for the benchmark
 * image), whose collection cost the reading thread about a fifth of its time.
 */
class BlobPass {
    options;
    outBytes;
    compression = null;
    decoder = null;
    /** For a layer stored uncompressed whose gzip size is asked for: gzip, counting its output. */
    gzip = null;
    gzipBytes = 0;
    entries = [];
    captured = [];
    parser;
    contentHash;
    blobHash;
    compressedBytes = 0;
    uncompressedBytes = 0;
    content = (chunk) => {
        this.uncompressedBytes += chunk.length;
        this.contentHash?.update(chunk);
        this.parser.push(chunk);
    };
    count = (chunk) => void (this.gzipBytes += chunk.length);
    constructor(options, outBytes = CHUNK_BYTES) {
        this.options = options;
        this.outBytes = outBytes;
        let capturedBytes = 0;
        const keep = options.capture
            ? {
                wants: (e) => e.size <= captureLimit(e.path) && capturedBytes + e.size <= CAPTURE_LAYER_LIMIT && isPackageFile(e.path),
                onContents: (e, data) => {
                    const kept = keptContents(e.path, data);
                    capturedBytes += data.length;
                    if (kept)
                        this.captured.push({ path: e.path, data: kept });
                },
            }
            : undefined;
        this.parser = new TarParser((entry) => this.entries.push(entry), keep);
        this.contentHash = (options.hash ?? 'content') === 'content' ? (0,external_node_crypto_namespaceObject.createHash)('sha256') : null;
        this.blobHash = options.hash === 'blob' ? (0,external_node_crypto_namespaceObject.createHash)('sha256') : null;
    }
    push(chunk) {
        if (this.compression === null)
            this.start(detectCompression(chunk));
        this.compressedBytes += chunk.length;
        this.blobHash?.update(chunk);
        if (this.decoder)
            this.decoder.write(chunk, this.content);
        else
            this.content(chunk);
        this.gzip?.write(chunk, this.count);
    }
    finish() {
        if (this.compression === null)
            this.start('none'); // an empty blob
        const compression = this.compression;
        this.decoder?.end(this.content);
        this.gzip?.end(this.count);
        this.parser.end();
        let entries = this.entries;
        let estargz = false;
        if (compression === 'gzip' && entries.at(-1)?.path === ESTARGZ_TOC) {
            estargz = true;
            entries = entries.filter((e) => e.path !== ESTARGZ_TOC && !ESTARGZ_LANDMARKS.has(e.path));
        }
        return {
            compression,
            estargz,
            compressedBytes: this.compressedBytes,
            uncompressedBytes: this.uncompressedBytes,
            diffId: this.contentHash ? `sha256:${this.contentHash.digest('hex')}` : '',
            ...(this.blobHash ? { blobDigest: `sha256:${this.blobHash.digest('hex')}` } : {}),
            entries,
            gzipEstimateBytes: this.gzip ? this.gzipBytes : null,
            ...(this.options.capture ? { captured: this.captured } : {}),
        };
    }
    /** What stopped the pass, as the one line a damaged layer is refused with. */
    failure(err) {
        return new LayerReadError(describeFailure(err, this.compression ?? 'none'), { cause: err });
    }
    close() {
        this.decoder?.close();
        this.gzip?.close();
    }
    start(compression) {
        this.compression = compression;
        if (compression === 'gzip')
            this.decoder = SyncCodec.create('gunzip', this.outBytes);
        // Node 24 decodes zstd natively; Node 20 has no zstd, and fzstd stands in.
        if (compression === 'zstd')
            this.decoder = SyncCodec.create('zstd', this.outBytes) ?? fzstdDecoder();
        if (compression === 'none' && this.options.estimateGzip)
            this.gzip = SyncCodec.create('gzip', this.outBytes);
    }
}
function describeFailure(err, compression) {
    if (err instanceof TarFormatError) {
        return compression === 'none' && /not a tar header at byte 0$/.test(err.message)
            ? 'it is neither a tar stream nor gzip or zstd compressed'
            : err.message;
    }
    const code = err.code;
    // Node's own zstd names its errors after libzstd's (ZSTD_error_corruption_detected, …); fzstd's are ERR_ZSTD.
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || code === 'ERR_ZSTD' || code?.startsWith('ZSTD_error_')) {
        return `its ${compression} data is corrupt or truncated (${err.message})`;
    }
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/layers/threadpool.ts



/**
 * A thread that scans layer blobs from files (scan-worker.ts), one after another, each in one
 * synchronous pass: it reads, inflates, hashes and lists, and the main thread is left to the
 * analysis. Without the bundled worker (running from source, in the tests) blobs are scanned on
 * the main thread, in the same pass.
 */
class ScanThread {
    worker;
    pending = new Map();
    nextId = 0;
    constructor(worker) {
        this.worker = worker;
        worker.on('message', (reply) => {
            const waiting = this.pending.get(reply.id);
            this.pending.delete(reply.id);
            if (!waiting)
                return;
            if ('scan' in reply)
                waiting.resolve(withBuffers(reply.scan));
            else
                waiting.reject(reply.error.layerRead ? new LayerReadError(reply.error.message) : new Error(reply.error.message));
        });
        const fail = (err) => {
            for (const waiting of this.pending.values())
                waiting.reject(err);
            this.pending.clear();
        };
        worker.on('error', fail);
        worker.on('exit', (code) => fail(new Error(`the layer-reading thread stopped (exit code ${code})`)));
    }
    /** A thread, or null when the worker's bundle is not there to run. */
    static start() {
        const file = workerFile();
        return file ? new ScanThread(new external_node_worker_threads_namespaceObject.Worker(file)) : null;
    }
    scan(range, options) {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.worker.postMessage({ id, range, options });
        });
    }
    async close() {
        this.worker.removeAllListeners('exit');
        await this.worker.terminate();
    }
}
/**
 * A scan as it left the thread. Structured cloning turns a Buffer into a plain Uint8Array: any a
 * scan carries (small files it kept, in a list of records) become Buffers again over the same bytes.
 */
function withBuffers(scan) {
    for (const value of Object.values(scan)) {
        // Lists of records whose first record holds bytes (the entries, a long list, hold none).
        if (!Array.isArray(value) || !Object.values(value[0] ?? {}).some(isBytes))
            continue;
        for (const item of value) {
            for (const [key, field] of Object.entries(item)) {
                if (isBytes(field))
                    item[key] = Buffer.from(field.buffer, field.byteOffset, field.byteLength);
            }
        }
    }
    return scan;
}
const isBytes = (v) => v instanceof Uint8Array && !Buffer.isBuffer(v);
/**
 * The bundled worker beside the bundle that runs: dist/scan-worker/ for the action (dist/index.js)
 * and the CLI (dist/cli/index.js). The names are not literals, so the bundler leaves them alone.
 */
function workerFile() {
    const candidates = ['./scan-worker/index.js', '../scan-worker/index.js'];
    for (const name of candidates) {
        const url = new URL(name, import.meta.url);
        if (url.protocol === 'file:' && (0,external_node_fs_namespaceObject.existsSync)(url))
            return url;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/layers/read.ts





/** Blob bytes to read below which they are read on the main thread (a thread takes ~30 ms to start). */
const THREAD_MIN_BYTES = 32 * 1024 * 1024;
/**
 * Layers read at once at the most, whatever the cores: the largest layer sets the pace, and the
 * others are read in its shadow by a few lanes (each a thread of its own, 10–20 MiB); Docker pulls
 * 3 blobs at once.
 */
const MAX_LANES = 4;
/**
 * Reads every layer of an image (in parallel), checking each against its diff_id, and hands each
 * layer's scan to `onLayer` as soon as it is known or read, in no particular order.
 */
async function readLayers(store, image, onLayer, options = {}) {
    const concurrency = Math.max(1, options.concurrency ?? Math.min(MAX_LANES, external_node_os_namespaceObject.availableParallelism()));
    const queue = image.layers.filter((layer) => {
        const known = options.known?.get(layer.digest ?? layer.diffId);
        if (!known || known.diffId !== layer.diffId)
            return true;
        onLayer(layer.index, known);
        return false;
    });
    // Largest first, so one big layer does not start last and leave the other cores idle.
    queue.sort((a, b) => store.size(b.file) - store.size(a.file));
    // Each lane reads its blobs in a thread of its own, which does nothing else, so the main thread is
    // free for the analysis of the layers already read. A few small blobs (a pull request's new top
    // layer) are not worth a thread's start.
    const bytes = queue.reduce((sum, layer) => sum + store.size(layer.file), 0);
    const threads = [];
    const lane = async () => {
        const thread = bytes >= THREAD_MIN_BYTES && !store.chunks ? ScanThread.start() : null;
        if (thread)
            threads.push(thread);
        for (let layer = queue.shift(); layer; layer = queue.shift()) {
            onLayer(layer.index, await readLayer(store, layer, thread));
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, lane));
    }
    finally {
        await Promise.all(threads.map((thread) => thread.close()));
    }
}
async function readLayer(store, layer, thread) {
    const name = `layer ${layer.index} (${layer.digest ?? layer.file})`;
    const hash = hashFor(layer, store);
    let scan;
    try {
        // Whether a layer is stored uncompressed (and its compressed size an estimate) follows from its
        // first bytes, never from its media type: `docker save` from the classic image store writes
        // layers uncompressed even with a manifest, and an archive can label a plain tar as gzip.
        // A registry streams its blobs; files are read in the lane's thread where it has one, else
        // here in one synchronous pass (a few small blobs: less time than the stream's turns).
        const options = { estimateGzip: true, capture: true, hash };
        if (store.chunks)
            scan = await scanLayer(store.chunks(layer.file), options);
        else {
            const range = store.range(layer.file);
            scan = thread ? await thread.scan(range, options) : scanFileSync(range, options);
        }
    }
    catch (err) {
        // Reaching a registry can fail while a layer is read: that is no damage to the image.
        if (err instanceof LayerReadError && err.cause instanceof UserError)
            throw err.cause;
        if (err instanceof LayerReadError)
            throw damaged(store, name, err.message);
        throw err;
    }
    return checkedScan(store, name, layer, scan, hash);
}
/**
 * How a layer is checked: by its blob's digest where it has a sha256 one (the compressed blob is
 * the smaller thing to hash, and it is what the manifest names), else by its diff_id; a
 * registry's blobs are checked by the registry client as they stream.
 */
function hashFor(layer, store) {
    if (store?.chunks)
        return 'none';
    return layer.digest?.startsWith('sha256:') ? 'blob' : 'content';
}
/**
 * The scan of a layer whose blob is what the manifest says (its digest) or whose content is what
 * its config says (its diff_id), as `hash` had it checked; else the one-line refusal.
 */
function checkedScan(store, name, layer, scan, hash) {
    if (hash === 'none')
        return { ...scan, diffId: layer.diffId };
    if (hash === 'blob') {
        if (scan.blobDigest !== layer.digest) {
            throw damaged(store, name, `it does not match its digest: the manifest says ${layer.digest}, its content is ${scan.blobDigest}`);
        }
        return { ...scan, diffId: layer.diffId };
    }
    if (scan.diffId !== layer.diffId) {
        throw damaged(store, name, `it does not match its diff_id: the config says ${layer.diffId}, its content is ${scan.diffId}`);
    }
    return scan;
}

;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./src/image/endpoint.ts






const STANDARD_SOCKET = '/var/run/docker.sock';
/**
 * Resolves the endpoint the way the docker CLI does: DOCKER_HOST wins; else DOCKER_CONTEXT, else
 * the config's `currentContext`, read from Docker's context store with its TLS material; else the
 * standard socket, or Docker Desktop's per-user socket when the standard one is missing.
 */
function resolveEndpoint(env = process.env) {
    const host = env.DOCKER_HOST?.trim();
    if (host)
        return fromHost(host, `DOCKER_HOST=${host}`, envTls(env), env);
    const configDir = env.DOCKER_CONFIG || external_node_path_namespaceObject.join(external_node_os_namespaceObject.homedir(), '.docker');
    const context = env.DOCKER_CONTEXT?.trim() || currentContext(configDir);
    if (context && context !== 'default')
        return fromContext(context, configDir, env);
    const desktop = external_node_path_namespaceObject.join(external_node_os_namespaceObject.homedir(), '.docker', 'run', 'docker.sock');
    const socket = !(0,external_node_fs_namespaceObject.existsSync)(STANDARD_SOCKET) && (0,external_node_fs_namespaceObject.existsSync)(desktop) ? desktop : STANDARD_SOCKET;
    return { options: { socketPath: socket }, address: `unix://${socket}` };
}
/** DOCKER_TLS_VERIFY (any value) or DOCKER_TLS: certificates from DOCKER_CERT_PATH or ~/.docker. */
function envTls(env) {
    const verify = Boolean(env.DOCKER_TLS_VERIFY);
    if (!verify && !env.DOCKER_TLS)
        return null;
    const dir = env.DOCKER_CERT_PATH || external_node_path_namespaceObject.join(external_node_os_namespaceObject.homedir(), '.docker');
    const read = (name, required) => {
        const file = external_node_path_namespaceObject.join(dir, name);
        if ((0,external_node_fs_namespaceObject.existsSync)(file))
            return (0,external_node_fs_namespaceObject.readFileSync)(file);
        if (required)
            throw new UserError(`DOCKER_TLS_VERIFY is set but ${file} is missing: set DOCKER_CERT_PATH to the folder of ca.pem, cert.pem and key.pem`);
        return undefined;
    };
    return { ca: read('ca.pem', verify), cert: read('cert.pem', false), key: read('key.pem', false), verify };
}
function fromHost(host, address, tls, env) {
    if (host.startsWith('unix://'))
        return { options: { socketPath: host.slice('unix://'.length) }, address };
    let url;
    try {
        url = new URL(host.includes('://') ? host : `tcp://${host}`);
    }
    catch {
        throw unsupported(address);
    }
    if (url.protocol === 'ssh:')
        return { options: sshOptions(url, env), address };
    if (!['tcp:', 'http:', 'https:'].includes(url.protocol) || !url.hostname)
        throw unsupported(address);
    const secure = tls !== null || url.protocol === 'https:';
    const port = Number(url.port || (secure ? 2376 : 2375));
    const options = { host: url.hostname, port, protocol: secure ? 'https' : 'http' };
    if (tls) {
        Object.assign(options, { ca: tls.ca, cert: tls.cert, key: tls.key });
        // DOCKER_TLS without DOCKER_TLS_VERIFY (or a context's SkipTLSVerify) encrypts but does not check
        // the daemon's certificate, as the docker CLI does.
        if (!tls.verify)
            options.agent = new external_node_https_namespaceObject.Agent({ rejectUnauthorized: false, cert: tls.cert, key: tls.key });
    }
    return { options, address };
}
function unsupported(address) {
    return new UserError(`${address} is not supported: use unix:///path/to/docker.sock, tcp://host:port or ssh://user@host`);
}
/**
 * ssh://[user@]host[:port], as the docker CLI runs `docker system dial-stdio` over SSH: the agent at
 * SSH_AUTH_SOCK and the user's default key (~/.ssh/id_ed25519, id_ecdsa, id_rsa) authenticate, and
 * the host's key must be in ~/.ssh/known_hosts, as ssh insists when it cannot ask.
 */
function sshOptions(url, env) {
    const home = env.HOME || external_node_os_namespaceObject.homedir();
    const keyFile = ['id_ed25519', 'id_ecdsa', 'id_rsa'].map((k) => external_node_path_namespaceObject.join(home, '.ssh', k)).find(external_node_fs_namespaceObject.existsSync);
    return {
        protocol: 'ssh',
        host: url.hostname,
        port: Number(url.port || 22),
        username: decodeURIComponent(url.username) || external_node_os_namespaceObject.userInfo().username,
        sshOptions: {
            hostVerifier: knownHost(external_node_path_namespaceObject.join(home, '.ssh', 'known_hosts'), url.hostname, Number(url.port || 22)),
            ...(env.SSH_AUTH_SOCK ? { agent: env.SSH_AUTH_SOCK } : {}),
            ...(keyFile ? { privateKey: (0,external_node_fs_namespaceObject.readFileSync)(keyFile) } : {}),
        },
    };
}
/**
 * Accepts the key the server offers only when known_hosts lists it for this host: plain names,
 * `[host]:port` for other ports, and hashed entries (`|1|salt|hash`, HMAC-SHA1 of the name).
 */
function knownHost(file, host, port) {
    const name = port === 22 ? host : `[${host}]:${port}`;
    const lines = (0,external_node_fs_namespaceObject.existsSync)(file) ? (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8').split('\n') : [];
    const matches = (pattern) => {
        if (!pattern.startsWith('|1|'))
            return pattern === name;
        const [, , salt, hash] = pattern.split('|');
        if (!salt || !hash)
            return false;
        return (0,external_node_crypto_namespaceObject.createHmac)('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash;
    };
    return (key) => lines.some((line) => {
        const [hosts, , b64] = line.trim().split(/\s+/);
        if (!hosts || !b64 || hosts.startsWith('#') || hosts.startsWith('@'))
            return false;
        return hosts.split(',').some(matches) && Buffer.from(b64, 'base64').equals(key);
    });
}
function currentContext(configDir) {
    const file = external_node_path_namespaceObject.join(configDir, 'config.json');
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8')).currentContext || undefined;
    }
    catch {
        throw new UserError(`${file} is not valid JSON: fix it, or set DOCKER_HOST`);
    }
}
/** A context of Docker's store: contexts/meta/<sha256 of name>/meta.json and contexts/tls/<same>/docker/*.pem. */
function fromContext(name, configDir, env) {
    const id = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(name).digest('hex');
    const metaFile = external_node_path_namespaceObject.join(configDir, 'contexts', 'meta', id, 'meta.json');
    if (!(0,external_node_fs_namespaceObject.existsSync)(metaFile)) {
        throw new UserError(`The docker context "${name}" does not exist in ${configDir}: run docker context use default, or create it`);
    }
    const meta = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(metaFile, 'utf8'));
    const endpoint = meta.Endpoints?.docker;
    if (!endpoint?.Host)
        throw new UserError(`The docker context "${name}" has no Docker endpoint: set its host with docker context update`);
    const tlsDir = external_node_path_namespaceObject.join(configDir, 'contexts', 'tls', id, 'docker');
    const file = (n) => ((0,external_node_fs_namespaceObject.existsSync)(external_node_path_namespaceObject.join(tlsDir, n)) ? (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_namespaceObject.join(tlsDir, n)) : undefined);
    const material = { ca: file('ca.pem'), cert: file('cert.pem'), key: file('key.pem') };
    const tls = material.ca || material.cert || endpoint.SkipTLSVerify ? { ...material, verify: !endpoint.SkipTLSVerify } : null;
    return fromHost(endpoint.Host, `context "${name}" (${endpoint.Host})`, tls, env);
}

;// CONCATENATED MODULE: ./src/image/engine.ts



/** How long the daemon may stay silent (no answer, no byte of an export) before a request fails. */
const engine_DEFAULT_TIMEOUT_SECONDS = 120;
/**
 * The two Docker Engine API calls this tool makes (inspect and export an image), through dockerode,
 * so every endpoint the docker CLI reaches works: a unix socket, tcp with or without TLS, ssh://,
 * and the current docker context.
 */
class Engine {
    endpoint;
    timeoutMs;
    docker = null;
    constructor(endpoint, timeoutMs) {
        this.endpoint = endpoint;
        this.timeoutMs = timeoutMs;
        this.address = endpoint.address;
    }
    address;
    /**
     * Connects where the docker CLI would: DOCKER_HOST, the current docker context, else the standard
     * socket (or Docker Desktop's). IMAGE_SIZE_GUARD_DOCKER_TIMEOUT sets the timeout in seconds.
     */
    static fromEnv(env = process.env) {
        const raw = env.IMAGE_SIZE_GUARD_DOCKER_TIMEOUT?.trim();
        const seconds = raw ? Number(raw) : engine_DEFAULT_TIMEOUT_SECONDS;
        if (!(seconds > 0)) {
            throw new UserError(`IMAGE_SIZE_GUARD_DOCKER_TIMEOUT=${raw} is not a number of seconds: give one such as 120`);
        }
        try {
            return new Engine(resolveEndpoint(env), seconds * 1000);
        }
        catch (err) {
            if (err instanceof UserError)
                throw err;
            throw new UserError(`Cannot use the Docker endpoint: ${err.message}`);
        }
    }
    /**
     * dockerode's modem. dockerode and what it brings (ssh2, gRPC, protobuf: most of the CLI's bundle)
     * are loaded when the daemon is first asked, so reading an archive or a registry never loads them.
     */
    async modem() {
        this.docker ??= __nccwpck_require__.e(/* import() */ 40).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9040, 23)).then(({ default: Docker }) => {
            try {
                return new Docker(this.endpoint.options);
            }
            catch (err) {
                throw new UserError(`Cannot use the Docker endpoint: ${err.message}`);
            }
        });
        return (await this.docker).modem;
    }
    /** Fails with a clear message when the image is not in the daemon. */
    async inspectImage(ref) {
        try {
            await this.request({
                path: `/images/${encodeURIComponent(ref)}/json`,
                statusCodes: { 200: true, 404: 'no such image' },
            });
        }
        catch (err) {
            if (err.statusCode === 404) {
                throw new NoSuchImage(`No image "${ref}" in the Docker daemon: build or pull it first, or give the path of an image archive`);
            }
            throw this.failure(err, `The Docker daemon could not inspect "${ref}"`);
        }
    }
    /** The image as `docker save` writes it, streamed. */
    async exportImage(ref) {
        try {
            return await this.request({
                path: `/images/${encodeURIComponent(ref)}/get`,
                isStream: true,
                statusCodes: { 200: true },
            });
        }
        catch (err) {
            throw this.failure(err, `Exporting "${ref}" from the Docker daemon failed`);
        }
    }
    /**
     * One request through dockerode's modem (which dials the socket, TLS or SSH), aborted when the
     * daemon stays silent longer than the timeout; a stream's timer restarts with every chunk.
     */
    async request(options) {
        const modem = await this.modem();
        const abort = new AbortController();
        // The stream handed on, once there is one: a timeout while it is read ends it with the reason.
        let out = null;
        const timer = setTimeout(() => {
            const reason = new engine_TimedOut();
            out?.destroy(this.failure(reason, 'Reading the export failed'));
            abort.abort(reason);
        }, this.timeoutMs);
        return new Promise((resolve, reject) => {
            withoutUrlParseWarning(() => modem.dial({ ...options, method: 'GET', abortSignal: abort.signal }, (err, data) => {
                if (err) {
                    clearTimeout(timer);
                    return reject(abort.signal.aborted ? abort.signal.reason : err);
                }
                if (!options.isStream) {
                    clearTimeout(timer);
                    return resolve(new external_node_stream_namespaceObject.PassThrough().end());
                }
                // Restarts the timer with every chunk, without putting the stream in flowing mode early.
                out = new external_node_stream_namespaceObject.Transform({
                    transform(chunk, _encoding, done) {
                        timer.refresh();
                        done(null, chunk);
                    },
                });
                (0,external_node_stream_namespaceObject.pipeline)(data, out, () => clearTimeout(timer));
                resolve(out);
            }));
        });
    }
    failure(err, what) {
        if (err instanceof UserError)
            return err;
        if (err instanceof engine_TimedOut) {
            return new UserError(`The Docker daemon at ${this.address} did not answer within ${this.timeoutMs / 1000} s: check that it is running, or raise IMAGE_SIZE_GUARD_DOCKER_TIMEOUT`);
        }
        const code = err.code;
        if (code && engine_UNREACHABLE.includes(code)) {
            return new UserError(`Cannot reach the Docker daemon at ${this.address} (${code}): start dockerd, or set DOCKER_HOST to a running daemon`);
        }
        if (code &&
            (code.startsWith('ERR_SSL') || code.includes('CERT') || code.includes('SIGNATURE') || code === 'EPROTO')) {
            return new UserError(`The TLS connection to the Docker daemon at ${this.address} failed (${code}): check DOCKER_CERT_PATH or the context's certificates`);
        }
        const level = err.level;
        if (level === 'handshake' && err.message.startsWith('Host denied')) {
            return new UserError(`Cannot reach the Docker daemon at ${this.address} over SSH: the host's key is not in ~/.ssh/known_hosts; add it (ssh-keyscan, or ssh to the host once)`);
        }
        if (level === 'client-authentication' || level === 'client-timeout' || level === 'client-socket') {
            return new UserError(`Cannot reach the Docker daemon at ${this.address} over SSH (${err.message}): check the user, the key in ~/.ssh or SSH_AUTH_SOCK`);
        }
        const json = err.json;
        const message = apiMessage(json) ?? err.message ?? String(err);
        return new UserError(`${what}: ${message.split('\n')[0]}`);
    }
}
/**
 * docker-modem parses tcp and ssh addresses with `url.parse()`, for which Node prints deprecation
 * warnings (DEP0169, and DEP0170 for ssh) on standard error; the parse happens synchronously inside
 * `dial`, so they are silenced for that call only.
 */
function withoutUrlParseWarning(dial) {
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        const code = typeof rest[0] === 'object' ? rest[0]?.code : rest[1];
        if (code === 'DEP0169' || code === 'DEP0170')
            return;
        emitWarning.call(process, warning, ...rest);
    });
    try {
        dial();
    }
    finally {
        process.emitWarning = emitWarning;
    }
}
/** The daemon answered that it has no such image (and not some other failure). */
class NoSuchImage extends UserError {
}
const engine_UNREACHABLE = ['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT'];
class engine_TimedOut extends Error {
}
function apiMessage(json) {
    if (json && typeof json === 'object' && 'message' in json)
        return String(json.message);
    if (typeof json === 'string' && json.trim()) {
        try {
            return JSON.parse(json).message ?? json.trim();
        }
        catch {
            return json.trim();
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/image/resolve.ts





const LAYER_MEDIA = /(\.image\.layer\.v1\.tar|\.image\.rootfs\.diff\.tar|\.image\.rootfs\.foreign\.diff\.tar)/;
/** Finds the image(s) in a `docker save` archive or an OCI layout, without reading any layer. */
async function resolveImages(store, options = {}) {
    if (store.has('index.json')) {
        const found = await fromOciLayout(store, options);
        if (found)
            return found;
    }
    if (store.has('manifest.json'))
        return [await fromDockerSave(store, options)];
    throw new UserError(`${store.location} is not an image: it has neither index.json (OCI layout) nor manifest.json ` +
        `(docker save); give an image reference, a docker save archive or an OCI layout`);
}
/**
 * A JSON file of the archive, parsed. Its bytes never reach a message: JSON.parse's own message
 * quotes them. A file named by its sha256 (an OCI blob, a legacy `docker save` config `<hex>.json`)
 * must have that digest: layers are checked by their blobs' digests, so the manifests and the config
 * that name them and their diff_ids are checked as well.
 */
async function readJson(store, name) {
    const bytes = await store.read(name);
    const named = /^(?:blobs\/sha256\/([a-f0-9]{64})|([a-f0-9]{64})\.json)$/.exec(name);
    if (named) {
        const actual = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex');
        if (actual !== (named[1] ?? named[2])) {
            throw damaged(store, name, `it does not match its digest: its content is sha256:${actual}`);
        }
    }
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw damaged(store, name, 'it is not valid JSON');
    }
    if (typeof doc !== 'object' || doc === null)
        throw damaged(store, name, 'it is not a JSON object or list');
    return doc;
}
/** The archive's own name for a file another of its files names, refused when it leads outside. */
function member(store, namedBy, name) {
    if (typeof name !== 'string')
        throw damaged(store, namedBy, 'a file name in it is not a string');
    const inside = nameInside(name);
    if (inside === null || store.leaves(inside))
        throw outside(store, namedBy, name);
    return inside;
}
function blobPath(digest, store, namedBy) {
    const [algorithm, hex] = typeof digest === 'string' ? digest.split(':') : [];
    if (!algorithm || !hex || !/^[a-z0-9]+$/.test(algorithm) || !/^[a-f0-9]+$/.test(hex)) {
        if (store && namedBy)
            throw damaged(store, namedBy, `${shown(digest)} is not a valid digest`);
        throw new UserError(`${shown(digest)} is not a valid digest`);
    }
    const file = `blobs/${algorithm}/${hex}`;
    if (store && namedBy && store.leaves(file))
        throw outside(store, namedBy, file);
    return file;
}
const resolve_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A descriptor as the spec has it; anything else in a damaged file is refused in one line. */
function checkDescriptor(store, namedBy, desc) {
    const ok = resolve_isObject(desc) &&
        typeof desc.digest === 'string' &&
        (desc.mediaType === undefined || typeof desc.mediaType === 'string') &&
        (desc.size === undefined || (typeof desc.size === 'number' && Number.isSafeInteger(desc.size) && desc.size >= 0)) &&
        (desc.platform === undefined ||
            (resolve_isObject(desc.platform) &&
                typeof desc.platform.os === 'string' &&
                typeof desc.platform.architecture === 'string' &&
                (desc.platform.variant === undefined || typeof desc.platform.variant === 'string'))) &&
        (desc.annotations === undefined ||
            (resolve_isObject(desc.annotations) && Object.values(desc.annotations).every((v) => typeof v === 'string')));
    if (!ok)
        throw damaged(store, namedBy, 'a descriptor in it is malformed');
    blobPath(desc.digest, store, namedBy);
    return desc;
}
function checkManifest(store, name, doc) {
    if (!resolve_isObject(doc.config) || !Array.isArray(doc.layers)) {
        throw damaged(store, name, 'the manifest has no config or no layers list');
    }
    checkDescriptor(store, name, doc.config);
    for (const layer of doc.layers)
        checkDescriptor(store, name, layer);
    return doc;
}
function checkConfig(store, name, doc) {
    const rootfs = doc.rootfs;
    const ok = resolve_isObject(rootfs) &&
        Array.isArray(rootfs.diff_ids) &&
        rootfs.diff_ids.every((d) => typeof d === 'string') &&
        (doc.history === undefined ||
            (Array.isArray(doc.history) &&
                doc.history.every((h) => resolve_isObject(h) && (h.created_by === undefined || typeof h.created_by === 'string')))) &&
        (doc.config === undefined || doc.config === null || resolve_isObject(doc.config)) &&
        ['os', 'architecture', 'variant'].every((k) => doc[k] === undefined || typeof doc[k] === 'string');
    if (!ok)
        throw damaged(store, name, 'the image config is malformed');
    return doc;
}
function isIndex(mediaType, doc) {
    return mediaType === MEDIA.ociIndex || mediaType === MEDIA.dockerList || 'manifests' in doc;
}
function isAttestation(desc) {
    return (desc.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (desc.platform?.os === 'unknown' && desc.platform.architecture === 'unknown'));
}
function hostPlatform() {
    const arch = {
        x64: 'amd64',
        arm64: 'arm64',
        arm: 'arm/v7',
        ia32: '386',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
    };
    return `linux/${arch[process.arch] ?? process.arch}`;
}
/** `linux/arm64` matches `linux/arm64/v8`; a requested variant must match exactly. */
function platformMatches(available, wanted) {
    if (available === wanted)
        return true;
    const [aos, aarch, avariant] = available.split('/');
    const [wos, warch, wvariant] = wanted.split('/');
    if (aos !== wos || aarch !== warch)
        return false;
    if (wvariant)
        return avariant === wvariant;
    return true;
}
async function fromOciLayout(store, options) {
    const index = await readJson(store, 'index.json');
    if (!Array.isArray(index.manifests) || index.manifests.length === 0) {
        throw new UserError(`${store.location}: index.json lists no image`);
    }
    const top = pickTop(index.manifests.map((d) => checkDescriptor(store, 'index.json', d)), options.ref);
    const candidates = [];
    // An index that lists itself, or a loop of them, is read once.
    const seen = new Set();
    const visit = async (desc) => {
        if (isAttestation(desc))
            return;
        const file = blobPath(desc.digest);
        // `docker save` of a multi-platform image keeps only the platforms it has locally.
        if (!store.has(file) || seen.has(file))
            return;
        seen.add(file);
        const doc = await readJson(store, file);
        if (isIndex(desc.mediaType ?? doc.mediaType, doc)) {
            if (!Array.isArray(doc.manifests))
                throw damaged(store, file, 'the index has no manifests list');
            for (const child of doc.manifests)
                await visit(checkDescriptor(store, file, child));
            return;
        }
        const manifest = checkManifest(store, file, doc);
        const configFile = blobPath(manifest.config.digest);
        if (!store.has(configFile))
            return;
        const config = checkConfig(store, configFile, await readJson(store, configFile));
        const platform = desc.platform ?? {
            os: config.os ?? 'linux',
            architecture: config.architecture ?? 'amd64',
            variant: config.variant,
        };
        candidates.push({ manifestDesc: desc, manifest, config, platform: formatPlatform(platform) });
    };
    await visit(top);
    if (candidates.length === 0) {
        if (store.has('manifest.json'))
            return null;
        throw new UserError(`${store.location}: no image manifest with its blobs was found in the layout`);
    }
    const chosen = choosePlatforms(candidates, options.platform, store.location);
    return chosen.map((c) => ({
        ref: options.ref ??
            top.annotations?.['io.containerd.image.name'] ??
            top.annotations?.['org.opencontainers.image.ref.name'] ??
            null,
        digest: top.digest,
        manifestDigest: c.manifestDesc.digest,
        platform: c.platform,
        config: c.config,
        layers: layerRefs(c.config, c.manifest.layers.map((d) => ({ ...d, file: blobPath(d.digest) })), store),
    }));
}
function pickTop(descs, ref) {
    if (ref) {
        const named = descs.find((d) => d.annotations?.['io.containerd.image.name'] === ref ||
            d.annotations?.['org.opencontainers.image.ref.name'] === ref);
        if (named)
            return named;
    }
    return descs[0];
}
function choosePlatforms(candidates, wanted, location) {
    if (wanted === 'all')
        return candidates;
    if (!wanted && candidates.length === 1)
        return candidates;
    const target = wanted ?? hostPlatform();
    const match = candidates.find((c) => platformMatches(c.platform, target));
    if (match)
        return [match];
    if (!wanted)
        return [candidates[0]];
    throw new UserError(`${location} has no image for platform ${wanted}; it has ${candidates.map((c) => shown(c.platform)).join(', ')}`);
}
async function fromDockerSave(store, options) {
    const entries = await readJson(store, 'manifest.json');
    if (!Array.isArray(entries) || entries.length === 0)
        throw new UserError(`${store.location}: manifest.json lists no image`);
    const wellFormed = entries.every((e) => resolve_isObject(e) &&
        Array.isArray(e.Layers) &&
        (e.RepoTags === undefined || e.RepoTags === null || Array.isArray(e.RepoTags)));
    if (!wellFormed)
        throw damaged(store, 'manifest.json', 'an entry has no Layers list');
    const entry = (options.ref && entries.find((e) => e.RepoTags?.includes(options.ref))) || entries[0];
    // Config and Layers are paths: each must stay inside the archive.
    const configFile = member(store, 'manifest.json', entry.Config);
    const layerFiles = entry.Layers.map((file) => member(store, 'manifest.json', file));
    if (!store.has(configFile))
        throw damaged(store, 'manifest.json', `it names ${shown(configFile)}, which is missing`);
    const config = checkConfig(store, configFile, await readJson(store, configFile));
    const platform = formatPlatform({
        os: config.os ?? 'linux',
        architecture: config.architecture ?? 'amd64',
        variant: config.variant,
    });
    if (options.platform && options.platform !== 'all' && !platformMatches(platform, options.platform)) {
        throw new UserError(`${store.location} has no image for platform ${options.platform}; it has ${shown(platform)}`);
    }
    // Newer `docker save` names layers by blob path: those blobs keep their digest (and compression).
    const descs = layerFiles.map((file) => {
        const m = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(file);
        return { file, digest: m ? `${m[1]}:${m[2]}` : null, mediaType: undefined, size: null };
    });
    const configDigest = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(configFile);
    return {
        ref: options.ref ?? (typeof entry.RepoTags?.[0] === 'string' ? entry.RepoTags[0] : null),
        digest: configDigest ? `${configDigest[1]}:${configDigest[2]}` : null,
        manifestDigest: null,
        platform,
        config,
        layers: layerRefs(config, descs, store),
    };
}
function layerRefs(config, descs, store) {
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== descs.length) {
        throw new UserError(`${store.location}: the image config lists ${diffIds.length} layers but the manifest has ${descs.length}`);
    }
    const instructions = layerInstructions(config.history ?? [], descs.length);
    return descs.map((d, index) => {
        if (d.mediaType && !LAYER_MEDIA.test(d.mediaType)) {
            throw new UserError(`${store.location}: layer ${index} has unknown media type ${shown(d.mediaType)}`);
        }
        if (!store.has(d.file))
            throw new UserError(`${store.location}: layer ${index} (${shown(d.file)}) is missing`);
        return {
            index,
            digest: d.digest,
            diffId: diffIds[index],
            mediaType: d.mediaType ?? null,
            descriptorSize: d.size,
            file: d.file,
            instruction: instructions[index] ?? null,
        };
    });
}
/**
 * The `created_by` of each history entry that made a layer (empty_layer entries make none), without
 * the build-argument values BuildKit records in front of a RUN command.
 */
function layerInstructions(history, layerCount) {
    const made = history.filter((h) => !h.empty_layer);
    if (made.length !== layerCount)
        return new Array(layerCount).fill(null);
    return made.map((h) => (typeof h.created_by === 'string' ? stripBuildArgs(h.created_by) : null));
}

;// CONCATENATED MODULE: ./src/image/store.ts





/** Links followed one after another before a name is given up as a loop. */
const MAX_LINKS = 16;
/**
 * The member a name stands for once the archive's links are followed (the name itself or a folder
 * on its way may be one); null when a link leads outside the archive or links go round.
 */
function followLinks(name, links) {
    let current = name;
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
        const parts = current.split('/');
        const at = parts.findIndex((_, i) => links.has(parts.slice(0, i + 1).join('/')));
        if (at === -1)
            return current;
        const link = parts.slice(0, at + 1).join('/');
        const { target, symbolic } = links.get(link);
        // A symbolic link is relative to its folder; a hard link names a member from the top.
        const joined = symbolic ? external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.dirname(link), target) : target;
        const inside = symbolic && external_node_path_namespaceObject.posix.isAbsolute(target) ? null : nameInside(joined);
        if (inside === null)
            return null;
        current = [inside, ...parts.slice(at + 1)].join('/');
    }
    return null;
}
class DirStore {
    location;
    files;
    escapes;
    kind = 'folder';
    constructor(location, files, 
    /** Symbolic links that point outside the folder. */
    escapes) {
        this.location = location;
        this.files = files;
        this.escapes = escapes;
    }
    static async open(dir) {
        const files = new Map();
        const escapes = new Set();
        const root = await promises_namespaceObject.realpath(dir);
        const walk = async (rel) => {
            for (const entry of await promises_namespaceObject.readdir(external_node_path_namespaceObject.join(dir, rel), { withFileTypes: true })) {
                const name = rel ? `${rel}/${entry.name}` : entry.name;
                const full = external_node_path_namespaceObject.join(dir, name);
                if (entry.isDirectory())
                    await walk(name);
                else if (entry.isFile())
                    files.set(name, { path: full, size: (await promises_namespaceObject.stat(full)).size });
                else if (entry.isSymbolicLink()) {
                    // A link is followed only to a file inside the folder; linked folders are not walked.
                    const target = await promises_namespaceObject.realpath(full).catch(() => null);
                    if (target === null)
                        continue;
                    if (target !== root && !target.startsWith(root + external_node_path_namespaceObject.sep))
                        escapes.add(name);
                    else {
                        const stat = await promises_namespaceObject.stat(target);
                        if (stat.isFile())
                            files.set(name, { path: target, size: stat.size });
                    }
                }
            }
        };
        await walk('');
        return new DirStore(dir, files, escapes);
    }
    has(name) {
        return this.files.has(name);
    }
    size(name) {
        return this.files.get(name)?.size ?? 0;
    }
    read(name) {
        return promises_namespaceObject.readFile(this.file(name).path);
    }
    range(name) {
        const file = this.file(name);
        return { path: file.path, start: 0, end: file.size };
    }
    leaves(name) {
        const parts = name.split('/');
        return parts.some((_, i) => this.escapes.has(parts.slice(0, i + 1).join('/')));
    }
    file(name) {
        const file = this.files.get(name);
        if (!file)
            throw new UserError(`${this.location} has no ${shown(name)}`);
        return file;
    }
}
/**
 * A tar archive read in place: one pass over its headers (seeking past the data) builds an index,
 * and each member is then streamed straight from its byte range. Layers are never extracted.
 */
class TarStore {
    location;
    members;
    links;
    kind = 'archive';
    constructor(location, members, 
    /** Symbolic and hard links: member name → the name it points to, as written. */
    links) {
        this.location = location;
        this.members = members;
        this.links = links;
    }
    static async open(file) {
        const members = new Map();
        const links = new Map();
        const handle = await promises_namespaceObject.open(file, 'r');
        try {
            const { size: fileSize } = await handle.stat();
            const headers = new HeaderDecoder();
            const block = Buffer.alloc(512);
            let offset = 0;
            while (offset + 512 <= fileSize) {
                await handle.read(block, 0, 512, offset);
                const header = headers.decode(block, 0, offset);
                offset += 512;
                if (header === null)
                    break;
                const end = offset + header.dataSize;
                if (end > fileSize)
                    throw new TarFormatError(`it ends inside a member at byte ${offset}`);
                if (header.meta) {
                    const data = Buffer.alloc(header.dataSize);
                    await handle.read(data, 0, data.length, offset);
                    headers.absorb(header.meta, data);
                }
                else if (header.entry.type === 'file') {
                    members.set(header.entry.path, { offset, size: header.dataSize });
                }
                else if (header.entry.type === 'symlink' || header.entry.type === 'hardlink') {
                    // `docker save` links a layer that two images share to its one copy.
                    links.set(header.entry.path, { target: header.entry.linkName, symbolic: header.entry.type === 'symlink' });
                }
                offset += paddedSize(header.dataSize);
            }
        }
        finally {
            await handle.close();
        }
        return new TarStore(file, members, links);
    }
    has(name) {
        const real = this.follow(name);
        return real !== null && this.members.has(real);
    }
    size(name) {
        const real = this.follow(name);
        return (real !== null && this.members.get(real)?.size) || 0;
    }
    async read(name) {
        const member = this.member(name);
        const handle = await promises_namespaceObject.open(this.location, 'r');
        try {
            const buf = Buffer.alloc(member.size);
            await handle.read(buf, 0, member.size, member.offset);
            return buf;
        }
        finally {
            await handle.close();
        }
    }
    range(name) {
        const member = this.member(name);
        return { path: this.location, start: member.offset, end: member.offset + member.size };
    }
    leaves(name) {
        return this.follow(name) === null;
    }
    follow(name) {
        return followLinks(name, this.links);
    }
    member(name) {
        const real = this.follow(name);
        const member = real === null ? undefined : this.members.get(real);
        if (!member)
            throw new UserError(`${this.location} has no ${shown(name)}`);
        return member;
    }
}

;// CONCATENATED MODULE: ./src/image/daemon.ts










/**
 * The JSON documents of an export (index, manifests, configs) are kept in memory up to this size;
 * a larger member, or one that does not start like JSON, is read as a layer while it streams.
 */
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
/**
 * Bytes of the export read ahead of the analysis. The daemon writes the export only while the
 * socket has room, and a socket's buffer holds a few hundred KiB: without room to run ahead, the
 * daemon waits while a chunk is inflated and the inflate waits while the daemon reads its store,
 * each in turn instead of both at once.
 */
const READ_AHEAD_BYTES = 8 * 1024 * 1024;
/**
 * Exports an image from the local daemon through the Engine API (what `docker save` does) and reads
 * it as it arrives: each layer blob is decompressed, hashed and listed while it streams past, and a
 * blob whose digest is known is let through unread. Both image stores write every blob before
 * index.json and manifest.json, so which blobs are layers is known only at the end: every blob that
 * is not JSON is read as a layer, and is reported damaged only when the image turns out to use it.
 * With the containerd image store the export holds the image's own manifest and compressed blobs,
 * so compressed sizes are exact.
 */
async function readDaemonImage(ref, options = {}) {
    const engine = options.engine ?? Engine.fromEnv();
    await engine.inspectImage(ref);
    return readExportedImage(ref, () => engine.exportImage(ref), options);
}
/** As readDaemonImage, from the export streams `open` gives (each call a new one, from the start). */
async function readExportedImage(ref, open, options = {}) {
    const location = `the Docker daemon's export of ${shown(ref)}`;
    const start = process.hrtime.bigint();
    const store = await readExport(await open(), location, options.known ?? (() => false), ref);
    const exportSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    const images = await resolveImages(store, { platform: options.platform, ref });
    const readLayers = async (image, onLayer, { known } = {}) => {
        const unknown = image.layers.filter((layer) => {
            const scan = known?.get(layer.digest ?? layer.diffId);
            if (!scan || scan.diffId !== layer.diffId)
                return true;
            onLayer(layer.index, scan);
            return false;
        });
        // A blob let through as known whose record turns out not to fit (another record version, or
        // another diff_id) is read from a second export that reads only such blobs.
        const skipped = unknown.filter((layer) => store.outcome(layer.file) === 'skipped');
        if (skipped.length > 0) {
            const wanted = new Set(skipped.map((layer) => layer.digest));
            const again = await readExport(await open(), location, (d) => !wanted.has(d), ref);
            store.adopt(again);
        }
        for (const layer of unknown)
            onLayer(layer.index, await scanOf(store, layer));
    };
    return { store, images, readLayers, exportSeconds };
}
/** A layer's scan from the export, checked against its diff_id. */
async function scanOf(store, layer) {
    const name = `layer ${layer.index} (${layer.digest ?? layer.file})`;
    const outcome = store.outcome(layer.file);
    let scan;
    if (outcome instanceof LayerReadError)
        throw damaged(store, name, outcome.message);
    if (outcome instanceof Buffer) {
        // A small layer that starts like JSON was kept whole: it is read now.
        try {
            scan = await scanLayer(external_node_stream_namespaceObject.Readable.from([outcome]), { estimateGzip: true, capture: true, hash: hashFor(layer) });
        }
        catch (err) {
            if (err instanceof LayerReadError)
                throw damaged(store, name, err.message);
            throw err;
        }
    }
    else if (outcome === 'skipped' || outcome === undefined) {
        throw new UserError(`${store.location}: ${name} is missing`);
    }
    else {
        scan = outcome;
    }
    return checkedScan(store, name, layer, scan, hashFor(layer));
}
/** Reads an export stream to its end; wraps whatever stops it in one line naming the image. */
async function readExport(stream, location, known, ref) {
    const store = new ExportStore(location);
    const ahead = new external_node_stream_namespaceObject.PassThrough({ highWaterMark: READ_AHEAD_BYTES });
    (0,external_node_stream_namespaceObject.pipeline)(stream, ahead, () => undefined); // a failure reaches the reader through `ahead`
    try {
        for await (const { entry, data } of streamMembers(ahead)) {
            if (entry.type === 'symlink' || entry.type === 'hardlink') {
                store.link(entry.path, entry.linkName, entry.type === 'symlink');
                continue;
            }
            const name = nameInside(entry.path);
            if (entry.type !== 'file' || name === null)
                continue;
            store.add(name, entry.size, await readMember(name, entry.size, data, known));
        }
    }
    catch (err) {
        if (err instanceof UserError)
            throw err;
        const reason = err instanceof TruncatedError
            ? 'it ended before the archive did: check that the daemon is still running, then try again'
            : err instanceof TarFormatError
                ? `it is not an image archive (${err.message}); try again`
                : `${err.message}; try again`;
        throw new UserError(`Exporting ${shown(ref)} from the Docker daemon failed: ${reason}`);
    }
    return store;
}
async function readMember(name, size, data, known) {
    const named = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(name);
    const digest = named ? `${named[1]}:${named[2]}` : null;
    if (digest && known(digest))
        return 'skipped';
    const head = await data.next();
    if (head === null)
        return Buffer.alloc(0);
    if (size <= MAX_DOCUMENT_BYTES && startsLikeJson(head)) {
        const parts = [Buffer.from(head)];
        for (let chunk = await data.next(); chunk; chunk = await data.next())
            parts.push(Buffer.from(chunk));
        return Buffer.concat(parts);
    }
    let first = head;
    const rest = {
        next: () => {
            const chunk = first;
            first = null;
            return chunk ? Promise.resolve(chunk) : data.next();
        },
        close: () => data.close(),
    };
    try {
        // As for a layer in an archive, whether it is compressed follows from its first bytes.
        // Checked as the layer it turns out to be is: a blob by its digest, a legacy `<id>/layer.tar`
        // (no digest in its name) by its diff_id.
        return await scanLayer(rest, { estimateGzip: true, capture: true, hash: hashFor({ digest }) });
    }
    catch (err) {
        if (err instanceof LayerReadError)
            return err;
        throw err;
    }
}
function startsLikeJson(head) {
    for (const byte of head) {
        if (byte === 0x7b || byte === 0x5b)
            return true; // { [
        if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
            return false;
    }
    return false;
}
/** The files of an export as its stream left them: documents in memory, layers as their scans. */
class ExportStore {
    location;
    kind = 'archive';
    files = new Map();
    links = new Map();
    constructor(location) {
        this.location = location;
    }
    add(name, size, outcome) {
        this.files.set(name, { size, outcome });
    }
    link(name, target, symbolic) {
        this.links.set(name, { target, symbolic });
    }
    /** Takes the layers another export of the same image read. */
    adopt(other) {
        for (const [name, file] of other.files)
            if (file.outcome !== 'skipped')
                this.files.set(name, file);
    }
    outcome(name) {
        const real = this.follow(name);
        return real === null ? undefined : this.files.get(real)?.outcome;
    }
    has(name) {
        const real = this.follow(name);
        return real !== null && this.files.has(real);
    }
    size(name) {
        const real = this.follow(name);
        return (real !== null && this.files.get(real)?.size) || 0;
    }
    async read(name) {
        const outcome = this.outcome(name);
        if (outcome instanceof Buffer)
            return outcome;
        if (outcome === undefined)
            throw new UserError(`${this.location} has no ${shown(name)}`);
        throw damaged(this, name, 'it is not a JSON document');
    }
    range(name) {
        throw new Error(`${name} of ${this.location} was read as it streamed and is not on disk`);
    }
    leaves(name) {
        return this.follow(name) === null;
    }
    follow(name) {
        return followLinks(name, this.links);
    }
}

;// CONCATENATED MODULE: ./src/image/spec.ts
/** What the user wrote for `image`: a path to an archive or layout, or an image reference. */
/** File name endings of image archives and layouts. */
const ARCHIVE_SUFFIX = /\.(tar|tgz|tar\.gz|oci)$/;
/**
 * A path, not a reference: image references never start with `/` or `.`, and a name ending like an
 * archive is taken for one even when the file is missing, so the error says so.
 */
function looksLikePath(spec) {
    return spec.startsWith('/') || spec.startsWith('.') || ARCHIVE_SUFFIX.test(spec);
}

;// CONCATENATED MODULE: ./src/image/source.ts












/** Docker Scout's prefixes: read the image from its registry only, or from the daemon only. */
const REGISTRY_PREFIX = 'registry://';
const LOCAL_PREFIX = 'local://';
/**
 * Opens what the user named: an OCI layout folder, a `docker save` or OCI layout archive, or else
 * an image reference in the local Docker daemon, else in its registry; `registry://REF` and
 * `local://REF` ask only the one.
 */
async function openSource(spec, options = {}) {
    if (spec.startsWith(REGISTRY_PREFIX))
        return openRegistry(spec.slice(REGISTRY_PREFIX.length), options);
    if (spec.startsWith(LOCAL_PREFIX))
        return openDaemon(spec.slice(LOCAL_PREFIX.length), options);
    const stat = await promises_namespaceObject.stat(spec).catch(() => null);
    // A bare name such as `web` is a folder only when that folder is an image layout: next to a
    // `web/` source folder it names the image `web` in the daemon.
    const layout = stat?.isDirectory() ? await isImageFolder(spec) : false;
    if (stat?.isDirectory() && (layout || looksLikePath(spec))) {
        if (!layout) {
            throw new UserError(`${spec} is a folder but not an image layout (it has no oci-layout, index.json or manifest.json): ` +
                `give an OCI layout folder, an image archive or an image reference`);
        }
        const store = await DirStore.open(spec);
        return { kind: 'directory', store, images: await resolveImages(store, options), dispose: async () => undefined };
    }
    if (stat?.isFile()) {
        const store = await openArchive(spec);
        return { kind: 'archive', store, images: await resolveImages(store, options), dispose: async () => undefined };
    }
    if (looksLikePath(spec)) {
        throw new UserError(`No file or folder at ${spec}: give an existing image archive, OCI layout or image reference`);
    }
    try {
        return await openDaemon(spec, options);
    }
    catch (err) {
        if (!(err instanceof NoSuchImage) || !isReference(spec))
            throw err;
        try {
            return await openRegistry(spec, options);
        }
        catch (registryErr) {
            if (!(registryErr instanceof RegistryUnavailable))
                throw registryErr;
            // Offline, or a name only ever meant for the daemon: what the daemon said is what matters.
            if (registryErr.reason === 'unreachable')
                throw err;
            // Docker Hub refuses anonymous access to a repository that does not exist, too.
            if (registryErr.reason === 'denied') {
                throw new UserError(`No image "${spec}" in the Docker daemon, and ${registryErr.fact.replace(/^The/, 'the')}: ` +
                    `build or pull it first, or log in (docker/login-action in a workflow)`);
            }
            throw new UserError(`No image "${spec}" in the Docker daemon, nor in its registry (${registryErr.fact}): build, pull or push it first`);
        }
    }
}
async function openDaemon(spec, options) {
    const daemon = await readDaemonImage(spec, { platform: options.platform, known: options.knownBlob });
    return { kind: 'daemon', ...daemon, dispose: async () => undefined };
}
/** Reads the image from its registry: manifests and configs now, layer blobs when they are read. */
async function openRegistry(text, options) {
    const store = await RegistryStore.open(parseReference(text), text);
    const images = await resolveImages(store, { ...options, ref: text });
    return { kind: 'registry', store, images, dispose: async () => undefined };
}
function isReference(spec) {
    try {
        parseReference(spec);
        return true;
    }
    catch {
        return false;
    }
}
/** An OCI layout (oci-layout, index.json) or an unpacked `docker save` (manifest.json). */
async function isImageFolder(dir) {
    for (const name of ['oci-layout', 'index.json', 'manifest.json']) {
        if ((await promises_namespaceObject.lstat(external_node_path_namespaceObject.join(dir, name)).catch(() => null))?.isFile())
            return true;
    }
    return false;
}
async function openArchive(file) {
    try {
        return await TarStore.open(file);
    }
    catch (err) {
        if (err instanceof TarFormatError) {
            throw new UserError(`${file} is not an image archive (${err.message}): give a docker save or OCI layout tar`);
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/analyze.ts




/**
 * Reads an image from wherever it is and analyses each platform asked for. Layers are read once
 * even when several platforms share them, and not at all when `knownLayers` has their record.
 */
async function analyze(source, options = {}) {
    const opened = await openSource(source, {
        platform: options.platform,
        tempDir: options.tempDir,
        knownBlob: (digest) => options.knownLayers?.has(digest) ?? false,
    });
    const read = opened.readLayers ?? ((image, onLayer, known) => readLayers(opened.store, image, onLayer, known));
    try {
        const scans = new Map();
        const records = new Map();
        const images = [];
        for (const image of opened.images) {
            for (const layer of image.layers) {
                const key = layerKey(layer);
                const record = options.knownLayers?.get(key);
                const scan = !scans.has(key) && record ? fromRecord(record, layer.diffId) : null;
                if (scan) {
                    scans.set(key, scan);
                    records.set(key, record);
                }
            }
            // Each layer is analysed as far as it can be as soon as it is read, while larger ones still are.
            const analyzer = new ImageAnalyzer(image);
            const onLayer = (index, scan) => {
                const key = layerKey(image.layers[index]);
                scans.set(key, scan);
                if (!records.has(key))
                    records.set(key, toRecord(key, scan));
                analyzer.add(index, scan);
            };
            await read(image, onLayer, { known: scans });
            images.push(analyzer.finish());
        }
        // The records in the order of the layers, the first image's first.
        const keys = new Set(opened.images.flatMap((image) => image.layers.map(layerKey)));
        return { images, layers: [...keys].map((key) => records.get(key)) };
    }
    finally {
        await opened.dispose();
    }
}
/**
 * What the analyses could not do, each note once (platforms share layers, so their notes repeat),
 * with control characters shown as `?`: a note is one line of a log.
 */
function analysisNotes(images) {
    const notes = new Set(images.flatMap((image) => image.notes ?? []));
    // eslint-disable-next-line no-control-regex -- what a log line must not hold
    return [...notes].map((note) => note.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?'));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/report/format.ts
const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];
/** Decimal units, as registries and `docker images` show sizes. */
function formatBytes(bytes) {
    const sign = bytes < 0 ? '-' : '';
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= 1000 && unit < UNITS.length - 1) {
        value /= 1000;
        unit++;
    }
    const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
    return `${sign}${value.toFixed(digits)} ${UNITS[unit]}`;
}
/** The default link speed a pull is estimated at: a modest cloud node's share. */
const DEFAULT_PULL_BANDWIDTH = 100_000_000;
/**
 * A link speed as people write it, in bits per second: `100Mbit/s`, `1 Gbit/s`, `12.5MB/s` (bytes),
 * `500kbit/s`. Null when it is none of these.
 */
function parseBandwidth(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(bit|b)(?:\/s|ps)$/i.exec(text.trim());
    if (!m)
        return null;
    const scale = { '': 1, k: 1e3, m: 1e6, g: 1e9 }[m[2].toLowerCase()];
    // `B` is bytes, `bit` or `b` bits, as network speeds are written.
    const bits = m[3] === 'B' ? 8 : 1;
    const value = Number(m[1]) * scale * bits;
    return value > 0 ? value : null;
}
/** `100 Mbit/s` */
function formatBandwidth(bitsPerSecond) {
    const [value, unit] = bitsPerSecond >= 1e9
        ? [bitsPerSecond / 1e9, 'Gbit/s']
        : bitsPerSecond >= 1e6
            ? [bitsPerSecond / 1e6, 'Mbit/s']
            : [bitsPerSecond / 1e3, 'kbit/s'];
    return `${Number(value.toFixed(1))} ${unit}`;
}
/** A short duration: `under 0.1 s`, `0.4 s`, `12 s`, `2 min 5 s`. */
function formatSeconds(seconds) {
    if (seconds < 0.1)
        return 'under 0.1 s';
    if (seconds < 10)
        return `${Number(seconds.toFixed(1))} s`;
    if (seconds < 60)
        return `${Math.round(seconds)} s`;
    const whole = Math.round(seconds);
    return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

;// CONCATENATED MODULE: ./src/thresholds/size.ts

// Decimal units are powers of 1000 and binary units powers of 1024, as dive (go-humanize) reads
// them; a bare number is bytes. Letters are matched without regard to case, so "kb" is a kB.
const size_UNITS = {
    '': 1,
    b: 1,
    k: 1e3,
    kb: 1e3,
    m: 1e6,
    mb: 1e6,
    g: 1e9,
    gb: 1e9,
    t: 1e12,
    tb: 1e12,
    ki: 1024,
    kib: 1024,
    mi: 1024 ** 2,
    mib: 1024 ** 2,
    gi: 1024 ** 3,
    gib: 1024 ** 3,
    ti: 1024 ** 4,
    tib: 1024 ** 4,
};
/** Bytes in a size like `500`, `20MB`, `1.5 GiB`; throws a UserError on anything else. */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
    const factor = m ? size_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || factor === undefined) {
        throw new UserError(`"${text}" is not a size: write a number of bytes, optionally with a unit (B, kB, MB, GB, KiB, MiB, GiB)`);
    }
    return Math.floor(Number(m[1]) * factor);
}

;// CONCATENATED MODULE: ./src/thresholds/dive-ci.ts
/**
 * dive's CI rules (`dive --ci` with a `.dive-ci` file), evaluated the way dive evaluates them, so a
 * team's existing thresholds carry over unchanged. Pure: the caller reads the file.
 */




/** dive's defaults when a rule is not configured. */
const DEFAULT_DIVE_RULES = {
    lowestEfficiency: 0.9,
    highestWastedBytes: null,
    highestUserWastedPercent: 0.1,
};
const RULES = Object.keys(DEFAULT_DIVE_RULES);
const OFF = new Set(['', 'disabled', 'off', 'false']);
/** The rules a `.dive-ci` YAML document sets, over dive's defaults. `file` names it in errors. */
function parseDiveCi(text, file) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        const reason = err.message.split('\n')[0];
        throw new UserError(`${file} is not valid YAML (${reason}): fix it or point to another dive CI file`);
    }
    const rules = { ...DEFAULT_DIVE_RULES };
    if (doc === null || doc === undefined)
        return rules;
    if (typeof doc !== 'object' || Array.isArray(doc)) {
        throw new UserError(`${file} must be a YAML mapping with a "rules:" section, as dive's .dive-ci is`);
    }
    const section = doc.rules;
    if (section === null || section === undefined)
        return rules;
    if (typeof section !== 'object' || Array.isArray(section)) {
        throw new UserError(`${file}: "rules" must be a mapping of ${RULES.join(', ')}`);
    }
    for (const [name, value] of Object.entries(section)) {
        if (!RULES.includes(name)) {
            throw new UserError(`${file}: unknown rule "${name}"; dive's rules are ${RULES.join(', ')}`);
        }
        rules[name] = ruleValue(name, value, file);
    }
    return rules;
}
function ruleValue(rule, value, file) {
    if (value === null || value === false)
        return null;
    const text = String(value).trim();
    if (OFF.has(text.toLowerCase()))
        return null;
    if (rule === 'highestWastedBytes') {
        try {
            return parseSize(text);
        }
        catch (err) {
            throw new UserError(`${file}: rule ${rule}: ${err.message}`);
        }
    }
    const ratio = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
    if (!(ratio >= 0 && ratio <= 1)) {
        throw new UserError(`${file}: rule ${rule} must be a ratio between 0 and 1 (e.g. 0.9), or "disabled"; it is "${text}"`);
    }
    return ratio;
}
const ratio = (n) => String(Math.round(n * 10000) / 10000);
const percent = (n) => `${Math.round(n * 10000) / 100}%`;
/** The result of every enabled rule, in dive's order. Equal values pass, as in dive. */
function evaluateDiveRules(dive, rules) {
    const results = [];
    const { lowestEfficiency, highestWastedBytes, highestUserWastedPercent } = rules;
    if (lowestEfficiency !== null) {
        const passed = !(lowestEfficiency > dive.efficiency);
        results.push({
            rule: 'lowestEfficiency',
            limit: lowestEfficiency,
            actual: dive.efficiency,
            passed,
            message: `image efficiency ${ratio(dive.efficiency)} ${passed ? 'meets' : 'is below'} the lowest allowed ${ratio(lowestEfficiency)}`,
        });
    }
    if (highestWastedBytes !== null) {
        const passed = !(dive.wastedBytes > highestWastedBytes);
        results.push({
            rule: 'highestWastedBytes',
            limit: highestWastedBytes,
            actual: dive.wastedBytes,
            passed,
            message: `wasted bytes ${formatBytes(dive.wastedBytes)} (${dive.wastedBytes}) ${passed ? 'within' : 'exceed'} the highest allowed ${formatBytes(highestWastedBytes)} (${highestWastedBytes})`,
        });
    }
    if (highestUserWastedPercent !== null) {
        const actual = dive.userWastedRatio;
        // A ratio over empty user layers does not exist, and what does not exist cannot exceed a limit.
        const passed = actual === null || !(actual > highestUserWastedPercent);
        results.push({
            rule: 'highestUserWastedPercent',
            limit: highestUserWastedPercent,
            actual,
            passed,
            message: actual === null
                ? 'user wasted percent not applicable: the layers above the base hold no bytes'
                : `user wasted percent ${percent(actual)} ${passed ? 'within' : 'exceeds'} the highest allowed ${percent(highestUserWastedPercent)}`,
        });
    }
    return results;
}

;// CONCATENATED MODULE: ./src/compare/packages.ts

const key = (p) => `${p.type}\u0000${p.name}`;
/** Null when either side has no package list (an older baseline, or an analysis without one). */
function comparePackages(current, baseline, top = 10) {
    if (!current.packages || !baseline.packages || !current.packageTotals || !baseline.packageTotals)
        return null;
    const before = new Map(baseline.packages.map((p) => [key(p), p]));
    const now = new Map(current.packages.map((p) => [key(p), p]));
    // Below these sizes a list that was cut may simply have left a package out.
    const floor = (list) => (list.length >= PACKAGE_LIMIT ? list.at(-1).bytes : -1);
    const beforeFloor = floor(baseline.packages);
    const nowFloor = floor(current.packages);
    const changes = [];
    for (const p of current.packages) {
        const b = before.get(key(p));
        if (!b) {
            if (p.bytes > beforeFloor)
                changes.push(change('added', p, null));
        }
        else if (b.bytes !== p.bytes || b.version !== p.version)
            changes.push(change('changed', p, b));
    }
    for (const b of baseline.packages) {
        if (!now.has(key(b)) && b.bytes > nowFloor)
            changes.push(change('removed', null, b));
    }
    changes.sort((a, b) => Math.abs(b.bytes - b.baselineBytes) - Math.abs(a.bytes - a.baselineBytes) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const types = new Set([...Object.keys(current.packageTotals), ...Object.keys(baseline.packageTotals)]);
    const totals = [...types]
        .sort((a, b) => (a === 'unowned' ? 1 : b === 'unowned' ? -1 : a < b ? -1 : 1))
        .map((type) => ({
        type,
        bytes: current.packageTotals[type] ?? 0,
        baselineBytes: baseline.packageTotals[type] ?? 0,
    }));
    return { changes: changes.slice(0, top), totals };
}
function change(status, now, before) {
    const p = (now ?? before);
    return {
        status,
        type: p.type,
        name: p.name,
        version: now?.version ?? null,
        baselineVersion: before?.version ?? null,
        bytes: now?.bytes ?? 0,
        baselineBytes: before?.bytes ?? 0,
    };
}
/**
 * How a change reads: `new`, `removed`, `from 1.2` (a new version; `show` prints the old one, escaped
 * as the caller needs), `grew` or `shrank`.
 */
function describeChange(x, show) {
    if (x.status === 'added')
        return 'new';
    if (x.status === 'removed')
        return 'removed';
    if (x.version !== x.baselineVersion)
        return `from ${x.baselineVersion ? show(x.baselineVersion) : '?'}`;
    return x.bytes > x.baselineBytes ? 'grew' : 'shrank';
}
/** The version a change shows: the old one for a removed package, else the current one. */
const shownVersion = (x) => x.status === 'removed' ? x.baselineVersion : x.version;

;// CONCATENATED MODULE: ./src/report/markdown.ts
/** A zero-width space: breaks what GitHub links after rendering, invisibly. */
const ZWSP = '&#8203;';
/**
 * Text that comes from an image (file names, instructions, labels) or from a hand-off document,
 * rendered as plain text in GitHub markdown: no HTML, no emphasis or code, no table breaks, no
 * mentions, issue links, emoji or autolinks. Markdown and HTML syntax is written as character
 * references, which the parser takes as text. Mentions, `#123`, `GH-123`, `:emoji:` and bare URLs
 * are found by GitHub in the rendered text, where those references are already decoded, so they are
 * broken by a zero-width space instead.
 */
function escapeMarkdown(text) {
    return (text
        // One pass, so the references it writes are not escaped again. A colon before a space can
        // start neither an emoji nor a URL, so it stays readable.
        .replace(/[\\`*_{}[\]<>&|~$@#]|:(?=\S)|www\.|gh-(?=\d)/gi, (c) => c.length > 1
        ? `${c.slice(0, -1)}${ZWSP}${c.slice(-1)}`
        : `&#${c.charCodeAt(0)};${'@#:'.includes(c) ? ZWSP : ''}`)
        .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
        // Other control characters would show as nothing or break the table; bidirectional overrides
        // would show the text in another order than it is.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '\ufffd'));
}
/**
 * Like `escapeMarkdown`, but a part between two backticks stays a code span (the hints' fixes name
 * commands that way). A code span shows its content as written, so only what could end it or the
 * table cell (a backtick, `|`, a line break) is refused: such a part is escaped as text instead.
 */
function escapeMarkdownKeepingCode(text) {
    const parts = text.split('`');
    if (parts.length % 2 === 0)
        return escapeMarkdown(text);
    return parts
        .map((part, i) => 
    // eslint-disable-next-line no-control-regex
    i % 2 === 1 && /^[^|\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/.test(part) && part.trim() !== ''
        ? `\`${part}\``
        : escapeMarkdown(part))
        .join('');
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts



/**
 * Shortens BuildKit's `RUN /bin/sh -c … # buildkit` to what the Dockerfile said. Build-argument
 * values are stripped here too: an instruction may come from a document written before they were
 * stripped at the source.
 */
function displayInstruction(instruction) {
    if (instruction === null)
        return '(no instruction recorded)';
    return stripBuildArgs(instruction)
        .replace(/ # buildkit$/, '')
        .replace(/^\/bin\/sh -c #\(nop\)\s+/, '')
        .replace(/^\/bin\/sh -c /, 'RUN ')
        .replace(/^RUN \/bin\/sh -c /, 'RUN ')
        .trim();
}
/** The job summary for measured images: totals, then one row per layer. */
function renderMeasurement(images) {
    const parts = ['## Image size'];
    for (const m of images) {
        const est = m.totals.compressedEstimated ? ' (estimated)' : '';
        parts.push('', `**${escapeMarkdown(m.image.ref ?? m.image.digest ?? 'image')}** · ${m.image.platform} · ` +
            `${formatBytes(m.totals.compressedBytes)} compressed${est} · ${formatBytes(m.totals.uncompressedBytes)} uncompressed · ` +
            `${m.totals.layerCount} layers · ${m.totals.fileCount} files`, '', '| # | Instruction | Compressed | Uncompressed |', '|--:|:--|--:|--:|', ...m.layers.map((l) => `| ${l.index} | ${escapeMarkdown(truncate(displayInstruction(l.instruction), 120))} | ` +
            `${formatBytes(l.compressedBytes)}${l.compressedEstimated ? '*' : ''} | ${formatBytes(l.uncompressedBytes)} |`), `| | **Total** | **${formatBytes(m.totals.compressedBytes)}** | **${formatBytes(m.totals.uncompressedBytes)}** |`);
        if (m.totals.compressedEstimated) {
            parts.push('', '\\* The source stores these layers uncompressed; the compressed size is what gzip makes of them, as a push would.');
        }
    }
    return parts.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/html/client.js
/* global document, window */
/**
 * The report's script, run in the viewer's browser. It is inlined into the page as the source text
 * of reportClient, so it must stay one self-contained function: no imports, nothing from outside
 * but the browser. Every name that comes from the image is set with textContent, never as HTML.
 */
function reportClient() {
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

;// CONCATENATED MODULE: ./src/report/html/style.ts
/** The report's styles, inlined into the page. */
const STYLE = `
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

;// CONCATENATED MODULE: ./src/report/html/tree.ts
/**
 * The final filesystem of an image as the HTML report draws it: rebuilt from the layer records by
 * the same merge the analysis uses, small files grouped so a 45,000-file image stays a few
 * thousand rectangles, and each path set against the baseline's filesystem. Pure.
 */


/** Below this many files nothing is grouped: every file gets its own rectangle. */
const UNGROUPED_FILES = 3000;
/** Otherwise a file or folder smaller than total / GROUP_DIVISOR joins its folder's group. */
const GROUP_DIVISOR = 4000;
/**
 * The regular files of the image's final filesystem, from the records of its layers; null when a
 * layer's record is missing (an old baseline may not hold every record).
 */
function finalFiles(analysis, records) {
    const layers = [];
    for (const layer of analysis.layers) {
        const record = records.get(layerKey(layer));
        const scan = record ? fromRecord(record, layer.diffId) : null;
        if (!scan)
            return null;
        layers.push(scan.entries);
    }
    return mergeLayers(layers).visible;
}
function newDir(name) {
    return { name, bytes: 0, files: 0, byLayer: new Map(), dirs: new Map(), fileList: [] };
}
function folderTree(files) {
    const root = newDir('');
    const dirs = new Map([['', root]]);
    const dirOf = (path) => {
        let dir = dirs.get(path);
        if (dir)
            return dir;
        const slash = path.lastIndexOf('/');
        const parent = dirOf(slash === -1 ? '' : path.slice(0, slash));
        dir = newDir(path.slice(slash + 1));
        parent.dirs.set(dir.name, dir);
        dirs.set(path, dir);
        return dir;
    };
    // Files of one folder mostly come one after another: the folder before is recognised without
    // cutting the path, and totals are summed per folder, then once per folder into its parent.
    let path = '\0';
    let dir = root;
    for (const f of files) {
        const slash = f.path.lastIndexOf('/');
        if (slash !== path.length || !f.path.startsWith(path)) {
            path = slash === -1 ? '' : f.path.slice(0, slash);
            dir = dirOf(path);
        }
        dir.fileList.push(f);
    }
    const sum = (d) => {
        for (const f of d.fileList) {
            d.bytes += f.size;
            d.files++;
            d.byLayer.set(f.layer, (d.byLayer.get(f.layer) ?? 0) + f.size);
        }
        for (const child of d.dirs.values()) {
            sum(child);
            d.bytes += child.bytes;
            d.files += child.files;
            for (const [layer, bytes] of child.byLayer)
                d.byLayer.set(layer, (d.byLayer.get(layer) ?? 0) + bytes);
        }
    };
    sum(root);
    return root;
}
function mainLayer(byLayer) {
    let best = -1;
    let most = -1;
    for (const [layer, bytes] of byLayer) {
        if (bytes > most || (bytes === most && layer > best))
            [best, most] = [layer, bytes];
    }
    return best;
}
/** Sizes by path (files and folders, relative, no leading slash) of a filesystem. */
function sizesByPath(files) {
    const sizes = new Map();
    for (const f of files) {
        sizes.set(f.path, f.size);
        for (let slash = f.path.indexOf('/'); slash !== -1; slash = f.path.indexOf('/', slash + 1)) {
            const dir = f.path.slice(0, slash);
            sizes.set(dir, (sizes.get(dir) ?? 0) + f.size);
        }
    }
    return sizes;
}
/** The tree to draw, grouped; with `baseline`, each node carries the baseline's bytes at its path. */
function treeData(files, baseline) {
    const root = folderTree(files);
    const threshold = root.files <= UNGROUPED_FILES ? 0 : root.bytes / GROUP_DIVISOR;
    const baseSizes = baseline ? sizesByPath(baseline) : null;
    const out = {
        name: [],
        parent: [],
        bytes: [],
        files: [],
        layer: [],
        kind: '',
        members: [],
        groupedBelow: threshold,
    };
    const kinds = [];
    const base = [];
    const push = (name, parent, kind, bytes, count, layer) => {
        out.name.push(name);
        out.parent.push(parent);
        out.bytes.push(bytes);
        out.files.push(count);
        out.layer.push(layer);
        kinds.push(kind);
        return out.name.length - 1;
    };
    const baseOf = (path) => baseSizes?.get(path) ?? -1;
    const visit = (dir, path, parent) => {
        const index = push(dir.name, parent, 'd', dir.bytes, dir.files, mainLayer(dir.byLayer));
        base.push(path === '' ? (baseline ? baselineTotal(baseline) : -1) : baseOf(path));
        const prefix = path === '' ? '' : `${path}/`;
        const big = [];
        const small = [];
        for (const d of dir.dirs.values())
            (d.bytes >= threshold ? big : small).push(d);
        for (const f of dir.fileList)
            (f.size >= threshold ? big : small).push(f);
        // A group of one is no group: it is drawn as itself.
        if (small.length === 1)
            big.push(small.pop());
        big.sort((a, b) => sizeOf(b) - sizeOf(a) || nameOf(a).localeCompare(nameOf(b)));
        for (const child of big) {
            if ('fileList' in child)
                visit(child, prefix + child.name, index);
            else {
                push(nameOf(child), index, 'f', child.size, 1, child.layer);
                base.push(baseOf(child.path));
            }
        }
        if (small.length === 0)
            return;
        const paths = [];
        const byLayer = new Map();
        let bytes = 0;
        let count = 0;
        let before = 0;
        let existed = false;
        const addFile = (f) => {
            paths.push(f.path.slice(prefix.length));
            byLayer.set(f.layer, (byLayer.get(f.layer) ?? 0) + f.size);
            bytes += f.size;
            count++;
            const was = baseSizes?.get(f.path);
            if (was !== undefined) {
                before += was;
                existed = true;
            }
        };
        const addDir = (d) => {
            d.fileList.forEach(addFile);
            d.dirs.forEach(addDir);
        };
        for (const child of small) {
            if ('fileList' in child)
                addDir(child);
            else
                addFile(child);
        }
        const group = push('', index, 'g', bytes, count, mainLayer(byLayer));
        base.push(existed ? before : -1);
        out.members.push([group, paths]);
    };
    visit(root, '', -1);
    out.kind = kinds.join('');
    if (baseline)
        out.base = base;
    return out;
}
function baselineTotal(files) {
    return files.reduce((n, f) => n + f.size, 0);
}
const sizeOf = (x) => ('fileList' in x ? x.bytes : x.size);
const nameOf = (x) => ('fileList' in x ? x.name : x.path.slice(x.path.lastIndexOf('/') + 1));
/** Baseline paths the image no longer has: the highest gone folder, not each file in it. */
function tree_removedPaths(files, baseline, limit = 100) {
    const now = sizesByPath(files);
    const gone = new Map();
    for (const f of baseline) {
        if (now.has(f.path))
            continue;
        // The highest folder of the path that is gone altogether, else the file itself.
        let key = f.path;
        for (let slash = f.path.indexOf('/'); slash !== -1; slash = f.path.indexOf('/', slash + 1)) {
            const dir = f.path.slice(0, slash);
            if (!now.has(dir)) {
                key = dir;
                break;
            }
        }
        const entry = gone.get(key);
        if (entry) {
            entry.bytes += f.size;
            entry.files++;
        }
        else
            gone.set(key, { path: `/${key}`, bytes: f.size, files: 1 });
    }
    return [...gone.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, limit);
}

;// CONCATENATED MODULE: ./src/report/html/render.ts
/**
 * The HTML report: one self-contained page (styles, script and data inline, nothing fetched when
 * it is viewed) with a treemap of the final filesystem, the layers, the waste and, with a baseline,
 * what changed. Pure: from the analysis and the layer records to a string.
 */






/** The part of a baseline document the report compares with. */
function htmlBaseline(document) {
    return {
        images: document.platforms.map((p) => p.analysis),
        records: knownLayers(document),
        commit: document.origin.commit || null,
    };
}
/** Package changes the page lists against the baseline; the comment lists the 10 largest. */
const HTML_PACKAGE_CHANGES = 50;
function packageData(analysis, before) {
    if (!analysis.packages || !analysis.packageTotals)
        return null;
    const compared = before ? comparePackages(analysis, before, HTML_PACKAGE_CHANGES) : null;
    const { unowned, ...types } = analysis.packageTotals;
    const totals = compared
        ? compared.totals
        : [...Object.entries(types).sort(([a], [b]) => (a < b ? -1 : 1)), ['unowned', unowned]].map(([type, bytes]) => ({
            type,
            bytes: bytes ?? 0,
            baselineBytes: null,
        }));
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
function reportData(input) {
    const records = new Map(input.records.map((r) => [r.digest, r]));
    const platforms = input.images.map((analysis) => {
        const before = input.baseline?.images.find((b) => b.image.platform === analysis.image.platform) ?? null;
        const files = finalFiles(analysis, records);
        const baseFiles = before && input.baseline ? finalFiles(before, input.baseline.records) : null;
        let note = null;
        if (!files)
            note = 'The layer records of this image are missing: no file tree to draw.';
        else if (before && !baseFiles)
            note = 'The baseline does not hold every layer record: files are not compared.';
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
            removed: files && baseFiles ? tree_removedPaths(files, baseFiles) : [],
            baseline: before
                ? { totals: before.totals, diffIds: before.layers.map((l) => l.diffId), commit: input.baseline.commit }
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
function scriptSafeJson(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function renderHtmlReport(input) {
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

;// CONCATENATED MODULE: ./src/baseline/image.ts
/**
 * A baseline from a published image (`baseline-image`, `compare --baseline-image`) instead of a
 * stored artifact: the image is read from its registry (nothing pulled) and measured like any other,
 * and the measurement serves as the baseline document. The tag `semver` (or `semver-pre`) stands for
 * the highest semantic-version tag of the repository, found with the tags list API.
 */





/** The tags that stand for the highest semantic-version tag: releases only, or pre-releases too. */
const SEMVER_TAG = 'semver';
const SEMVER_PRE_TAG = 'semver-pre';
/** `1.2.3`, `v1.2.3`, `1.2.3-rc.1` (SemVer 2.0; Docker tags cannot hold build metadata's `+`). */
function parseSemver(tag) {
    const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/.exec(tag);
    if (!m)
        return null;
    return { numbers: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split('.') : [] };
}
/** SemVer 2.0 precedence: negative when a is lower than b. */
function compareSemver(a, b) {
    for (let i = 0; i < 3; i++)
        if (a.numbers[i] !== b.numbers[i])
            return a.numbers[i] - b.numbers[i];
    if (a.pre.length === 0 || b.pre.length === 0)
        return b.pre.length - a.pre.length;
    for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
        const x = a.pre[i];
        const y = b.pre[i];
        const nx = /^\d+$/.test(x);
        const ny = /^\d+$/.test(y);
        if (nx && ny && Number(x) !== Number(y))
            return Number(x) - Number(y);
        if (nx !== ny)
            return nx ? -1 : 1;
        if (!nx && x !== y)
            return x < y ? -1 : 1;
    }
    return a.pre.length - b.pre.length;
}
/**
 * The highest semantic-version tag; pre-releases only when asked. Between `v1.2.3` and `1.2.3` (the
 * same version) the one without the prefix wins, so the choice does not depend on the tags' order.
 */
function highestSemverTag(tags, prerelease = false) {
    let best = null;
    for (const tag of tags) {
        const version = parseSemver(tag);
        if (!version || (version.pre.length > 0 && !prerelease))
            continue;
        const order = best ? compareSemver(version, best.version) : 1;
        if (order > 0 || (order === 0 && best.tag.startsWith('v') && !tag.startsWith('v')))
            best = { tag, version };
    }
    return best?.tag ?? null;
}
/** The reference to read: as given, or with `semver` / `semver-pre` replaced by the tag they stand for. */
async function resolveBaselineImage(text, env = process.env) {
    const ref = parseReference(text.replace(/^registry:\/\//, ''));
    if (ref.digest || (ref.tag !== SEMVER_TAG && ref.tag !== SEMVER_PRE_TAG))
        return ref;
    const client = await RegistryClient.open(ref, env);
    const tags = await client.listTags();
    const tag = highestSemverTag(tags, ref.tag === SEMVER_PRE_TAG);
    if (!tag) {
        const kind = ref.tag === SEMVER_PRE_TAG ? 'semantic-version' : 'semantic-version release';
        throw new UserError(`${client.name} has no ${kind} tag (such as 1.2.3 or v1.2.3) among its ${tags.length} tags: ` +
            'push one, or name the baseline image with a tag such as :latest');
    }
    return reference(ref.registry, ref.repository, tag, null);
}
/** Reads and measures the published image; fails in one line when it cannot be read. */
async function loadBaselineImage(text, options = {}) {
    const ref = await resolveBaselineImage(text, options.env);
    const result = await analyze(`registry://${ref.toString()}`, { platform: options.platform });
    const first = result.images[0];
    const digest = ref.digest ?? first.image.digest ?? '';
    const named = `${ref.toString()}${ref.digest || !digest ? '' : `@${digest}`}`;
    const document = buildBaseline({
        key: options.key ?? 'baseline-image',
        // The comparison names its baseline by this: the image and its digest, not a commit.
        origin: {
            repository: ref.repository,
            commit: named,
            ref: ref.toString(),
            runId: null,
            time: new Date().toISOString(),
        },
        analysis: result,
        build: null,
        historyLimit: DEFAULT_HISTORY,
        previous: null,
    });
    return { reference: ref.toString(), digest, result, document };
}

;// CONCATENATED MODULE: ./src/dockerfile/match.ts

/**
 * An instruction reduced to what stays the same between builds of the same Dockerfile line:
 * BuildKit's `/bin/sh -c` and `# buildkit`, the `|2 A=1 B=2` build-argument prefix (all three gone
 * in displayInstruction) and `--flag` options removed, whitespace collapsed.
 */
function normaliseInstruction(instruction) {
    if (instruction === null)
        return '';
    let text = displayInstruction(instruction).replace(/\s+/g, ' ').trim();
    text = text.replace(/^RUN \/bin\/sh -c /, 'RUN ');
    const m = /^([A-Z]+) (.*)$/.exec(text);
    if (!m)
        return text;
    return `${m[1]} ${stripFlags(m[2])}`;
}
function stripFlags(args) {
    return args.replace(/^(?:--[a-z-]+(?:=\S*)?\s+)*/i, '');
}
const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);
function dockerfileText(i) {
    return `${i.keyword} ${stripFlags(i.args)}`;
}
/**
 * The Dockerfile line (1-based) of each layer's instruction, or null when it is not in the final
 * stage (base image layers) or cannot be told. Matching walks both lists from the top, so a
 * repeated instruction maps to the right one of its copies.
 */
function matchLayerLines(instructions, dockerfile) {
    const stage = dockerfile.stages.at(-1);
    const result = instructions.map(() => null);
    if (!stage)
        return result;
    const candidates = stage.instructions.filter((i) => LAYER_KEYWORDS.has(i.keyword)).reverse();
    let next = 0;
    for (let layer = instructions.length - 1; layer >= 0 && next < candidates.length; layer--) {
        const wanted = normaliseInstruction(instructions[layer] ?? null);
        if (!wanted)
            continue;
        const found = candidates.findIndex((c, k) => k >= next && sameInstruction(dockerfileText(c), wanted));
        if (found >= 0) {
            result[layer] = candidates[found].line;
            next = found + 1;
        }
    }
    return result;
}
function sameInstruction(fromDockerfile, fromHistory) {
    if (fromDockerfile === fromHistory)
        return true;
    // History keeps the instruction after variable expansion; compare up to the first variable.
    const dollar = fromDockerfile.indexOf('$');
    if (dollar > 4)
        return fromHistory.startsWith(fromDockerfile.slice(0, dollar));
    return false;
}

;// CONCATENATED MODULE: ./src/dockerfile/parse.ts
function parseDockerfile(text) {
    const lines = text.split(/\r?\n/);
    const escapeMatch = /^#\s*escape\s*=\s*([`\\])\s*$/im.exec(lines.slice(0, 5).join('\n'));
    const escape = escapeMatch?.[1] ?? '\\';
    const stages = [];
    const globalArgs = {};
    for (let i = 0; i < lines.length; i++) {
        const first = lines[i];
        if (/^\s*(#|$)/.test(first))
            continue;
        const start = i;
        let joined = first;
        while (joined.trimEnd().endsWith(escape) && i + 1 < lines.length) {
            joined = joined.trimEnd().slice(0, -1);
            i++;
            // Comment lines inside a continued instruction are dropped, as BuildKit does.
            while (i < lines.length && /^\s*#/.test(lines[i]))
                i++;
            joined += ` ${lines[i] ?? ''}`;
        }
        const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(joined);
        if (!m)
            continue;
        const keyword = m[1].toUpperCase();
        const args = m[2].replace(/\s+/g, ' ').trim();
        const heredoc = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(args);
        if (heredoc && (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD')) {
            while (i + 1 < lines.length && lines[i + 1].trim() !== heredoc[1])
                i++;
            i++;
        }
        if (keyword === 'FROM') {
            const fm = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(args);
            stages.push({ from: fm?.[1] ?? args, name: fm?.[2] ?? null, line: start + 1, instructions: [] });
            continue;
        }
        const stage = stages.at(-1);
        if (!stage) {
            if (keyword === 'ARG') {
                const am = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(args);
                if (am)
                    globalArgs[am[1]] = (am[2] ?? '').replace(/^["']|["']$/g, '');
            }
            continue;
        }
        stage.instructions.push({ keyword, args, line: start + 1, stage: stages.length - 1 });
    }
    return { stages, globalArgs };
}
/** `${NAME}`, `$NAME` and `${NAME:-default}` replaced with the global build arguments. */
function expandArgs(text, args) {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (all, a, def, b) => {
        const name = (a ?? b);
        return args[name] || def || (name in args ? '' : all);
    });
}

;// CONCATENATED MODULE: ./src/hints/find.ts


/** Size hints below this are noise next to the image's total. */
const MIN_HINT_BYTES = 100_000;
/** A build context above this is usually something that should be in .dockerignore. */
const LARGE_CONTEXT_BYTES = 50_000_000;
const CACHE_FIX = {
    'apt-lists': 'end the same RUN with `rm -rf /var/lib/apt/lists/*`, or use `RUN --mount=type=cache,target=/var/lib/apt`',
    'apt-archives': 'run `apt-get clean` in the same RUN, or use `RUN --mount=type=cache,target=/var/cache/apt`',
    apk: 'use `apk add --no-cache`',
    npm: 'run `npm cache clean --force` in the same RUN, or use `RUN --mount=type=cache,target=/root/.npm`',
    yarn: 'run `yarn cache clean` in the same RUN, or use a BuildKit cache mount for the yarn cache',
    pnpm: 'prune the pnpm store in the same RUN, or use a BuildKit cache mount for it',
    pip: 'use `pip install --no-cache-dir`, or `RUN --mount=type=cache,target=/root/.cache/pip`',
    'go-build': 'build in an earlier stage, or use `RUN --mount=type=cache,target=/root/.cache/go-build`',
    maven: 'build in an earlier stage, or use `RUN --mount=type=cache,target=/root/.m2`',
    gradle: 'build in an earlier stage, or use `RUN --mount=type=cache,target=/root/.gradle`',
    other: 'delete the cache in the same RUN that fills it, or use a BuildKit cache mount',
};
const TOOLCHAIN_NAME = {
    compiler: 'A compiler',
    headers: 'Development headers',
    jdk: 'A JDK',
    'build-tools': 'Build tools',
};
const INSTALL = /\b(npm (ci|install|i)\b|yarn( install)?\s*($|&&|--)|pnpm (install|i)\b|pip3? install -r|poetry install|bundle install|go mod download|mvn\b.*dependency|composer install|cargo (fetch|build))/;
/** The hints for one image: pure, from the analysis facts and, when given, the Dockerfile. */
function findHints(analysis, context = {}) {
    const dockerfile = context.dockerfile ? parseDockerfile(context.dockerfile) : null;
    const lines = dockerfile
        ? matchLayerLines(analysis.layers.map((l) => l.instruction), dockerfile)
        : analysis.layers.map(() => null);
    const lineOf = (layer) => (layer === null ? null : (lines[layer] ?? null));
    const hints = [
        ...cacheHints(analysis.facts, lineOf, (layer) => analysis.layers[layer]?.instruction ?? null),
        ...removedHints(analysis.facts, lineOf),
        ...toolchainHints(analysis.facts, lineOf),
    ];
    if (analysis.facts.runsAsRoot) {
        hints.push({
            kind: 'root-user',
            key: 'root-user',
            title: `The image runs as root${analysis.facts.user ? ` (USER ${analysis.facts.user})` : ' (no USER set)'}`,
            fix: 'add a `USER` instruction with an unprivileged user at the end of the final stage',
            layer: null,
            line: dockerfile ? userLine(dockerfile) : null,
            bytes: 0,
        });
    }
    if (dockerfile)
        hints.push(...baseImageHints(dockerfile), ...copyBeforeInstallHints(dockerfile, lines));
    const contextBytes = context.build?.contextBytes ?? null;
    if (contextBytes !== null && contextBytes > LARGE_CONTEXT_BYTES) {
        hints.push({
            kind: 'large-context',
            key: 'large-context',
            title: `The build context sent to BuildKit is ${contextBytes} bytes`,
            fix: 'list what the build does not need (.git, node_modules, build output) in `.dockerignore`',
            layer: null,
            line: null,
            bytes: 0,
        });
    }
    if (context.hasDockerignore === false) {
        hints.push({
            kind: 'no-dockerignore',
            key: 'no-dockerignore',
            title: 'The build context has no `.dockerignore`',
            fix: 'add a `.dockerignore` so `COPY .` cannot take .git, secrets or local build output into the image',
            layer: null,
            line: null,
            bytes: 0,
        });
    }
    return hints.sort((a, b) => b.bytes - a.bytes);
}
function cacheHints(facts, lineOf, instructionOf) {
    const groups = new Map();
    for (const c of facts.packageCaches) {
        const id = `${c.kind}@${c.layer}`;
        const g = groups.get(id);
        if (g)
            g.bytes += c.bytes;
        else
            groups.set(id, { ...c });
    }
    return [...groups.values()]
        .filter((g) => g.bytes >= MIN_HINT_BYTES)
        .map((g) => ({
        kind: 'package-cache',
        // Keyed by the instruction that left it: a base image's apt lists must not hide the same
        // lists newly left by a RUN of this Dockerfile. Layer indexes would shift with every new layer.
        key: `package-cache:${g.kind}:${g.path}@${instructionKey(instructionOf(g.layer), g.layer)}`,
        title: `Package-manager cache ${g.path} left in layer ${g.layer}`,
        fix: CACHE_FIX[g.kind],
        layer: g.layer,
        line: lineOf(g.layer),
        bytes: g.bytes,
    }));
}
/** The instruction without BuildKit's `# buildkit` suffix and spacing; a layer without one, by index. */
function instructionKey(instruction, layer) {
    if (!instruction)
        return `layer ${layer}`;
    return instruction
        .replace(/\s*#\s*buildkit\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
}
function removedHints(facts, lineOf) {
    const groups = new Map();
    for (const r of facts.removedLater) {
        const g = groups.get(r.layer);
        if (!g)
            groups.set(r.layer, { bytes: r.bytes, count: 1, largest: r });
        else {
            g.bytes += r.bytes;
            g.count++;
            if (r.bytes > g.largest.bytes)
                g.largest = r;
        }
    }
    return [...groups.entries()]
        .filter(([, g]) => g.bytes >= MIN_HINT_BYTES)
        .map(([layer, g]) => {
        const others = g.count > 1 ? ` and ${g.count - 1} more` : '';
        return {
            kind: 'removed-later',
            key: `removed-later:${g.largest.path}`,
            title: `${g.largest.path}${others} stored in layer ${layer} but ${g.largest.how} in layer ${g.largest.removedIn}: still shipped`,
            fix: 'delete files in the same RUN that creates them, or build them in an earlier stage and copy only the result',
            layer,
            line: lineOf(layer),
            bytes: g.bytes,
        };
    });
}
function toolchainHints(facts, lineOf) {
    const groups = new Map();
    for (const t of facts.toolchains) {
        const g = groups.get(t.kind);
        if (!g)
            groups.set(t.kind, { bytes: t.bytes, layer: t.layer, path: t.path, package: t.package });
        else
            g.bytes += t.bytes;
    }
    return [...groups.entries()]
        .filter(([, g]) => g.bytes >= MIN_HINT_BYTES)
        .map(([kind, g]) => ({
        kind: kind === 'jdk' ? 'jdk' : 'toolchain',
        key: `toolchain:${kind}`,
        title: `${TOOLCHAIN_NAME[kind]} (${g.path}${g.package ? `, from ${g.package}` : ''}) is in the final image`,
        fix: kind === 'jdk'
            ? 'run on a JRE (or a jlink runtime); keep the JDK in the build stage'
            : g.path.includes('/node_modules/')
                ? // A compiler in node_modules is a dev dependency: the final stage wants the production ones only.
                    'install dev dependencies in the build stage only; give the final stage the `node_modules` of `npm ci --omit=dev`'
                : 'use a multi-stage build: compile in a build stage and copy only the result into the final one',
        layer: g.layer,
        line: lineOf(g.layer),
        bytes: g.bytes,
    }));
}
function baseImageHints(dockerfile) {
    const stageNames = new Set(dockerfile.stages.map((s) => s.name?.toLowerCase()).filter(Boolean));
    const hints = [];
    for (const stage of dockerfile.stages) {
        const from = expandArgs(stage.from, dockerfile.globalArgs);
        if (stageNames.has(from.toLowerCase()) || from === 'scratch' || from.includes('$') || from.includes('@sha256:'))
            continue;
        const lastSegment = from.slice(from.lastIndexOf('/') + 1);
        const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : null;
        const latest = tag === null || tag === 'latest';
        hints.push({
            kind: latest ? 'base-latest' : 'base-no-digest',
            key: `base:${from}`,
            title: latest
                ? `Base image ${from} is taken by the tag latest: it changes under you`
                : `Base image ${from} is not pinned by digest`,
            fix: latest
                ? 'name a version tag and pin its digest: `FROM image:1.2@sha256:…`'
                : 'pin the digest (`FROM image:tag@sha256:…`) and let a bot such as Dependabot update it',
            layer: null,
            line: stage.line,
            bytes: 0,
        });
    }
    return hints;
}
function copyBeforeInstallHints(dockerfile, lines) {
    const hints = [];
    for (const stage of dockerfile.stages) {
        const copyAll = stage.instructions.find((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && /^(?:--\S+\s+)*\.\/?\s+\S+$/.test(i.args));
        if (!copyAll)
            continue;
        const install = stage.instructions.find((i) => i.keyword === 'RUN' && i.line > copyAll.line && INSTALL.test(i.args));
        if (!install)
            continue;
        const layer = lines.indexOf(install.line);
        hints.push({
            kind: 'copy-before-install',
            key: `copy-before-install:${stage.line}`,
            title: `The whole build context is copied before the dependency install on line ${install.line}: every source change reinstalls the dependencies`,
            fix: 'copy only the dependency manifests (package.json and lock file, requirements.txt, go.mod …), install, then copy the rest',
            layer: layer >= 0 ? layer : null,
            line: copyAll.line,
            // The image gets no smaller: the gain is in build time and in what each push uploads.
            bytes: 0,
        });
    }
    return hints;
}
/** The final stage's last USER line, where a root user would be set; null when there is none. */
function userLine(dockerfile) {
    const users = dockerfile.stages.at(-1)?.instructions.filter((i) => i.keyword === 'USER') ?? [];
    return users.at(-1)?.line ?? null;
}

;// CONCATENATED MODULE: ./src/compare/compare.ts




/**
 * Hints read from the image itself, which the baseline's image can be checked for too. The others
 * come from the Dockerfile or the build context, which the baseline does not keep: never called new.
 */
const FROM_IMAGE = new Set(['package-cache', 'removed-later', 'toolchain', 'jdk', 'root-user']);
/**
 * Hints whose fix is to change the RUN that made the layer. In a base image's layers there is no
 * such RUN in this Dockerfile, so they are left out; a toolchain or a JDK in the final image is
 * still worth a multi-stage build wherever it came from.
 */
const FIXED_IN_ITS_LAYER = new Set(['package-cache', 'removed-later']);
function delta(current, baseline) {
    if (baseline === null || baseline === undefined)
        return { current, baseline: null, delta: null, percent: null };
    const d = current - baseline;
    return { current, baseline, delta: d, percent: baseline === 0 ? null : (d / baseline) * 100 };
}
/**
 * This build against the baseline, platform by platform. Pure: everything it knows comes in
 * through its parameters. `baseline` is null (or empty) when there is none.
 */
function compare(current, build, baseline, options = {}) {
    const dockerfile = options.dockerfile ? parseDockerfile(options.dockerfile) : null;
    const platforms = current.map((image) => {
        const base = baseline?.find((b) => b.analysis.image.platform === image.image.platform) ?? null;
        const lines = dockerfile
            ? matchLayerLines(image.layers.map((l) => l.instruction), dockerfile)
            : image.layers.map(() => null);
        return comparePlatform(image, base, lines, build, options);
    });
    const withBaseline = baseline?.find((b) => current.some((c) => c.image.platform === b.analysis.image.platform));
    const first = current[0];
    const history = [...(withBaseline?.history ?? [])];
    if (first) {
        history.push({
            time: options.time ?? new Date(0).toISOString(),
            commit: options.commit ?? '',
            compressed: first.totals.compressedBytes,
            uncompressed: first.totals.uncompressedBytes,
            wasted: first.dive.wastedBytes,
        });
    }
    let noBaselineReason = null;
    if (!withBaseline) {
        noBaselineReason =
            options.noBaselineReason ??
                (baseline && baseline.length > 0
                    ? `The baseline has other platforms (${baseline.map((b) => b.analysis.image.platform).join(', ')})`
                    : 'No baseline yet: the first run of the default branch will record one');
    }
    return {
        platforms,
        build: compareBuild(build, withBaseline?.build ?? null),
        baselineCommit: withBaseline?.commit ?? null,
        history,
        noBaselineReason,
    };
}
function comparePlatform(image, base, lines, build, options) {
    const b = base?.analysis ?? null;
    const baseLayerCount = countBaseLayers(image, lines);
    const hints = findHints(image, {
        dockerfile: options.dockerfile,
        hasDockerignore: options.hasDockerignore,
        build,
    }).filter((h) => !(FIXED_IN_ITS_LAYER.has(h.kind) && h.layer !== null && h.layer < baseLayerCount));
    const knownHints = new Set(b ? findHints(b).map((h) => h.key) : []);
    const top = options.top ?? 10;
    return {
        platform: image.image.platform,
        current: image,
        baseline: base,
        totals: {
            compressed: delta(image.totals.compressedBytes, b?.totals.compressedBytes),
            uncompressed: delta(image.totals.uncompressedBytes, b?.totals.uncompressedBytes),
            content: delta(image.totals.contentBytes, b?.totals.contentBytes),
        },
        layers: alignLayers(image, b, baseLayerCount, b ? countBaseLayers(b, []) : 0, lines),
        baseLayerCount,
        files: b ? comparePaths(image.files, b.files, (f) => f.size, top) : { added: [], grown: [], removed: [] },
        packages: b ? comparePackages(image, b, top) : null,
        directories: b
            ? comparePaths(image.directories, b.directories, (d) => d.bytes, top)
            : { added: [], grown: [], removed: [] },
        waste: {
            efficiency: delta(image.dive.efficiency, b?.dive.efficiency),
            wastedBytes: delta(image.dive.wastedBytes, b?.dive.wastedBytes),
            hiddenBytes: delta(image.hiddenBytes, b?.hiddenBytes),
            userWastedRatio: image.dive.userWastedRatio,
        },
        hints: hints.map((h) => ({ ...h, isNew: b !== null && FROM_IMAGE.has(h.kind) && !knownHints.has(h.key) })),
        download: b ? download(image, b) : null,
    };
}
/**
 * The layers a node that holds the baseline image must still fetch: those whose blob it does not
 * have, by digest (by diff_id for a source without blob digests), each once; their compressed bytes.
 */
function download(image, baseline) {
    const held = new Set(baseline.layers.map((l) => l.digest ?? l.diffId));
    const fetched = new Set();
    let bytes = 0;
    for (const layer of image.layers) {
        const id = layer.digest ?? layer.diffId;
        if (held.has(id) || fetched.has(id))
            continue;
        fetched.add(id);
        bytes += layer.compressedBytes;
    }
    return { bytes, layers: fetched.size };
}
/**
 * Layers below the Dockerfile's own: those under the first layer matched to a Dockerfile line, or
 * without a Dockerfile, the bottom layers BuildKit did not mark as its own (`# buildkit`). Zero
 * when that cannot be told (no BuildKit marks at all).
 */
function countBaseLayers(image, lines) {
    const matched = lines.findIndex((l) => l !== null);
    if (matched >= 0)
        return matched;
    const own = image.layers.findIndex((l) => (l.instruction ?? '').trimEnd().endsWith('# buildkit'));
    return own > 0 ? own : 0;
}
/**
 * Same diffId: unchanged. Else the same normalised instruction: changed. Else added, and baseline
 * layers left over are removed. Each baseline layer pairs with at most one current layer.
 */
function alignLayers(image, baseline, baseCount, baselineBaseCount, lines) {
    const used = new Set();
    const byDiffId = new Map();
    baseline?.layers.forEach((l, i) => byDiffId.set(l.diffId, [...(byDiffId.get(l.diffId) ?? []), i]));
    const changes = image.layers.map((layer, i) => {
        const common = {
            index: i,
            instruction: layer.instruction,
            base: i < baseCount,
            line: lines[i] ?? null,
        };
        if (!baseline) {
            return {
                ...common,
                status: 'added',
                baselineIndex: null,
                compressed: delta(layer.compressedBytes, null),
                uncompressed: delta(layer.uncompressedBytes, null),
            };
        }
        let match = (byDiffId.get(layer.diffId) ?? []).find((j) => !used.has(j));
        let status = 'unchanged';
        if (match === undefined) {
            const wanted = normaliseInstruction(layer.instruction);
            match = wanted
                ? baseline.layers.findIndex((l, j) => !used.has(j) && normaliseInstruction(l.instruction) === wanted)
                : -1;
            status = match >= 0 ? 'changed' : 'added';
            if (match < 0)
                match = undefined;
        }
        if (match !== undefined)
            used.add(match);
        const old = match === undefined ? null : baseline.layers[match];
        return {
            ...common,
            status,
            baselineIndex: match ?? null,
            // An added layer is all growth: its baseline figure is 0, not unknown.
            compressed: delta(layer.compressedBytes, old ? old.compressedBytes : 0),
            uncompressed: delta(layer.uncompressedBytes, old ? old.uncompressedBytes : 0),
        };
    });
    baseline?.layers.forEach((old, j) => {
        if (used.has(j))
            return;
        changes.push({
            status: 'removed',
            index: null,
            baselineIndex: j,
            instruction: old.instruction,
            base: j < baselineBaseCount,
            line: null,
            compressed: delta(0, old.compressedBytes),
            uncompressed: delta(0, old.uncompressedBytes),
        });
    });
    return changes;
}
/**
 * Largest additions, growths and removals between two bounded "largest first" lists. A path
 * missing from one list but smaller than everything that list holds may just have been left out
 * of it, so it is not reported as added or removed.
 */
function comparePaths(current, baseline, size, top) {
    const before = new Map(baseline.map((item) => [item.path, size(item)]));
    const now = new Map(current.map((item) => [item.path, size(item)]));
    const smallest = (list) => (list.length ? Math.min(...list.map(size)) : 0);
    const floorBefore = smallest(baseline);
    const floorNow = smallest(current);
    const added = [];
    const grown = [];
    const removed = [];
    for (const [path, bytes] of now) {
        const old = before.get(path);
        if (old === undefined) {
            if (bytes > floorBefore || baseline.length === 0)
                added.push({ path, bytes, baselineBytes: 0 });
        }
        else if (bytes > old)
            grown.push({ path, bytes, baselineBytes: old });
    }
    for (const [path, bytes] of before) {
        if (!now.has(path) && (bytes > floorNow || current.length === 0))
            removed.push({ path, bytes: 0, baselineBytes: bytes });
    }
    const byChange = (a, b) => Math.abs(b.bytes - b.baselineBytes) - Math.abs(a.bytes - a.baselineBytes) || a.path.localeCompare(b.path);
    return {
        added: added.sort(byChange).slice(0, top),
        grown: grown.sort(byChange).slice(0, top),
        removed: removed.sort(byChange).slice(0, top),
    };
}
function compareBuild(build, baseline) {
    if (!build)
        return null;
    return {
        seconds: delta(build.seconds, baseline?.seconds),
        cachedSteps: delta(build.cachedSteps, baseline?.cachedSteps),
        totalSteps: build.totalSteps,
        cacheMode: build.cacheMode,
    };
}

;// CONCATENATED MODULE: ./src/compare/estimate.ts
/**
 * A compressed size is exact when the source stores the layer compressed, and gzip's estimate when
 * it stores it uncompressed. A delta between an estimate and an exact size measures the estimate's
 * error as much as the change, so wherever such a delta is shown it says so.
 */
function estimateNote(p) {
    const baseline = p.baseline?.analysis.totals.compressedEstimated;
    return note(p.current.totals.compressedEstimated, baseline);
}
/** The same for one layer's compressed delta. */
function layerEstimateNote(p, layer) {
    if (layer.index === null || layer.baselineIndex === null)
        return null;
    const current = p.current.layers[layer.index]?.compressedEstimated;
    const baseline = p.baseline?.analysis.layers[layer.baselineIndex]?.compressedEstimated;
    return current === undefined ? null : note(current, baseline);
}
function note(current, baseline) {
    if (baseline === undefined || current === baseline)
        return null;
    const which = current ? "this image's compressed size is estimated" : "the baseline's compressed size is estimated";
    return `the delta compares an estimate with an exact size (${which})`;
}

;// CONCATENATED MODULE: ./src/thresholds/evaluate.ts


/** Thresholds on growth since the baseline, as opposed to absolute budgets. */
const INCREASE_THRESHOLDS = [
    'max-increase',
    'max-increase-percent',
    'max-layer-increase',
    'warn-increase',
    'warn-increase-percent',
];
/** Checks every threshold in force against the comparison. Pure. */
function evaluate(comparison, thresholds, diveRules = [], gate = {}) {
    const crossings = [];
    for (const p of comparison.platforms)
        crossings.push(...platformCrossings(p, thresholds));
    for (const r of diveRules.filter((r) => r.failed)) {
        crossings.push({
            threshold: `dive-ci ${r.rule}`,
            level: 'error',
            platform: r.platform,
            message: `dive-ci ${r.rule}: ${r.platform} ${r.message}`,
            layer: null,
            line: null,
        });
    }
    // fail-on decides what a crossing means: `never` makes every one a warning, `warning` an error.
    if (thresholds.failOn === 'never')
        for (const c of crossings)
            c.level = 'warning';
    if (thresholds.failOn === 'warning')
        for (const c of crossings)
            c.level = 'error';
    // A baseline run measures what was already merged: its growth was reviewed in the pull request.
    if (gate.baselineIncrease === 'warn') {
        for (const c of crossings)
            if (INCREASE_THRESHOLDS.includes(c.threshold))
                c.level = 'warning';
    }
    const acceptedBy = gate.acceptedBy && crossings.some((c) => c.level === 'error') ? gate.acceptedBy : null;
    if (acceptedBy)
        for (const c of crossings)
            c.level = 'warning';
    const failed = crossings.some((c) => c.level === 'error');
    const warnings = crossings.some((c) => c.level === 'warning');
    const compared = comparison.platforms.some((p) => p.baseline !== null);
    const result = failed ? 'fail' : warnings ? 'warn' : compared ? 'pass' : 'no-baseline';
    return { result, crossings, failed, acceptedBy };
}
function platformCrossings(p, t) {
    const out = [];
    const metric = t.sizeMetric;
    const total = metric === 'compressed' ? p.totals.compressed : p.totals.uncompressed;
    const cross = (threshold, level, what, layer = null, line = null) => out.push({ threshold, level, platform: p.platform, message: `${threshold}: ${p.platform} ${what}`, layer, line });
    if (t.maxSize != null && total.current > t.maxSize) {
        cross('max-size', 'error', `${metric} size is ${bytesAgainst(total.current, t.maxSize)}`);
    }
    // A compressed delta between an estimate and an exact size says so in its line.
    const estimate = metric === 'compressed' ? estimateNote(p) : null;
    const grew = (what) => (estimate ? `${what}; ${estimate}` : what);
    if (total.delta !== null) {
        const increase = total.delta;
        if (t.maxIncrease != null && increase > t.maxIncrease) {
            cross('max-increase', 'error', grew(`${metric} size grew by ${bytesAgainst(increase, t.maxIncrease, '+')}`));
        }
        else if (t.warnIncrease != null && increase > t.warnIncrease) {
            cross('warn-increase', 'warning', grew(`${metric} size grew by ${bytesAgainst(increase, t.warnIncrease, '+')}`));
        }
        if (total.percent !== null) {
            if (t.maxIncreasePercent != null && total.percent > t.maxIncreasePercent) {
                cross('max-increase-percent', 'error', grew(`${metric} size grew by ${percentAgainst(total.percent, t.maxIncreasePercent)}`));
            }
            else if (t.warnIncreasePercent != null && total.percent > t.warnIncreasePercent) {
                cross('warn-increase-percent', 'warning', grew(`${metric} size grew by ${percentAgainst(total.percent, t.warnIncreasePercent)}`));
            }
        }
    }
    if (t.maxLayerIncrease != null && p.baseline) {
        for (const layer of p.layers) {
            const d = metric === 'compressed' ? layer.compressed : layer.uncompressed;
            if (layer.status === 'removed' || d.delta === null || d.delta <= t.maxLayerIncrease)
                continue;
            const where = layer.line !== null ? ` (Dockerfile line ${layer.line})` : '';
            const layerNote = metric === 'compressed' ? layerEstimateNote(p, layer) : null;
            cross('max-layer-increase', 'error', `layer ${layer.index}${where} ${metric} size grew by ${bytesAgainst(d.delta, t.maxLayerIncrease, '+')}` +
                (layerNote ? `; ${layerNote}` : ''), layer.index, layer.line);
        }
    }
    if (t.maxLayers != null && p.current.totals.layerCount > t.maxLayers) {
        cross('max-layers', 'error', `has ${p.current.totals.layerCount} layers, limit ${t.maxLayers}`);
    }
    const dive = p.current.dive;
    if (t.minEfficiency != null && dive.efficiency < t.minEfficiency) {
        cross('min-efficiency', 'error', `efficiency is ${pct(dive.efficiency * 100)}, limit ${pct(t.minEfficiency * 100)}`);
    }
    if (t.maxWastedBytes != null && dive.wastedBytes > t.maxWastedBytes) {
        cross('max-wasted-bytes', 'error', `wasted bytes are ${bytesAgainst(dive.wastedBytes, t.maxWastedBytes)}`);
    }
    if (t.maxUserWastedPercent != null &&
        dive.userWastedRatio !== null &&
        dive.userWastedRatio * 100 > t.maxUserWastedPercent) {
        cross('max-user-wasted-percent', 'error', `wasted bytes are ${percentAgainst(dive.userWastedRatio * 100, t.maxUserWastedPercent, '')} of the user layers`);
    }
    return out;
}
function pct(value) {
    return `${Number(value.toFixed(2))} %`;
}
/** `12.3 MB, limit 10 MB`, with exact bytes when the rounded figures would look equal. */
function bytesAgainst(measured, limit, sign = '') {
    let m = formatBytes(measured);
    let l = formatBytes(limit);
    if (m === l) {
        m = `${measured} B`;
        l = `${limit} B`;
    }
    return `${sign}${m}, limit ${sign}${l}`;
}
function percentAgainst(measured, limit, sign = '+') {
    return `${sign}${pct(measured)}, limit ${sign}${pct(limit)}`;
}
/** The thresholds in force, one short phrase each, for the report's footer. */
function describeThresholds(t) {
    const out = [];
    const b = (name, v) => v != null && out.push(`${name} ${formatBytes(v)}`);
    const p = (name, v) => v != null && out.push(`${name} ${pct(v)}`);
    b('max-size', t.maxSize);
    b('max-increase', t.maxIncrease);
    p('max-increase-percent', t.maxIncreasePercent);
    b('max-layer-increase', t.maxLayerIncrease);
    b('warn-increase', t.warnIncrease);
    p('warn-increase-percent', t.warnIncreasePercent);
    if (t.minEfficiency != null)
        out.push(`min-efficiency ${pct(t.minEfficiency * 100)}`);
    b('max-wasted-bytes', t.maxWastedBytes);
    p('max-user-wasted-percent', t.maxUserWastedPercent);
    if (t.maxLayers != null)
        out.push(`max-layers ${t.maxLayers}`);
    return out;
}

;// CONCATENATED MODULE: ./src/report/table.ts
function table(header, align, rows) {
    return { header, align, rows, dropped: 0 };
}
function renderTable(t) {
    const lines = [
        `| ${t.header.join(' | ')} |`,
        `|${t.align.join('|')}|`,
        ...t.rows.map((r) => `| ${r.cells.join(' | ')} |`),
    ];
    if (t.dropped > 0) {
        lines.push('', `_${t.dropped} smaller ${t.dropped === 1 ? 'row' : 'rows'} left out to keep this comment within GitHub's size limit._`);
    }
    return lines.join('\n');
}
/** Drops the lightest quarter (at least one row) of the table's rows, keeping their order. */
function shrink(t) {
    const drop = Math.max(1, Math.floor(t.rows.length / 4));
    const lightest = new Set(t.rows
        .map((r, i) => ({ w: r.weight, i }))
        .sort((a, b) => a.w - b.w || b.i - a.i)
        .slice(0, drop)
        .map((x) => x.i));
    t.rows = t.rows.filter((_, i) => !lightest.has(i));
    t.dropped += lightest.size;
}

;// CONCATENATED MODULE: ./src/report/trend.ts
/**
 * A mermaid `xychart-beta` line of the compressed and uncompressed size over the baseline's history
 * and this change (the last point), in MB. Only commit prefixes and numbers go into the chart, so
 * nothing from outside can break out of the code block. Null with fewer than two points.
 */
function renderTrend(history) {
    if (history.length < 2)
        return null;
    const labels = history.map((h, i) => i === history.length - 1
        ? '"this"'
        : `"${(h.commit.match(/^[0-9a-f]{1,40}/i)?.[0] ?? '').slice(0, 7) || String(i + 1)}"`);
    const mb = (n) => Number((n / 1e6).toFixed(2));
    const compressed = history.map((h) => mb(h.compressed));
    const uncompressed = history.map((h) => mb(h.uncompressed));
    const top = Math.max(...uncompressed, ...compressed);
    return [
        '```mermaid',
        'xychart-beta',
        '    title "Image size (MB): uncompressed above, compressed below"',
        `    x-axis [${labels.join(', ')}]`,
        `    y-axis "MB" 0 --> ${Math.ceil(top * 1.1) || 1}`,
        `    line [${uncompressed.join(', ')}]`,
        `    line [${compressed.join(', ')}]`,
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/comment.ts








/** GitHub refuses issue comments longer than this many characters. */
const MAX_COMMENT_LENGTH = 65_536;
/** The hidden first line that finds the comment again; the key cannot end the HTML comment. */
function commentMarker(key) {
    return `<!-- image-size-guard:${encodeURIComponent(key)} -->`;
}
const VERDICT = {
    pass: '✅ Image size: within the thresholds',
    warn: '⚠️ Image size: warning',
    fail: '❌ Image size: over a threshold',
    'no-baseline': '🆕 Image size: no baseline to compare with yet',
};
/** The PR comment and job summary: pure, from the comparison and the verdict. */
function renderReport(comparison, verdict, options) {
    const max = options.maxLength ?? MAX_COMMENT_LENGTH;
    const blocks = reportBlocks(comparison, verdict, options);
    let text = join(blocks);
    // Trim the longest table first, a quarter of its rows at a time, until the report fits. Only the
    // trimmed table is measured again, so a report of many tables is trimmed in time.
    const tables = new Map(blocks.filter((b) => typeof b !== 'string').map((t) => [t, renderTable(t).length]));
    let length = text.length;
    while (length > max) {
        let longest = null;
        for (const [t, n] of tables)
            if (t.rows.length > 0 && (!longest || n > tables.get(longest)))
                longest = t;
        if (!longest)
            break;
        shrink(longest);
        const n = renderTable(longest).length;
        length += n - tables.get(longest);
        tables.set(longest, n);
    }
    text = join(blocks);
    if (text.length > max)
        text = cut(blocks, max);
    return text;
}
/** Says where the whole report is, at the end of a report that had to be cut. */
const SHORTENED_NOTE = "_This report was shortened to fit GitHub's size limit for a comment. The whole report is in the job summary and the `report-file` of the run that measured the image._";
/**
 * The blocks that fit, whole, then the `</details>` of every section left open and the note. A list
 * or a table may give up its last lines (a list item and a table row are one line each); nothing is
 * cut inside a line, so no tag, character reference or row is ever split.
 */
function cut(blocks, max) {
    const kept = [];
    // Every kept block and every closing tag is followed by a blank line; the note ends the text.
    let keptLength = 0;
    let open = 0;
    const fits = (length, depth) => keptLength + length + 2 + depth * '</details>\n\n'.length + SHORTENED_NOTE.length + 1 <= max;
    for (const block of blocks) {
        const text = typeof block === 'string' ? block : renderTable(block);
        const depth = open + (text.startsWith('<details') ? 1 : text === '</details>' ? -1 : 0);
        if (fits(text.length, depth)) {
            kept.push(text);
            keptLength += text.length + 2;
            open = depth;
            continue;
        }
        // Only lists and tables are cut, by whole lines (an item or a row is one line): a code block or
        // a section opener is kept whole or left out.
        const lines = text.split('\n');
        const least = typeof block !== 'string' ? 3 : lines.every((l) => l.startsWith('- ')) ? 1 : Infinity;
        const rows = typeof block !== 'string' ? lines.slice(0, 2 + block.rows.length) : lines;
        let n = 0;
        let length = -1;
        while (n < rows.length && fits(length + 1 + rows[n].length, open))
            length += 1 + rows[n++].length;
        if (n >= least)
            kept.push(rows.slice(0, n).join('\n'));
        break;
    }
    return `${[...kept, ...Array(open).fill('</details>'), SHORTENED_NOTE].join('\n\n')}\n`;
}
function join(blocks) {
    return `${blocks.map((b) => (typeof b === 'string' ? b : renderTable(b))).join('\n\n')}\n`;
}
function reportBlocks(c, verdict, o) {
    const metric = o.thresholds.sizeMetric;
    const blocks = [commentMarker(o.key), `### ${VERDICT[verdict.result]}`];
    const first = c.platforms[0];
    if (first) {
        const more = c.platforms.length > 1 ? ` (${c.platforms.length} platforms, table below)` : '';
        blocks.push(`**${formatBytes(first.totals.compressed.current)}** compressed${estimated(first)}${comment_change(first.totals.compressed, ' (', ')')} · ` +
            `**${formatBytes(first.totals.uncompressed.current)}** uncompressed${comment_change(first.totals.uncompressed, ' (', ')')} · ` +
            `${escapeMarkdown(first.platform)}${more}`);
        const estimate = first.totals.compressed.delta !== null ? estimateNote(first) : null;
        if (estimate)
            blocks.push(`⚠️ Compressed size: ${estimate}.`);
        if (first.download && first.download.layers > 0)
            blocks.push(pullLine(first.download, o.pullBandwidth ?? DEFAULT_PULL_BANDWIDTH));
        const biggest = biggestLayerChange(first, metric);
        if (biggest) {
            const d = metric === 'compressed' ? biggest.compressed : biggest.uncompressed;
            blocks.push(`Largest layer change: ${instructionCell(biggest, o)} ${signedBytes(d.delta ?? 0)} ${metric}`);
        }
    }
    if (o.reportUrl)
        blocks.push(`[Interactive report: every layer, folder and file](${o.reportUrl})`);
    if (verdict.crossings.length > 0) {
        blocks.push(verdict.crossings.map((x) => `- ${x.level === 'error' ? '❌' : '⚠️'} ${escapeMarkdown(x.message)}`).join('\n'));
    }
    if (verdict.acceptedBy) {
        blocks.push(`> ✋ Accepted with the label **${escapeMarkdown(verdict.acceptedBy)}**: the thresholds above are reported as warnings and do not fail the check.`);
    }
    if (c.noBaselineReason)
        blocks.push(`> ${escapeMarkdown(c.noBaselineReason)}`);
    if (c.platforms.length > 1)
        blocks.push(platformTable(c.platforms));
    for (const p of c.platforms) {
        const label = c.platforms.length > 1 ? ` of ${escapeMarkdown(p.platform)}` : '';
        blocks.push(`<details><summary>Layers${label}: ${layerSummary(p)}</summary>`, layerTable(p, o, metric));
        if (p.current.totals.compressedEstimated) {
            blocks.push('The source stores these layers uncompressed; the compressed size (estimated) is what gzip makes of them, as a push would.');
        }
        blocks.push('</details>');
        const paths = pathTables(p);
        if (paths.length > 0) {
            blocks.push(`<details><summary>Files and folders that changed most${label}</summary>`, ...paths, '</details>');
        }
        blocks.push(...packageBlocks(p, label));
        blocks.push(...wasteBlocks(p, label));
        if (p.hints.length > 0) {
            const saving = p.hints.reduce((n, h) => n + h.bytes, 0);
            const fresh = p.hints.filter((h) => h.isNew).length;
            blocks.push(`<details${fresh > 0 ? ' open' : ''}><summary>Hints${label}: ${p.hints.length} ` +
                `(${fresh} new)${saving > 0 ? `, up to ${formatBytes(saving)} to save` : ''}</summary>`, hintTable(p, o), '</details>');
        }
    }
    const trend = renderTrend(c.history);
    if (trend)
        blocks.push('<details><summary>Trend</summary>', trend, '</details>');
    if (c.build) {
        const b = c.build;
        const base = (d, unit) => d.baseline === null
            ? ''
            : round(d.delta ?? 0) === 0
                ? ` (baseline the same)`
                : ` (baseline ${round(d.baseline)}${unit}, ${signed(round(d.delta ?? 0))}${unit})`;
        blocks.push(`**Build:** ${round(b.seconds.current)} s${base(b.seconds, ' s')} · ` +
            `${b.cachedSteps.current} of ${b.totalSteps} steps cached${base(b.cachedSteps, '')} · cache: ${b.cacheMode}`);
    }
    blocks.push(footer(c, o.thresholds));
    return blocks;
}
/** What a deploy pays: the download of a node that already runs the baseline image. */
function pullLine(download, bandwidth) {
    const layers = `${download.layers} new ${download.layers === 1 ? 'layer' : 'layers'}`;
    const seconds = (download.bytes * 8) / bandwidth;
    return (`A node that has the baseline image pulls **${formatBytes(download.bytes)}** (${layers}), ` +
        `about ${formatSeconds(seconds)} at ${formatBandwidth(bandwidth)}.`);
}
/** Marks a compressed size that is gzip's figure for layers the source stored uncompressed. */
function estimated(p) {
    return p.current.totals.compressedEstimated ? ' (estimated)' : '';
}
function comment_change(d, open = '', close = '') {
    if (d.delta === null)
        return '';
    if (d.delta === 0)
        return `${open}no change${close}`;
    const percent = d.percent === null ? '' : `, ${signed(Number(d.percent.toFixed(1)))} %`;
    return `${open}${signedBytes(d.delta)}${percent}${close}`;
}
function signed(n) {
    return n > 0 ? `+${n}` : `${n}`;
}
function signedBytes(n) {
    return n > 0 ? `+${formatBytes(n)}` : formatBytes(n);
}
function round(n) {
    return Number(n.toFixed(1));
}
function biggestLayerChange(p, metric) {
    if (!p.baseline)
        return null;
    const pick = (l) => Math.abs((metric === 'compressed' ? l.compressed : l.uncompressed).delta ?? 0);
    const best = p.layers.filter((l) => l.status !== 'unchanged' && !l.base).sort((a, b) => pick(b) - pick(a))[0];
    return best && pick(best) > 0 ? best : null;
}
function platformTable(platforms) {
    return table(['Platform', 'Compressed', 'Change', 'Uncompressed', 'Change', 'Layers'], [':--', '--:', '--:', '--:', '--:', '--:'], platforms.map((p) => ({
        cells: [
            escapeMarkdown(p.platform),
            formatBytes(p.totals.compressed.current),
            comment_change(p.totals.compressed) || '—',
            formatBytes(p.totals.uncompressed.current),
            comment_change(p.totals.uncompressed) || '—',
            String(p.current.totals.layerCount),
        ],
        weight: Number.MAX_SAFE_INTEGER,
    })));
}
function layerSummary(p) {
    const n = p.current.totals.layerCount;
    const layers = `${n} ${n === 1 ? 'layer' : 'layers'}`;
    if (!p.baseline)
        return layers;
    const count = (s) => p.layers.filter((l) => l.status === s).length;
    return `${layers}: ${count('changed')} changed, ${count('added')} added, ${count('removed')} removed`;
}
function instructionCell(l, o) {
    const text = escapeMarkdown(truncate(displayInstruction(l.instruction), 100));
    if (o.dockerfileUrl && l.line !== null)
        return `[${text}](${o.dockerfileUrl}#L${l.line})`;
    return text;
}
function layerTable(p, o, metric) {
    const compared = p.baseline !== null;
    const pick = (l) => (metric === 'compressed' ? l.compressed : l.uncompressed);
    const changeCell = (l) => {
        if (!compared)
            return [];
        const d = pick(l).delta ?? 0;
        switch (l.status) {
            case 'unchanged':
                return ['unchanged'];
            case 'changed':
                return [d === 0 ? 'rebuilt, same size' : signedBytes(d)];
            case 'added':
                return [`new, ${signedBytes(d)}`];
            case 'removed':
                return [`removed, ${signedBytes(d)}`];
        }
    };
    const rows = [];
    const base = p.layers.filter((l) => l.base);
    if (base.length > 0) {
        const current = base.filter((l) => l.status !== 'removed');
        const sum = (pickD) => base.reduce((n, l) => n + pickD(l), 0);
        const d = sum((l) => pick(l).delta ?? 0);
        const same = base.every((l) => l.status === 'unchanged');
        rows.push({
            cells: [
                current.length === 1 ? '0' : `0–${current.length - 1}`,
                `_base image (${current.length} ${current.length === 1 ? 'layer' : 'layers'})_`,
                formatBytes(sum((l) => l.compressed.current)),
                formatBytes(sum((l) => l.uncompressed.current)),
                ...(compared ? [same ? 'unchanged' : d === 0 ? 'changed, same size' : signedBytes(d)] : []),
            ],
            weight: Number.MAX_SAFE_INTEGER,
        });
    }
    for (const l of p.layers.filter((l) => !l.base)) {
        const removed = l.status === 'removed';
        rows.push({
            cells: [
                removed ? '–' : String(l.index),
                instructionCell(l, o),
                removed ? '—' : formatBytes(l.compressed.current),
                removed ? '—' : formatBytes(l.uncompressed.current),
                ...changeCell(l),
            ],
            weight: Math.abs(pick(l).delta ?? 0) + (l.status === 'unchanged' ? 0 : 1) + (compared ? 0 : pick(l).current),
        });
    }
    const totals = p.totals;
    rows.push({
        cells: [
            '',
            '**Total**',
            `**${formatBytes(totals.compressed.current)}**`,
            `**${formatBytes(totals.uncompressed.current)}**`,
            ...(compared ? [`**${comment_change(metric === 'compressed' ? totals.compressed : totals.uncompressed) || '—'}**`] : []),
        ],
        weight: Number.MAX_SAFE_INTEGER,
    });
    return table(['#', 'Instruction', 'Compressed', 'Uncompressed', ...(compared ? ['Change'] : [])], ['--:', ':--', '--:', '--:', ...(compared ? ['--:'] : [])], rows);
}
function pathTables(p) {
    const one = (title, changes) => {
        const rows = [];
        const add = (what, list) => list.forEach((x) => rows.push({
            cells: [
                what,
                escapeMarkdown(truncate(x.path, 160)),
                x.bytes ? formatBytes(x.bytes) : '—',
                x.baselineBytes ? formatBytes(x.baselineBytes) : '—',
                signedBytes(x.bytes - x.baselineBytes),
            ],
            weight: Math.abs(x.bytes - x.baselineBytes),
        }));
        add('added', changes.added);
        add('grew', changes.grown);
        add('removed', changes.removed);
        if (rows.length === 0)
            return [];
        return [`**${title}**`, table(['', 'Path', 'Now', 'Before', 'Change'], [':--', ':--', '--:', '--:', '--:'], rows)];
    };
    return [...one('Folders', p.directories), ...one('Files', p.files)];
}
/** `deb default-jre-headless 2:1.17 — new, +152 MB`, largest change first, then the totals by type. */
function packageBlocks(p, label) {
    const changes = p.packages?.changes ?? [];
    if (!p.packages || changes.length === 0)
        return [];
    const name = (x) => escapeMarkdown(truncate(`${x.type} ${x.name}`, 120));
    const version = (v) => (v === null ? '' : escapeMarkdown(truncate(v, 60)));
    const rows = changes.map((x) => ({
        cells: [
            name(x),
            version(shownVersion(x)),
            describeChange(x, (v) => escapeMarkdown(truncate(v, 60))),
            x.bytes ? formatBytes(x.bytes) : '—',
            signedBytes(x.bytes - x.baselineBytes),
        ],
        weight: Math.abs(x.bytes - x.baselineBytes),
    }));
    const totals = p.packages.totals
        .filter((t) => t.bytes !== t.baselineBytes || t.bytes > 0)
        .map((t) => `${t.type} ${formatBytes(t.bytes)}${t.bytes === t.baselineBytes ? '' : ` (${signedBytes(t.bytes - t.baselineBytes)})`}`)
        .join(' · ');
    return [
        `<details><summary>Packages that changed most${label}</summary>`,
        table(['Package', 'Version', '', 'Now', 'Change'], [':--', ':--', ':--', '--:', '--:'], rows),
        `By type: ${totals}`,
        '</details>',
    ];
}
function wasteBlocks(p, label) {
    const w = p.waste;
    const pct = (n) => (n === null ? '—' : `${Number((n * 100).toFixed(2))} %`);
    const points = (d) => (d.delta === null ? '—' : `${signed(Number((d.delta * 100).toFixed(2)))} points`);
    const bytesRow = (name, d) => [
        name,
        formatBytes(d.current),
        d.baseline === null ? '—' : formatBytes(d.baseline),
        d.delta === null ? '—' : d.delta === 0 ? 'no change' : signedBytes(d.delta),
    ];
    const rows = [
        ['Efficiency', pct(w.efficiency.current), pct(w.efficiency.baseline), points(w.efficiency)],
        bytesRow('Wasted bytes (dive)', w.wastedBytes),
        bytesRow('Hidden bytes (deleted or overwritten later)', w.hiddenBytes),
        ['Wasted share of the user layers', pct(w.userWastedRatio), '—', '—'],
    ];
    return [
        `<details><summary>Waste${label}: efficiency ${pct(w.efficiency.current)}, ${formatBytes(w.wastedBytes.current)} wasted</summary>`,
        table(['', 'Now', 'Baseline', 'Change'], [':--', '--:', '--:', '--:'], rows.map((cells) => ({ cells, weight: Number.MAX_SAFE_INTEGER }))),
        '</details>',
    ];
}
function hintTable(p, o) {
    // The fix goes under the hint rather than in a column of its own: five columns do not fit a
    // comment's width, and a reviewer reads the two together.
    return table(['', 'Hint', 'Where', 'Saves'], [':--', ':--', ':--', '--:'], p.hints.map((h) => {
        const where = [];
        if (h.layer !== null)
            where.push(`layer ${h.layer}`);
        if (h.line !== null)
            where.push(o.dockerfileUrl ? `[line ${h.line}](${o.dockerfileUrl}#L${h.line})` : `line ${h.line}`);
        return {
            cells: [
                h.isNew ? '🆕' : '',
                `${escapeMarkdown(truncate(h.title, 200))}<br>→ ${escapeMarkdownKeepingCode(h.fix)}`,
                where.join(', ') || '—',
                h.bytes > 0 ? formatBytes(h.bytes) : '—',
            ],
            weight: h.bytes + (h.isNew ? 1 : 0),
        };
    }));
}
/** A commit of the baseline branch, or a published image (`baseline-image`): its reference and digest. */
function describeBaseline(origin) {
    // A reference and digest hold no markdown and read best as written; anything else is escaped.
    if (origin.includes('@')) {
        return `the published image ${/^[\w.:/@-]+$/.test(origin) ? `\`${origin}\`` : escapeMarkdown(origin)}`;
    }
    return `baseline commit ${escapeMarkdown(origin.slice(0, 12))}`;
}
function footer(c, t) {
    const limits = describeThresholds(t);
    const commit = c.baselineCommit ? describeBaseline(c.baselineCommit) : 'no baseline';
    return (`<sub>Compared with ${commit} · thresholds (${t.sizeMetric}, fail-on ${t.failOn}): ` +
        `${limits.length > 0 ? limits.join(', ') : 'none set'} · image-size-guard</sub>`);
}

;// CONCATENATED MODULE: ./src/cli/render.ts
/** What the CLI prints for analysed images: pure functions from the analysis to text. */




const TOP = 10;
const render_ratio = (n) => (n === null ? 'n/a' : `${(n * 100).toFixed(2)}%`);
/** The analyses' notes for stderr, one line each. */
function renderNotes(images) {
    return analysisNotes(images)
        .map((note) => `image-size-guard: ${note}\n`)
        .join('');
}
function renderJson(images, all) {
    return `${JSON.stringify(all ? images : images[0], null, 2)}\n`;
}
function renderMarkdown(images) {
    const parts = [renderMeasurement(images).trimEnd()];
    for (const m of images) {
        const name = escapeMarkdown(m.image.ref ?? m.image.digest ?? 'image');
        parts.push('', `### Waste in ${name} (${m.image.platform})`, '', `Efficiency **${render_ratio(m.dive.efficiency)}** · wasted **${formatBytes(m.dive.wastedBytes)}** · ` +
            `user wasted **${render_ratio(m.dive.userWastedRatio)}** · hidden by later layers **${formatBytes(m.hiddenBytes)}**`);
        if (m.dive.inefficiencies.length > 0) {
            parts.push('', '| Path | Copies | Bytes |', '|:--|--:|--:|');
            for (const i of m.dive.inefficiencies.slice(0, TOP)) {
                parts.push(`| ${escapeMarkdown(truncate(i.path, 120))} | ${i.count} | ${formatBytes(i.bytes)} |`);
            }
        }
        parts.push('', `### Largest files`, '', '| Path | Layer | Size |', '|:--|--:|--:|');
        for (const f of m.files.slice(0, TOP)) {
            parts.push(`| ${escapeMarkdown(truncate(f.path, 120))} | ${f.layer} | ${formatBytes(f.size)} |`);
        }
        if (m.packages?.length) {
            parts.push('', '### Largest packages', '', `${totalsLine(m)}`, '', '| Package | Version | Layer | Files | Size |');
            parts.push('|:--|:--|--:|--:|--:|');
            for (const p of m.packages.slice(0, TOP)) {
                const version = escapeMarkdown(truncate(p.version ?? '', 60));
                parts.push(`| ${p.type} ${escapeMarkdown(truncate(p.name, 80))} | ${version} | ${p.layer} | ${p.files} | ${formatBytes(p.bytes)} |`);
            }
        }
    }
    return `${parts.join('\n')}\n`;
}
function renderText(images) {
    return images.map(textOf).join('\n');
}
function textOf(m) {
    const lines = [
        `${m.image.ref ?? m.image.digest ?? 'image'} (${m.image.platform})`,
        `  compressed   ${formatBytes(m.totals.compressedBytes)}${m.totals.compressedEstimated ? ' (estimated)' : ''}`,
        `  uncompressed ${formatBytes(m.totals.uncompressedBytes)}`,
        `  layers       ${m.totals.layerCount}, files ${m.totals.fileCount}`,
        `  efficiency   ${render_ratio(m.dive.efficiency)}, wasted ${formatBytes(m.dive.wastedBytes)}, ` +
            `user wasted ${render_ratio(m.dive.userWastedRatio)}, hidden ${formatBytes(m.hiddenBytes)}`,
        '',
        '  layer  compressed  uncompressed  instruction',
        ...m.layers.map((l) => `  ${String(l.index).padStart(5)}  ${formatBytes(l.compressedBytes).padStart(10)}  ` +
            `${formatBytes(l.uncompressedBytes).padStart(12)}  ${displayInstruction(l.instruction).slice(0, 100)}`),
    ];
    if (m.dive.inefficiencies.length > 0) {
        lines.push('', '  wasted (copies, bytes, path)');
        for (const i of m.dive.inefficiencies.slice(0, TOP)) {
            lines.push(`  ${String(i.count).padStart(5)}  ${formatBytes(i.bytes).padStart(10)}  ${i.path}`);
        }
    }
    lines.push('', '  largest files (layer, size, path)');
    for (const f of m.files.slice(0, TOP)) {
        lines.push(`  ${String(f.layer).padStart(5)}  ${formatBytes(f.size).padStart(10)}  ${f.path}`);
    }
    if (m.packages?.length) {
        lines.push('', `  largest packages (layer, size, package version): ${totalsLine(m)}`);
        for (const p of m.packages.slice(0, TOP)) {
            const label = plainText(`${p.type} ${p.name}${p.version ? ` ${p.version}` : ''}`);
            lines.push(`  ${String(p.layer).padStart(5)}  ${formatBytes(p.bytes).padStart(10)}  ${label}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
/** Bytes by package type, then what no package names: `deb 120 MB, npm 30 MB, unowned 12 MB`. */
function totalsLine(m) {
    const { unowned, ...types } = m.packageTotals ?? { unowned: 0 };
    const parts = Object.entries(types).map(([type, bytes]) => `${type} ${formatBytes(bytes)}`);
    return [...parts, `unowned ${formatBytes(unowned)}`].join(', ');
}
/** A name from the image, without the control characters that would drive a terminal. */
const plainText = (text) => Array.from(text.slice(0, 120), (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? '?' : c;
}).join('');
/** dive's CI report: one line per enabled rule, then the verdict. */
function renderCi(image, results) {
    const lines = [`${image.image.ref ?? image.image.digest ?? 'image'} (${image.image.platform})`];
    for (const r of results)
        lines.push(`  ${r.passed ? 'PASS' : 'FAIL'}: ${r.rule}: ${r.message}`);
    const failed = results.filter((r) => !r.passed).length;
    lines.push(failed === 0 ? '  Result: PASS' : `  Result: FAIL (${failed} of ${results.length} rules)`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/thresholds/parse.ts


const inputName = (name) => `Input "${name}"`;
function parseThresholds(text, nameOf = inputName) {
    const size = (name) => {
        const value = text[name]?.trim();
        if (!value)
            return null;
        try {
            return parseSize(value);
        }
        catch (err) {
            throw new UserError(`${nameOf(name)}: ${err.message}`);
        }
    };
    const percent = (name) => {
        const value = text[name]?.trim();
        return value ? parsePercent(value, nameOf(name)) : null;
    };
    const count = (name) => {
        const value = text[name]?.trim();
        if (!value)
            return null;
        if (!/^\d+$/.test(value) || Number(value) < 1) {
            throw new UserError(`${nameOf(name)} is "${value.slice(0, 40)}": write a whole number of layers, such as 20`);
        }
        return Number(value);
    };
    const efficiency = text['min-efficiency']?.trim();
    return {
        maxSize: size('max-size'),
        maxIncrease: size('max-increase'),
        maxIncreasePercent: percent('max-increase-percent'),
        maxLayerIncrease: size('max-layer-increase'),
        warnIncrease: size('warn-increase'),
        warnIncreasePercent: percent('warn-increase-percent'),
        minEfficiency: efficiency ? parseRatio(efficiency, nameOf('min-efficiency')) : null,
        maxWastedBytes: size('max-wasted-bytes'),
        maxUserWastedPercent: percent('max-user-wasted-percent'),
        maxLayers: count('max-layers'),
        sizeMetric: oneOf(text['size-metric'], nameOf('size-metric'), ['compressed', 'uncompressed']),
        failOn: oneOf(text['fail-on'], nameOf('fail-on'), ['error', 'warning', 'never']),
    };
}
/** `5`, `5%` or `5 %` → 5. */
function parsePercent(text, name) {
    const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
    if (!m)
        throw new UserError(`${name} is "${text}": write a percentage such as 5 or 5%`);
    return Number(m[1]);
}
/** dive's ratio (`0.9`) or a percentage (`90%`) → 0.9. */
function parseRatio(text, name) {
    const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text.trim());
    const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
    if (!m || value > 1) {
        throw new UserError(`${name} is "${text}": write a ratio from 0 to 1 (0.9) or a percentage (90%)`);
    }
    return value;
}
function oneOf(text, name, allowed) {
    const value = (text?.trim() || allowed[0]);
    if (!allowed.includes(value)) {
        throw new UserError(`${name} is "${text}": use one of ${allowed.join(', ')}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/cli/compare.ts
/**
 * `image-size-guard compare SOURCE --baseline FILE`: the pull request's gate, run locally. The same
 * comparison, thresholds and report as the action; exit 1 when a threshold fails the check.
 */















const COMPARE_USAGE = `Usage: image-size-guard compare SOURCE (--baseline FILE | --baseline-image REF) [--format markdown|json|text|html]
       [--dockerfile PATH] [--platform os/arch[/variant]|all] [--key NAME]
       [--max-size SIZE] [--max-increase SIZE] [--max-increase-percent N] [--max-layer-increase SIZE]
       [--warn-increase SIZE] [--warn-increase-percent N] [--min-efficiency R] [--max-wasted-bytes SIZE]
       [--max-user-wasted-percent N] [--max-layers N] [--size-metric compressed|uncompressed] [--fail-on error|warning|never]
       [--pull-bandwidth SPEED]

--baseline-image compares with a published image read from its registry (docker's credentials);
a tag of semver (semver-pre) stands for the highest semantic-version release (or pre-release) tag.

Exit status: 0 when no threshold fails the check, 1 when one does, 2 when the image cannot be read.`;
const THRESHOLD_FLAGS = [
    'max-size',
    'max-increase',
    'max-increase-percent',
    'max-layer-increase',
    'warn-increase',
    'warn-increase-percent',
    'min-efficiency',
    'max-wasted-bytes',
    'max-user-wasted-percent',
    'max-layers',
    'size-metric',
    'fail-on',
];
/** Returns the exit status; throws UserError for the caller to print. */
async function compareCommand(argv, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            baseline: { type: 'string' },
            'baseline-image': { type: 'string' },
            format: { type: 'string', default: 'markdown' },
            dockerfile: { type: 'string' },
            platform: { type: 'string' },
            key: { type: 'string', default: 'image-size-guard' },
            'pull-bandwidth': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
            ...Object.fromEntries(THRESHOLD_FLAGS.map((f) => [f, { type: 'string' }])),
        },
    });
    if (values.help) {
        io.out(`${COMPARE_USAGE}\n`);
        return 0;
    }
    const [source, ...rest] = positionals;
    if (!source || rest.length > 0 || !values.baseline === !values['baseline-image']) {
        throw new UserError(`expected "compare SOURCE --baseline FILE" or "compare SOURCE --baseline-image REF"\n${COMPARE_USAGE}`);
    }
    const format = values.format;
    if (!['json', 'markdown', 'text', 'html'].includes(format)) {
        throw new UserError(`--format must be markdown, json, text or html, not "${format}"`);
    }
    const text = {};
    const given = values;
    for (const flag of THRESHOLD_FLAGS)
        text[flag] = given[flag];
    const thresholds = parseThresholds(text, (name) => `--${name}`);
    const pullBandwidth = values['pull-bandwidth'] ? parseBandwidth(values['pull-bandwidth']) : DEFAULT_PULL_BANDWIDTH;
    if (pullBandwidth === null) {
        throw new UserError(`--pull-bandwidth is "${values['pull-bandwidth']}": write a speed such as 100Mbit/s or 50MB/s`);
    }
    let dockerfile = null;
    if (values.dockerfile) {
        try {
            dockerfile = await promises_namespaceObject.readFile(values.dockerfile, 'utf8');
        }
        catch {
            throw new UserError(`No Dockerfile at ${values.dockerfile}: give the path of the Dockerfile that built the image`);
        }
    }
    // The published image first: the layers the measured image shares with it are then read once.
    // Layers the baseline has records of are not read again (nor, from the daemon, exported).
    const published = values['baseline-image']
        ? await loadBaselineImage(values['baseline-image'], { platform: values.platform })
        : null;
    if (published)
        io.err(`image-size-guard: comparing with ${published.reference}@${published.digest}\n`);
    const { document, reason } = published
        ? { document: published.document, reason: null }
        : await openBaselineFile(values.baseline);
    const result = await analyze(source, { platform: values.platform, knownLayers: knownLayers(document) });
    const { images } = result;
    io.err(renderNotes(images));
    const baseline = { images: document ? baselineImages(document) : null, reason };
    if (baseline.reason)
        io.err(`image-size-guard: ${baseline.reason}\n`);
    const comparison = compare(images, null, baseline.images, {
        dockerfile,
        noBaselineReason: baseline.reason,
        time: new Date().toISOString(),
    });
    const verdict = evaluate(comparison, thresholds);
    if (format === 'json') {
        const { platforms, ...rest } = comparison;
        const slim = platforms.map(({ current: _current, baseline: _baseline, ...p }) => p);
        io.out(`${JSON.stringify({ result: verdict.result, crossings: verdict.crossings, ...rest, platforms: slim }, null, 2)}\n`);
    }
    else if (format === 'html') {
        io.out(renderHtmlReport({ images, records: result.layers, baseline: document ? htmlBaseline(document) : null }));
    }
    else if (format === 'markdown') {
        io.out(renderReport(comparison, verdict, { key: values.key, thresholds, pullBandwidth }));
    }
    else {
        io.out(`${verdict.result}\n${verdict.crossings.map((c) => `  ${c.level}: ${c.message}\n`).join('')}`);
        io.out(renderPackageChanges(comparison.platforms));
    }
    return verdict.failed ? 1 : 0;
}
/** `  deb default-jre-headless 2:1.17-74: new, +152 MB`, per platform with package changes. */
function renderPackageChanges(platforms) {
    const lines = [];
    for (const p of platforms) {
        if (!p.packages?.changes.length)
            continue;
        lines.push(`packages that changed most (${p.platform}):`);
        for (const x of p.packages.changes) {
            const what = describeChange(x, (v) => v);
            const version = shownVersion(x);
            const change = x.bytes - x.baselineBytes;
            lines.push(plainText(`  ${x.type} ${x.name}${version ? ` ${version}` : ''}: ${what}, ${change > 0 ? '+' : ''}${formatBytes(change)}`));
        }
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./src/cli/main.ts









const USAGE = `Usage:
  image-size-guard analyze SOURCE [--platform os/arch[/variant]|all] [--format json|markdown|text|html] [--write-baseline FILE]
  image-size-guard ci SOURCE [--ci-config PATH] [--platform os/arch[/variant]|all]

SOURCE is an image reference (read from the Docker daemon, else from its registry), a docker
save archive, an OCI layout archive, or an OCI layout folder; registry://REF reads only the
registry (nothing is pulled), local://REF only the daemon. Registry credentials are docker's
(docker login). --format html writes one self-contained page:
a treemap of the final filesystem coloured by layer, the layers, the waste, the packages and a
search by path.

ci evaluates dive's rules (lowestEfficiency, highestWastedBytes, highestUserWastedPercent) from
PATH, else ./.dive-ci when it exists, else dive's defaults. Exit status: 0 passed, 1 a rule
failed, 2 usage, configuration or image error.`;
const stdio = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
};
/** Runs the CLI and returns its exit status: 0 done, 1 a ci rule failed, 2 usage or input error. */
async function main(argv, io = stdio) {
    try {
        if (argv[0] === 'compare')
            return await compareCommand(argv.slice(1), io);
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                platform: { type: 'string' },
                format: { type: 'string', default: 'text' },
                'ci-config': { type: 'string' },
                'write-baseline': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
        if (values.help) {
            io.out(`${USAGE}\n\n${COMPARE_USAGE}\n`);
            return 0;
        }
        const [command, source, ...rest] = positionals;
        if ((command !== 'analyze' && command !== 'ci') || !source || rest.length > 0) {
            throw new UserError(`expected "analyze SOURCE" or "ci SOURCE"\n${USAGE}`);
        }
        if (command === 'ci')
            return await ci(source, values.platform, values['ci-config'], io);
        const format = values.format;
        if (!['json', 'markdown', 'text', 'html'].includes(format))
            throw new UserError(`--format must be json, markdown, text or html, not "${format}"`);
        const result = await analyze(source, { platform: values.platform });
        const { images } = result;
        io.err(renderNotes(images));
        io.out(format === 'json'
            ? renderJson(images, values.platform === 'all')
            : format === 'html'
                ? renderHtmlReport({ images, records: result.layers })
                : format === 'markdown'
                    ? renderMarkdown(images)
                    : renderText(images));
        if (values['write-baseline'])
            await writeBaselineFile(values['write-baseline'], result);
        return 0;
    }
    catch (err) {
        io.err(`image-size-guard: ${errorLine(err)}\n`);
        return 2;
    }
}
/**
 * What the CLI prints for an error: a UserError's message as written, anything else on one line
 * (a library's message can span lines or quote the input it choked on).
 */
function errorLine(err) {
    if (err instanceof UserError || isArgError(err))
        return messageOf(err);
    const text = messageOf(err).replace(/\s+/g, ' ').trim();
    return `unexpected error: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}
async function ci(source, platform, config, io) {
    // Rules are read before the image, so a configuration error costs no analysis.
    const rules = await readRules(config);
    const { images } = await analyze(source, { platform });
    io.err(renderNotes(images));
    let failed = false;
    for (const image of images) {
        const results = evaluateDiveRules(image.dive, rules);
        failed ||= results.some((r) => !r.passed);
        io.out(renderCi(image, results));
    }
    return failed ? 1 : 0;
}
async function readRules(file) {
    const path = file ?? '.dive-ci';
    let text;
    try {
        text = await promises_namespaceObject.readFile(path, 'utf8');
    }
    catch (err) {
        if (file === undefined && err.code === 'ENOENT')
            return DEFAULT_DIVE_RULES;
        throw new UserError(`Cannot read the dive CI file ${path} (${messageOf(err)}): give an existing --ci-config file`);
    }
    return parseDiveCi(text, path);
}
function isArgError(err) {
    return (typeof err.code === 'string' &&
        String(err.code).startsWith('ERR_PARSE_ARGS'));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 8056:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
