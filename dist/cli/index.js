#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(795);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 795:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/baseline/document.ts
const BASELINE_SCHEMA_VERSION = 1;
const DEFAULT_HISTORY = 30;
/**
 * Reads a baseline document, or says in one line why it cannot serve as this run's baseline. Never
 * throws: a baseline is optional, so nothing wrong with it may stop a run.
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
    const document = value;
    if (document.key !== expectedKey) {
        return {
            ok: false,
            reason: `the baseline is for image key "${document.key}", not "${expectedKey}": set the same \`key\` on both branches`,
        };
    }
    return { ok: true, document };
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
/** A baseline document at a path, whatever its key (the CLI's `--baseline`). */
async function readBaselineFile(file) {
    let text;
    try {
        text = await promises_namespaceObject.readFile(file, 'utf8');
    }
    catch (err) {
        return { images: null, reason: `No baseline at ${file} (${err.code ?? 'unreadable'})` };
    }
    let key = '';
    try {
        key = String(JSON.parse(text).key ?? '');
    }
    catch {
        // parseBaseline says why in its own words.
    }
    const parsed = parseBaseline(text, key);
    if (!parsed.ok)
        return { images: null, reason: `The baseline ${file} cannot be used: ${parsed.reason}` };
    return { images: baselineImages(parsed.document), reason: null };
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
        const estimated = scan.compression === 'none' && scan.gzipEstimateBytes !== null;
        let contentBytes = 0;
        let fileCount = 0;
        for (const entry of scan.entries) {
            if (entry.type === 'file') {
                contentBytes += entry.size;
                fileCount++;
            }
        }
        return {
            index: ref.index,
            digest: ref.digest,
            diffId: ref.diffId,
            mediaType: ref.mediaType ?? MEDIA_BY_COMPRESSION[scan.compression],
            compressedBytes: estimated ? scan.gzipEstimateBytes : (ref.descriptorSize ?? scan.compressedBytes),
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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
    const text = buf
        .toString('latin1', start, start + length)
        .replace(/\0.*$/s, '')
        .trim();
    if (text === '')
        return 0;
    const value = parseInt(text, 8);
    if (!Number.isFinite(value))
        throw new TarFormatError(`bad number field "${text}" in a tar header`);
    return value;
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
        if (header.toString('latin1', 257, 262) === 'ustar') {
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
                mode: octal(header, 100, 8),
                uid: octal(header, 108, 8),
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
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    push(chunk) {
        let pos = 0;
        const len = chunk.length;
        while (pos < len && !this.ended) {
            if (this.skip > 0) {
                const n = Math.min(this.skip, len - pos);
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
    }
}
function paddedSize(n) {
    return Math.ceil(n / BLOCK) * BLOCK;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/image/engine.ts


/**
 * The two Docker Engine API calls this tool makes (inspect and export an image), over the daemon's
 * unix socket or TCP address. A full client (dockerode) would bring gRPC and SSH stacks into the
 * bundle for them; `ssh://` hosts are not supported.
 */
class Engine {
    target;
    address;
    constructor(target, address) {
        this.target = target;
        this.address = address;
    }
    /** Connects where the docker CLI would by default: DOCKER_HOST, else the standard socket. */
    static fromEnv(env = process.env) {
        const host = env.DOCKER_HOST?.trim();
        if (!host)
            return new Engine({ socketPath: '/var/run/docker.sock' }, 'unix:///var/run/docker.sock');
        if (host.startsWith('unix://'))
            return new Engine({ socketPath: host.slice('unix://'.length) }, `DOCKER_HOST=${host}`);
        const tcp = /^(?:tcp|http):\/\/([^:/]+)(?::(\d+))?\/?$/.exec(host);
        if (tcp)
            return new Engine({ host: tcp[1], port: Number(tcp[2] ?? 2375) }, `DOCKER_HOST=${host}`);
        throw new UserError(`DOCKER_HOST=${host} is not supported: use unix:///path/to/docker.sock or tcp://host:port`);
    }
    /** GET a path; resolves with the response once its status is known. */
    get(path) {
        return new Promise((resolve, reject) => {
            const req = external_node_http_namespaceObject.get({ ...this.target, path, headers: { Host: 'docker' } }, resolve);
            req.on('error', (err) => reject(this.unreachable(err) ?? err));
        });
    }
    unreachable(err) {
        const code = err.code;
        if (code && ['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)) {
            return new UserError(`Cannot reach the Docker daemon at ${this.address} (${code}): start dockerd, or set DOCKER_HOST to a running daemon`);
        }
        return null;
    }
    /** Fails with a clear message when the image is not in the daemon. */
    async inspectImage(ref) {
        const res = await this.get(`/images/${encodeURIComponent(ref)}/json`);
        const body = await engine_text(res);
        if (res.statusCode === 404) {
            throw new UserError(`No image "${ref}" in the Docker daemon: build or pull it first, or give the path of an image archive`);
        }
        if (res.statusCode !== 200)
            throw new UserError(`The Docker daemon could not inspect "${ref}": ${apiMessage(body)}`);
    }
    /** The image as `docker save` writes it, streamed. */
    async exportImage(ref) {
        const res = await this.get(`/images/${encodeURIComponent(ref)}/get`);
        if (res.statusCode !== 200)
            throw new UserError(`Exporting "${ref}" from the Docker daemon failed: ${apiMessage(await engine_text(res))}`);
        return res;
    }
}
async function engine_text(res) {
    const chunks = [];
    for await (const chunk of res)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
function apiMessage(body) {
    try {
        return JSON.parse(body).message ?? body.trim();
    }
    catch {
        return body.trim();
    }
}

;// CONCATENATED MODULE: ./src/image/daemon.ts






/**
 * Exports an image from the local daemon through the Engine API (what `docker save` does) into a
 * file under `dir`, and returns its path. With the containerd image store the archive holds the
 * image's own manifest and compressed blobs, so compressed sizes are exact.
 */
async function exportImage(ref, dir, engine = Engine.fromEnv()) {
    await engine.inspectImage(ref);
    await promises_namespaceObject.mkdir(dir, { recursive: true });
    const file = external_node_path_namespaceObject.join(dir, `image-size-guard-${process.pid}-${Date.now()}.tar`);
    try {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(await engine.exportImage(ref), (0,external_node_fs_namespaceObject.createWriteStream)(file));
    }
    catch (err) {
        await promises_namespaceObject.rm(file, { force: true });
        throw err instanceof UserError
            ? err
            : new UserError(`Exporting "${ref}" from the Docker daemon failed: ${err.message}`);
    }
    return file;
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
async function readJson(store, name) {
    try {
        return JSON.parse((await store.read(name)).toString('utf8'));
    }
    catch (err) {
        throw new UserError(`${store.location}: ${name} is not valid JSON (${err.message})`);
    }
}
function blobPath(digest) {
    const [algorithm, hex] = digest.split(':');
    if (!algorithm || !hex || !/^[a-z0-9]+$/.test(algorithm) || !/^[a-f0-9]+$/.test(hex)) {
        throw new UserError(`"${digest}" is not a valid digest`);
    }
    return `blobs/${algorithm}/${hex}`;
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
    const top = pickTop(index.manifests, options.ref);
    const candidates = [];
    const visit = async (desc) => {
        if (isAttestation(desc))
            return;
        const file = blobPath(desc.digest);
        // `docker save` of a multi-platform image keeps only the platforms it has locally.
        if (!store.has(file))
            return;
        const doc = await readJson(store, file);
        if (isIndex(desc.mediaType ?? doc.mediaType, doc)) {
            for (const child of doc.manifests ?? [])
                await visit(child);
            return;
        }
        const manifest = doc;
        const configFile = blobPath(manifest.config.digest);
        if (!store.has(configFile))
            return;
        const config = await readJson(store, configFile);
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
    throw new UserError(`${location} has no image for platform ${wanted}; it has ${candidates.map((c) => c.platform).join(', ')}`);
}
async function fromDockerSave(store, options) {
    const entries = await readJson(store, 'manifest.json');
    if (!Array.isArray(entries) || entries.length === 0)
        throw new UserError(`${store.location}: manifest.json lists no image`);
    const entry = (options.ref && entries.find((e) => e.RepoTags?.includes(options.ref))) || entries[0];
    const config = await readJson(store, entry.Config);
    const platform = formatPlatform({
        os: config.os ?? 'linux',
        architecture: config.architecture ?? 'amd64',
        variant: config.variant,
    });
    if (options.platform && options.platform !== 'all' && !platformMatches(platform, options.platform)) {
        throw new UserError(`${store.location} has no image for platform ${options.platform}; it has ${platform}`);
    }
    // Newer `docker save` names layers by blob path: those blobs keep their digest (and compression).
    const descs = entry.Layers.map((file) => {
        const m = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(file);
        return { file, digest: m ? `${m[1]}:${m[2]}` : null, mediaType: undefined, size: null };
    });
    const configDigest = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(entry.Config);
    return {
        ref: options.ref ?? entry.RepoTags?.[0] ?? null,
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
            throw new UserError(`${store.location}: layer ${index} has unknown media type ${d.mediaType}`);
        }
        if (!store.has(d.file))
            throw new UserError(`${store.location}: layer ${index} (${d.file}) is missing`);
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
/** The `created_by` of each history entry that made a layer; empty_layer entries make none. */
function layerInstructions(history, layerCount) {
    const made = history.filter((h) => !h.empty_layer);
    if (made.length !== layerCount)
        return new Array(layerCount).fill(null);
    return made.map((h) => h.created_by ?? null);
}

;// CONCATENATED MODULE: ./src/image/store.ts





class DirStore {
    location;
    sizes;
    constructor(location, sizes) {
        this.location = location;
        this.sizes = sizes;
    }
    static async open(dir) {
        const sizes = new Map();
        const walk = async (rel) => {
            for (const entry of await promises_namespaceObject.readdir(external_node_path_namespaceObject.join(dir, rel), { withFileTypes: true })) {
                const name = rel ? `${rel}/${entry.name}` : entry.name;
                if (entry.isDirectory())
                    await walk(name);
                else if (entry.isFile())
                    sizes.set(name, (await promises_namespaceObject.stat(external_node_path_namespaceObject.join(dir, name))).size);
            }
        };
        await walk('');
        return new DirStore(dir, sizes);
    }
    has(name) {
        return this.sizes.has(name);
    }
    size(name) {
        return this.sizes.get(name) ?? 0;
    }
    read(name) {
        return promises_namespaceObject.readFile(external_node_path_namespaceObject.join(this.location, name));
    }
    stream(name) {
        return (0,external_node_fs_namespaceObject.createReadStream)(external_node_path_namespaceObject.join(this.location, name), { highWaterMark: 256 * 1024 });
    }
}
/**
 * A tar archive read in place: one pass over its headers (seeking past the data) builds an index,
 * and each member is then streamed straight from its byte range. Layers are never extracted.
 */
class TarStore {
    location;
    members;
    constructor(location, members) {
        this.location = location;
        this.members = members;
    }
    static async open(file) {
        const members = new Map();
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
                offset += paddedSize(header.dataSize);
            }
        }
        finally {
            await handle.close();
        }
        return new TarStore(file, members);
    }
    has(name) {
        return this.members.has(name);
    }
    size(name) {
        return this.members.get(name)?.size ?? 0;
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
    stream(name) {
        const member = this.member(name);
        if (member.size === 0)
            return (0,external_node_fs_namespaceObject.createReadStream)(this.location, { start: 1, end: 0 });
        return (0,external_node_fs_namespaceObject.createReadStream)(this.location, {
            start: member.offset,
            end: member.offset + member.size - 1,
            highWaterMark: 256 * 1024,
        });
    }
    member(name) {
        const member = this.members.get(name);
        if (!member)
            throw new UserError(`${this.location} has no ${name}`);
        return member;
    }
}

;// CONCATENATED MODULE: ./src/image/source.ts







/**
 * Opens what the user named: an OCI layout folder, a `docker save` or OCI layout archive, or else
 * an image reference in the local Docker daemon.
 */
async function openSource(spec, options = {}) {
    const stat = await promises_namespaceObject.stat(spec).catch(() => null);
    if (stat?.isDirectory()) {
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
    const file = await exportImage(spec, options.tempDir ?? external_node_os_namespaceObject.tmpdir());
    const dispose = () => promises_namespaceObject.rm(file, { force: true });
    try {
        const store = await openArchive(file);
        const ref = { ...options, ref: spec };
        return { kind: 'daemon', store, images: await resolveImages(store, ref), dispose };
    }
    catch (err) {
        await dispose();
        throw err;
    }
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
function looksLikePath(spec) {
    return (spec.startsWith('/') || spec.startsWith('./') || spec.startsWith('../') || /\.(tar|tgz|tar\.gz|oci)$/.test(spec));
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
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
 * A zstd decoder stream. Node 24 (what GitHub runs actions with) has zstd in zlib, native and the
 * fastest; Node 20 has none, so the CLI there falls back to fzstd, a pure-JavaScript decoder that
 * bundles without a native build.
 */
function createZstdDecoder() {
    const native = external_node_zlib_namespaceObject.createZstdDecompress;
    if (native)
        return native({ chunkSize: 256 * 1024 });
    return fzstdTransform();
}
function fzstdTransform() {
    let push = () => undefined;
    const decoder = new Decompress((data) => push(Buffer.from(data.buffer, data.byteOffset, data.length)));
    return new external_node_stream_namespaceObject.Transform({
        transform(chunk, _encoding, callback) {
            push = (c) => this.push(c);
            try {
                decoder.push(chunk);
                callback();
            }
            catch (err) {
                callback(Object.assign(err, { code: 'ERR_ZSTD' }));
            }
        },
        flush(callback) {
            push = (c) => this.push(c);
            try {
                decoder.push(new Uint8Array(0), true);
                callback();
            }
            catch (err) {
                callback(Object.assign(err, { code: 'ERR_ZSTD' }));
            }
        },
    });
}

;// CONCATENATED MODULE: ./src/layers/scan.ts






class LayerReadError extends Error {
}
const CHUNK = 256 * 1024;
const ESTARGZ_TOC = 'stargz.index.json';
const ESTARGZ_LANDMARKS = new Set(['.prefetch.landmark', '.no.prefetch.landmark']);
function detectCompression(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    return 'none';
}
function decoderFor(compression) {
    switch (compression) {
        case 'gzip':
            return external_node_zlib_namespaceObject.createGunzip({ chunkSize: CHUNK });
        case 'zstd':
            return createZstdDecoder();
        case 'none':
            return null;
    }
}
/**
 * Reads a layer blob once: decompresses it (the format is recognised from its first bytes),
 * hashes and counts the uncompressed stream, and lists its tar members. Nothing of the file
 * contents is kept.
 */
async function scanLayer(blob, options = {}) {
    const iterator = blob[Symbol.asyncIterator]();
    const first = await iterator.next();
    const head = first.done ? Buffer.alloc(0) : first.value;
    const compression = detectCompression(head);
    let compressedBytes = 0;
    async function* compressed() {
        if (head.length) {
            compressedBytes += head.length;
            yield head;
        }
        for (;;) {
            const next = await iterator.next();
            if (next.done)
                return;
            compressedBytes += next.value.length;
            yield next.value;
        }
    }
    const entries = [];
    const parser = new TarParser((entry) => entries.push(entry));
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let uncompressedBytes = 0;
    const gzip = options.estimateGzip && compression === 'none' ? external_node_zlib_namespaceObject.createGzip() : null;
    let gzipBytes = 0;
    const gzipDone = gzip
        ? new Promise((resolve, reject) => {
            gzip.on('data', (c) => (gzipBytes += c.length));
            gzip.on('end', resolve);
            gzip.on('error', reject);
        })
        : Promise.resolve();
    async function sink(source) {
        for await (const chunk of source) {
            uncompressedBytes += chunk.length;
            hash.update(chunk);
            parser.push(chunk);
            if (gzip && !gzip.write(chunk))
                await new Promise((r) => gzip.once('drain', r));
        }
        parser.end();
        gzip?.end();
    }
    const decoder = decoderFor(compression);
    try {
        if (decoder)
            await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_namespaceObject.Readable.from(compressed()), decoder, sink);
        else
            await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_namespaceObject.Readable.from(compressed()), sink);
        await gzipDone;
    }
    catch (err) {
        throw new LayerReadError(describeFailure(err, compression));
    }
    let estargz = false;
    if (compression === 'gzip' && entries.at(-1)?.path === ESTARGZ_TOC) {
        estargz = true;
        const kept = entries.filter((e) => e.path !== ESTARGZ_TOC && !ESTARGZ_LANDMARKS.has(e.path));
        entries.length = 0;
        entries.push(...kept);
    }
    return {
        compression,
        estargz,
        compressedBytes,
        uncompressedBytes,
        diffId: `sha256:${hash.digest('hex')}`,
        entries,
        gzipEstimateBytes: gzip ? gzipBytes : null,
    };
}
function describeFailure(err, compression) {
    if (err instanceof TarFormatError) {
        return compression === 'none' && /not a tar header at byte 0$/.test(err.message)
            ? 'is neither a tar stream nor gzip or zstd compressed'
            : err.message;
    }
    const code = err.code;
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || code === 'ERR_ZSTD') {
        return `its ${compression} data is corrupt or truncated (${err.message})`;
    }
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./src/layers/read.ts



/** Reads every layer of an image (in parallel), checking each against its diff_id. */
async function readLayers(store, image, options = {}) {
    const concurrency = Math.max(1, options.concurrency ?? external_node_os_namespaceObject.availableParallelism());
    const results = new Array(image.layers.length);
    const queue = image.layers.filter((layer) => {
        const known = layer.digest ? options.known?.get(layer.digest) : undefined;
        if (known)
            results[layer.index] = known;
        return !known;
    });
    // Largest first, so one big layer does not start last and leave the other cores idle.
    queue.sort((a, b) => store.size(b.file) - store.size(a.file));
    const worker = async () => {
        for (let layer = queue.shift(); layer; layer = queue.shift())
            results[layer.index] = await readLayer(store, layer);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
    return results;
}
async function readLayer(store, layer) {
    const name = `layer ${layer.index} (${layer.digest ?? layer.file})`;
    let scan;
    try {
        // `docker save` from the classic image store writes layers uncompressed, even with a manifest.
        const maybeUncompressed = !layer.mediaType || !/gzip|zstd/.test(layer.mediaType);
        scan = await scanLayer(store.stream(layer.file), { estimateGzip: maybeUncompressed });
    }
    catch (err) {
        if (err instanceof LayerReadError)
            throw new UserError(`${store.location}: ${name} ${err.message}`);
        throw err;
    }
    if (scan.diffId !== layer.diffId) {
        throw new UserError(`${store.location}: ${name} does not match its diff_id: the config says ${layer.diffId}, its content is ${scan.diffId}`);
    }
    return scan;
}

;// CONCATENATED MODULE: ./src/baseline/analyze.ts



/** Bumped whenever what a record holds changes: an older record is ignored and its layer read again. */
const RECORD_VERSION = 1;
async function analyze(source, options = {}) {
    const opened = await openSource(source, { platform: options.platform, tempDir: options.tempDir });
    try {
        const images = [];
        const records = new Map();
        for (const image of opened.images) {
            const known = new Map();
            for (const layer of image.layers) {
                const record = layer.digest ? options.knownLayers?.get(layer.digest) : undefined;
                if (record && isUsable(record, layer.diffId))
                    known.set(layer.digest, record);
            }
            const scans = await readLayers(opened.store, image, {
                known: new Map([...known].map(([d, r]) => [d, toScan(r)])),
            });
            const measurement = withRecordedContent(measure(image, scans), known);
            images.push(toAnalysis(measurement, image));
            for (const [i, layer] of image.layers.entries()) {
                if (!layer.digest)
                    continue;
                records.set(layer.digest, known.get(layer.digest) ?? toRecord(layer.digest, scans[i], measurement.layers[i]));
            }
        }
        return { images, layers: [...records.values()] };
    }
    finally {
        await opened.dispose();
    }
}
function isUsable(record, diffId) {
    const r = record;
    return (r.version === RECORD_VERSION &&
        r.diffId === diffId &&
        typeof r.compressedBytes === 'number' &&
        typeof r.uncompressedBytes === 'number' &&
        typeof r.contentBytes === 'number' &&
        typeof r.fileCount === 'number');
}
/** A scan stand-in for a known layer; its content figures come from the record afterwards. */
function toScan(r) {
    return {
        compression: r.compression,
        estargz: r.estargz,
        compressedBytes: r.compressedBytes,
        uncompressedBytes: r.uncompressedBytes,
        diffId: r.diffId,
        entries: [],
        gzipEstimateBytes: r.gzipEstimateBytes,
    };
}
function withRecordedContent(m, known) {
    const layers = m.layers.map((l) => {
        const record = l.digest ? known.get(l.digest) : undefined;
        return record ? { ...l, contentBytes: record.contentBytes, fileCount: record.fileCount } : l;
    });
    const sum = (pick) => layers.reduce((n, l) => n + pick(l), 0);
    return {
        ...m,
        layers,
        totals: { ...m.totals, contentBytes: sum((l) => l.contentBytes), fileCount: sum((l) => l.fileCount) },
    };
}
function toRecord(digest, scan, layer) {
    return {
        digest,
        version: RECORD_VERSION,
        diffId: scan.diffId,
        compression: scan.compression,
        estargz: scan.estargz,
        compressedBytes: scan.compressedBytes,
        uncompressedBytes: scan.uncompressedBytes,
        gzipEstimateBytes: scan.gzipEstimateBytes,
        contentBytes: layer.contentBytes,
        fileCount: layer.fileCount,
    };
}
function toAnalysis(m, image) {
    const user = image.config.config?.User || null;
    return {
        ...m,
        dive: {
            efficiency: 1,
            wastedBytes: 0,
            userWastedRatio: null,
            sizeBytes: m.totals.contentBytes,
            userSizeBytes: 0,
            inefficiencies: [],
        },
        hiddenBytes: 0,
        directories: [],
        files: [],
        facts: {
            packageCaches: [],
            removedLater: [],
            toolchains: [],
            secrets: [],
            user,
            runsAsRoot: user === null || user === 'root' || user === '0',
        },
    };
}

;// CONCATENATED MODULE: ./src/analyze.ts



/** Reads an image from wherever it is and measures each platform asked for. */
async function analyzeSource(spec, options = {}) {
    const source = await openSource(spec, options);
    try {
        const results = [];
        for (const image of source.images) {
            results.push(measure(image, await readLayers(source.store, image)));
        }
        return results;
    }
    finally {
        await source.dispose();
    }
}

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

;// CONCATENATED MODULE: ./src/report/markdown.ts
/** A zero-width space: breaks what GitHub links after rendering, invisibly. */
const ZWSP = '&#8203;';
/**
 * Text that comes from an image (file names, instructions, labels) rendered as plain text in
 * GitHub markdown: no HTML, no emphasis or code, no table breaks, no mentions, issue links, emoji or
 * autolinks. Markdown and HTML syntax is written as character references, which the parser takes
 * as text. Mentions, `#123`, `:emoji:` and bare URLs are found by GitHub in the rendered text, where
 * those references are already decoded, so they are broken by a zero-width space instead.
 */
function escapeMarkdown(text) {
    return (text
        // One pass, so the references it writes are not escaped again. A colon before a space can
        // start neither an emoji nor a URL, so it stays readable.
        .replace(/[\\`*_{}[\]<>&|~$@#]|:(?=\S)|www\./gi, (c) => c.length > 1 ? `${c.slice(0, 3)}${ZWSP}.` : `&#${c.charCodeAt(0)};${'@#:'.includes(c) ? ZWSP : ''}`)
        .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
        // Other control characters would show as nothing or break the table.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, '\ufffd'));
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts


/** Shortens BuildKit's `RUN /bin/sh -c … # buildkit` to what the Dockerfile said. */
function displayInstruction(instruction) {
    if (instruction === null)
        return '(no instruction recorded)';
    return instruction
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

;// CONCATENATED MODULE: ./src/dockerfile/match.ts

/**
 * An instruction reduced to what stays the same between builds of the same Dockerfile line:
 * BuildKit's `/bin/sh -c` and `# buildkit`, the `|2 A=1 B=2` build-argument prefix and `--flag`
 * options removed, whitespace collapsed.
 */
function normaliseInstruction(instruction) {
    if (instruction === null)
        return '';
    let text = displayInstruction(instruction).replace(/\s+/g, ' ').trim();
    text = text.replace(/^RUN \|\d+(?: [^\s=]+=\S*)* /, 'RUN ');
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
        ...cacheHints(analysis.facts, lineOf),
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
function cacheHints(facts, lineOf) {
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
        key: `package-cache:${g.kind}:${g.path}`,
        title: `Package-manager cache ${g.path} left in layer ${g.layer}`,
        fix: CACHE_FIX[g.kind],
        layer: g.layer,
        line: lineOf(g.layer),
        bytes: g.bytes,
    }));
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
            groups.set(t.kind, { bytes: t.bytes, layer: t.layer, path: t.path });
        else
            g.bytes += t.bytes;
    }
    return [...groups.entries()]
        .filter(([, g]) => g.bytes >= MIN_HINT_BYTES)
        .map(([kind, g]) => ({
        kind: kind === 'jdk' ? 'jdk' : 'toolchain',
        key: `toolchain:${kind}`,
        title: `${TOOLCHAIN_NAME[kind]} (${g.path}) is in the final image`,
        fix: kind === 'jdk'
            ? 'run on a JRE (or a jlink runtime); keep the JDK in the build stage'
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
            title: `\`COPY . .\` comes before the dependency install on line ${install.line}: every source change reinstalls the dependencies`,
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
    const hints = findHints(image, { dockerfile: options.dockerfile, hasDockerignore: options.hasDockerignore, build });
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
    };
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

;// CONCATENATED MODULE: ./src/thresholds/evaluate.ts

/** Checks every threshold in force against the comparison. Pure. */
function evaluate(comparison, thresholds, diveRules = []) {
    const crossings = [];
    for (const p of comparison.platforms)
        crossings.push(...platformCrossings(p, thresholds));
    for (const r of diveRules.filter((r) => r.failed)) {
        crossings.push({
            threshold: `dive-ci ${r.rule}`,
            level: 'error',
            platform: r.platform,
            message: `dive-ci ${r.rule}: ${r.platform} is ${r.measured}, limit ${r.limit}`,
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
    const failed = crossings.some((c) => c.level === 'error');
    const warnings = crossings.some((c) => c.level === 'warning');
    const compared = comparison.platforms.some((p) => p.baseline !== null);
    const result = failed ? 'fail' : warnings ? 'warn' : compared ? 'pass' : 'no-baseline';
    return { result, crossings, failed };
}
function platformCrossings(p, t) {
    const out = [];
    const metric = t.sizeMetric;
    const total = metric === 'compressed' ? p.totals.compressed : p.totals.uncompressed;
    const cross = (threshold, level, what, layer = null, line = null) => out.push({ threshold, level, platform: p.platform, message: `${threshold}: ${p.platform} ${what}`, layer, line });
    if (t.maxSize != null && total.current > t.maxSize) {
        cross('max-size', 'error', `${metric} size is ${bytesAgainst(total.current, t.maxSize)}`);
    }
    if (total.delta !== null) {
        const increase = total.delta;
        if (t.maxIncrease != null && increase > t.maxIncrease) {
            cross('max-increase', 'error', `${metric} size grew by ${bytesAgainst(increase, t.maxIncrease, '+')}`);
        }
        else if (t.warnIncrease != null && increase > t.warnIncrease) {
            cross('warn-increase', 'warning', `${metric} size grew by ${bytesAgainst(increase, t.warnIncrease, '+')}`);
        }
        if (total.percent !== null) {
            if (t.maxIncreasePercent != null && total.percent > t.maxIncreasePercent) {
                cross('max-increase-percent', 'error', `${metric} size grew by ${percentAgainst(total.percent, t.maxIncreasePercent)}`);
            }
            else if (t.warnIncreasePercent != null && total.percent > t.warnIncreasePercent) {
                cross('warn-increase-percent', 'warning', `${metric} size grew by ${percentAgainst(total.percent, t.warnIncreasePercent)}`);
            }
        }
    }
    if (t.maxLayerIncrease != null && p.baseline) {
        for (const layer of p.layers) {
            const d = metric === 'compressed' ? layer.compressed : layer.uncompressed;
            if (layer.status === 'removed' || d.delta === null || d.delta <= t.maxLayerIncrease)
                continue;
            const where = layer.line !== null ? ` (Dockerfile line ${layer.line})` : '';
            cross('max-layer-increase', 'error', `layer ${layer.index}${where} ${metric} size grew by ${bytesAgainst(d.delta, t.maxLayerIncrease, '+')}`, layer.index, layer.line);
        }
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
    // Trim the longest table first, a quarter of its rows at a time, until the report fits.
    while (text.length > max) {
        const tables = blocks.filter((b) => typeof b !== 'string' && b.rows.length > 0);
        if (tables.length === 0)
            break;
        const longest = tables.reduce((a, b) => (renderTable(b).length > renderTable(a).length ? b : a));
        shrink(longest);
        text = join(blocks);
    }
    if (text.length > max) {
        const note = `\n\n_The rest of this report was cut to keep it within GitHub's size limit; the job summary has it whole._\n`;
        text = text.slice(0, max - note.length) + note;
    }
    return text;
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
        blocks.push(`**${formatBytes(first.totals.compressed.current)}** compressed${estimated(first)}${change(first.totals.compressed, ' (', ')')} · ` +
            `**${formatBytes(first.totals.uncompressed.current)}** uncompressed${change(first.totals.uncompressed, ' (', ')')} · ` +
            `${escapeMarkdown(first.platform)}${more}`);
        const biggest = biggestLayerChange(first, metric);
        if (biggest) {
            const d = metric === 'compressed' ? biggest.compressed : biggest.uncompressed;
            blocks.push(`Largest layer change: ${instructionCell(biggest, o)} ${signedBytes(d.delta ?? 0)} ${metric}`);
        }
    }
    if (verdict.crossings.length > 0) {
        blocks.push(verdict.crossings.map((x) => `- ${x.level === 'error' ? '❌' : '⚠️'} ${escapeMarkdown(x.message)}`).join('\n'));
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
        const base = (d, unit) => d.baseline === null ? '' : ` (baseline ${round(d.baseline)}${unit}, ${signed(round(d.delta ?? 0))}${unit})`;
        blocks.push(`**Build:** ${round(b.seconds.current)} s${base(b.seconds, ' s')} · ` +
            `${b.cachedSteps.current} of ${b.totalSteps} steps cached${base(b.cachedSteps, '')} · cache: ${b.cacheMode}`);
    }
    blocks.push(footer(c, o.thresholds));
    return blocks;
}
/** Marks a compressed size that is gzip's figure for layers the source stored uncompressed. */
function estimated(p) {
    return p.current.totals.compressedEstimated ? ' (estimated)' : '';
}
function change(d, open = '', close = '') {
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
            change(p.totals.compressed) || '—',
            formatBytes(p.totals.uncompressed.current),
            change(p.totals.uncompressed) || '—',
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
            ...(compared ? [`**${change(metric === 'compressed' ? totals.compressed : totals.uncompressed) || '—'}**`] : []),
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
    return table(['', 'Hint', 'Where', 'Saves', 'Fix'], [':--', ':--', ':--', '--:', ':--'], p.hints.map((h) => {
        const where = [];
        if (h.layer !== null)
            where.push(`layer ${h.layer}`);
        if (h.line !== null)
            where.push(o.dockerfileUrl ? `[line ${h.line}](${o.dockerfileUrl}#L${h.line})` : `line ${h.line}`);
        return {
            cells: [
                h.isNew ? '🆕' : '',
                escapeMarkdown(truncate(h.title, 200)),
                where.join(', ') || '—',
                h.bytes > 0 ? formatBytes(h.bytes) : '—',
                h.fix,
            ],
            weight: h.bytes + (h.isNew ? 1 : 0),
        };
    }));
}
function footer(c, t) {
    const limits = describeThresholds(t);
    const commit = c.baselineCommit ? `baseline commit ${escapeMarkdown(c.baselineCommit.slice(0, 12))}` : 'no baseline';
    return (`<sub>Compared with ${commit} · thresholds (${t.sizeMetric}, fail-on ${t.failOn}): ` +
        `${limits.length > 0 ? limits.join(', ') : 'none set'} · image-size-guard</sub>`);
}

;// CONCATENATED MODULE: ./src/thresholds/size.ts

const UNIT_BYTES = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
    tib: 1024 ** 4,
};
/**
 * A byte size as users write it: `B`, decimal `kB MB GB` (as registries and `docker images` show
 * sizes), binary `KiB MiB GiB`; a bare number is bytes. Units are matched without regard to case,
 * so `500mb` is 500 MB, never 500 millibits.
 */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
    const factor = m ? UNIT_BYTES[(m[2] || 'b').toLowerCase()] : undefined;
    if (!m || factor === undefined) {
        throw new UserError(`"${text}" is not a size: write a number of bytes, or a number with B, kB, MB, GB, KiB, MiB or GiB (e.g. 250MB)`);
    }
    return Math.round(Number(m[1]) * factor);
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









const COMPARE_USAGE = `Usage: image-size-guard compare SOURCE --baseline FILE [--format markdown|json|text]
       [--dockerfile PATH] [--platform os/arch[/variant]|all] [--key NAME]
       [--max-size SIZE] [--max-increase SIZE] [--max-increase-percent N] [--max-layer-increase SIZE]
       [--warn-increase SIZE] [--warn-increase-percent N] [--min-efficiency R] [--max-wasted-bytes SIZE]
       [--max-user-wasted-percent N] [--size-metric compressed|uncompressed] [--fail-on error|warning|never]

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
            format: { type: 'string', default: 'markdown' },
            dockerfile: { type: 'string' },
            platform: { type: 'string' },
            key: { type: 'string', default: 'image-size-guard' },
            help: { type: 'boolean', short: 'h' },
            ...Object.fromEntries(THRESHOLD_FLAGS.map((f) => [f, { type: 'string' }])),
        },
    });
    if (values.help) {
        io.out(`${COMPARE_USAGE}\n`);
        return 0;
    }
    const [source, ...rest] = positionals;
    if (!source || rest.length > 0 || !values.baseline) {
        throw new UserError(`expected "compare SOURCE --baseline FILE"\n${COMPARE_USAGE}`);
    }
    const format = values.format;
    if (!['json', 'markdown', 'text'].includes(format)) {
        throw new UserError(`--format must be markdown, json or text, not "${format}"`);
    }
    const text = {};
    const given = values;
    for (const flag of THRESHOLD_FLAGS)
        text[flag] = given[flag];
    const thresholds = parseThresholds(text, (name) => `--${name}`);
    let dockerfile = null;
    if (values.dockerfile) {
        try {
            dockerfile = await promises_namespaceObject.readFile(values.dockerfile, 'utf8');
        }
        catch {
            throw new UserError(`No Dockerfile at ${values.dockerfile}: give the path of the Dockerfile that built the image`);
        }
    }
    const { images } = await analyze(source, { platform: values.platform });
    const baseline = await readBaselineFile(values.baseline);
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
    else if (format === 'markdown') {
        io.out(renderReport(comparison, verdict, { key: values.key, thresholds }));
    }
    else {
        io.out(`${verdict.result}\n${verdict.crossings.map((c) => `  ${c.level}: ${c.message}\n`).join('')}`);
    }
    return verdict.failed ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli/main.ts








const USAGE = `Usage: image-size-guard analyze SOURCE [--platform os/arch[/variant]|all] [--format json|markdown|text]
       [--write-baseline FILE]

SOURCE is a local image reference (read from the Docker daemon), a docker save archive,
an OCI layout archive, or an OCI layout folder.`;
const stdio = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
};
/** Runs the CLI and returns its exit status: 0 done, 2 usage error or unreadable image. */
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
                'write-baseline': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
        if (values.help) {
            io.out(`${USAGE}\n\n${COMPARE_USAGE}\n`);
            return 0;
        }
        const [command, source, ...rest] = positionals;
        if (command !== 'analyze' || !source || rest.length > 0)
            throw new UserError(`expected "analyze SOURCE"\n${USAGE}`);
        const format = values.format;
        if (!['json', 'markdown', 'text'].includes(format))
            throw new UserError(`--format must be json, markdown or text, not "${format}"`);
        const images = await analyzeSource(source, { platform: values.platform });
        io.out(render(images, format, values.platform === 'all'));
        if (values['write-baseline']) {
            await writeBaselineFile(values['write-baseline'], await analyze(source, { platform: values.platform }));
        }
        return 0;
    }
    catch (err) {
        const message = err instanceof UserError || isArgError(err) ? messageOf(err) : `unexpected error: ${messageOf(err)}`;
        io.err(`image-size-guard: ${message}\n`);
        return 2;
    }
}
function isArgError(err) {
    return (typeof err.code === 'string' &&
        String(err.code).startsWith('ERR_PARSE_ARGS'));
}
function render(images, format, all) {
    switch (format) {
        case 'json':
            return `${JSON.stringify(all ? images : images[0], null, 2)}\n`;
        case 'markdown':
            return renderMeasurement(images);
        case 'text':
            return images.map(renderText).join('\n');
    }
}
function renderText(m) {
    const lines = [
        `${m.image.ref ?? m.image.digest ?? 'image'} (${m.image.platform})`,
        `  compressed   ${formatBytes(m.totals.compressedBytes)}${m.totals.compressedEstimated ? ' (estimated)' : ''}`,
        `  uncompressed ${formatBytes(m.totals.uncompressedBytes)}`,
        `  layers       ${m.totals.layerCount}, files ${m.totals.fileCount}`,
        '',
        ...m.layers.map((l) => `  ${String(l.index).padStart(3)}  ${formatBytes(l.compressedBytes).padStart(9)}  ${formatBytes(l.uncompressedBytes).padStart(9)}  ` +
            displayInstruction(l.instruction).slice(0, 100)),
    ];
    return `${lines.join('\n')}\n`;
}


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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
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
