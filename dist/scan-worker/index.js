import { createRequire as __isgCreateRequire } from 'node:module';
import { dirname as __isgDirname } from 'node:path';
import { fileURLToPath as __isgFileURLToPath } from 'node:url';
const require = __isgCreateRequire(import.meta.url);
const __filename = __isgFileURLToPath(import.meta.url);
const __dirname = __isgDirname(__filename);
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/layers/chunks.ts
/**
 * Bytes per read of a layer file, and the most output a decompressor hands on at once. Gunzipping
 * the benchmark image's largest layer (394 MB) synchronously takes about 5 % longer in 64 KiB
 * pieces; from 256 KiB to 4 MiB the difference is lost in the noise.
 */
const CHUNK_BYTES = 1024 * 1024;
/** A stream's chunks (never overwritten). */
function chunks_streamChunks(stream) {
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

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
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
    const source = blob instanceof Readable ? streamChunks(blob) : blob;
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

;// CONCATENATED MODULE: ./src/layers/scan-worker.ts
/**
 * A worker thread that reads layer blobs from files, one at a time: it inflates, hashes and lists
 * each one synchronously (scanFileSync), so each layer read at once has a core of its own and the
 * main thread is left to the analysis. Bundled beside the action and the CLI (scripts/bundle.mjs).
 */


external_node_worker_threads_namespaceObject.parentPort?.on('message', (job) => {
    const reply = (message) => external_node_worker_threads_namespaceObject.parentPort.postMessage(message);
    try {
        reply({ id: job.id, scan: scanFileSync(job.range, job.options) });
    }
    catch (err) {
        reply({
            id: job.id,
            error: { message: err instanceof Error ? err.message : String(err), layerRead: err instanceof LayerReadError },
        });
    }
});

