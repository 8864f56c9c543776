import { describe, expect, it } from 'vitest';
import { fromRecord, toRecord } from '../../src/analysis/record.js';
import type { VisibleFile } from '../../src/filetree/merge.js';
import { findPackages, type PackageLayer } from '../../src/packages/find.js';
import { isPackageFile } from '../../src/packages/paths.js';
import { RPM_UNREADABLE } from '../../src/packages/rpm.js';
import type { LayerScan } from '../../src/layers/scan.js';
import type { TarEntry } from '../../src/layers/tar.js';

const entry = (path: string, type: TarEntry['type'] = 'file', size = 0, linkName = ''): TarEntry => ({
  path,
  type,
  size,
  linkName,
});
const file = (path: string, data: string) => ({ path, data: Buffer.from(data) });

describe('package databases', () => {
  it('are the files dpkg, apk, Python and Node keep their lists in, and nothing else', () => {
    expect(
      [
        'var/lib/dpkg/status',
        'var/lib/dpkg/info/jq:amd64.list',
        'var/lib/dpkg/status.d/libc6',
        'lib/apk/db/installed',
        'usr/lib/python3/dist-packages/six-1.16.0.dist-info/RECORD',
        'usr/local/lib/python3.11/site-packages/x-1.egg-info/installed-files.txt',
        'app/node_modules/@scope/pkg/package.json',
        'app/node_modules/a/node_modules/b/package.json',
      ].filter(isPackageFile),
    ).toHaveLength(8);
    expect(
      [
        'var/lib/dpkg/info/jq.md5sums',
        'app/package.json',
        'app/node_modules/a/lib/package.json',
        'usr/lib/python3/RECORD',
        'var/lib/dpkg/status-old',
      ].filter(isPackageFile),
    ).toEqual([]);
  });

  it('give distroless status.d packages their md5sums files and resolve folder links on listed paths', () => {
    const layers: PackageLayer[] = [
      {
        entries: [entry('lib', 'symlink', 0, 'usr/lib'), entry('usr/lib/libz.so.1', 'file', 100)],
        captured: [
          file('var/lib/dpkg/status.d/zlib1g', 'Package: zlib1g\nVersion: 1:1.2.13\nDescription: x\n more\n'),
          file('var/lib/dpkg/status.d/zlib1g.md5sums', 'abc123  lib/libz.so.1\nabc124  usr/share/doc/gone\n'),
        ],
      },
    ];
    const visible: VisibleFile[] = [
      { path: 'usr/lib/libz.so.1', size: 100, layer: 0 },
      { path: 'var/lib/dpkg/status.d/zlib1g', size: 50, layer: 0 },
      { path: 'var/lib/dpkg/status.d/zlib1g.md5sums', size: 60, layer: 0 },
      { path: 'etc/hostname', size: 7, layer: 0 },
    ];
    const { packages, packageTotals, ownerUnder } = findPackages(layers, visible);
    expect({ packages, packageTotals }).toEqual({
      packages: [{ type: 'deb', name: 'zlib1g', version: '1:1.2.13', bytes: 100, files: 1, layer: 0 }],
      packageTotals: { deb: 100, unowned: 117 },
    });
    expect([ownerUnder('/usr/lib'), ownerUnder('/etc')]).toEqual(['deb zlib1g', null]);
  });

  it('are read from the version the final filesystem shows: a later layer replaces, a deleted one is gone', () => {
    const status = (v: string) => `Package: tool\nStatus: install ok installed\nVersion: ${v}\n`;
    const layers: PackageLayer[] = [
      { entries: [], captured: [file('var/lib/dpkg/status', status('1.0'))] },
      { entries: [], captured: [file('var/lib/dpkg/status', status('2.0'))] },
    ];
    const shown = (layer: number): VisibleFile[] => [{ path: 'var/lib/dpkg/status', size: 1, layer }];
    expect(findPackages(layers, shown(1)).packages[0]!.version).toBe('2.0');
    expect(findPackages(layers, []).packages).toEqual([]);
  });

  it('survive a layer record, so a layer known from the baseline is not read again', () => {
    const scan: LayerScan = {
      compression: 'gzip',
      estargz: false,
      compressedBytes: 10,
      uncompressedBytes: 20,
      diffId: 'sha256:aa',
      entries: [entry('usr', 'directory'), entry('bin', 'symlink', 0, 'usr/bin')],
      gzipEstimateBytes: null,
      captured: [file('lib/apk/db/installed', 'P:busybox\nV:1.36\nF:bin\nR:busybox\n')],
    };
    const record = JSON.parse(JSON.stringify(toRecord('sha256:bb', scan)));
    expect(fromRecord(record, 'sha256:aa')).toEqual(scan);
    expect(fromRecord({ ...record, packageFiles: 'not base64 deflate' }, 'sha256:aa')).toBeNull();
  });
});

describe('notes', () => {
  it('say once which database this Node could not read, and are absent when every one was read', () => {
    // Two images' worth of the same unreadable database: what the scan keeps of an rpmdb.sqlite
    // under a Node without node:sqlite.
    const layers: PackageLayer[] = [
      {
        entries: [entry('var/lib/rpm/rpmdb.sqlite', 'file', 4096)],
        captured: [file('var/lib/rpm/rpmdb.sqlite', RPM_UNREADABLE)],
      },
      {
        entries: [entry('usr/lib/sysimage/rpm/rpmdb.sqlite', 'file', 4096)],
        captured: [file('usr/lib/sysimage/rpm/rpmdb.sqlite', RPM_UNREADABLE)],
      },
    ];
    const visible: VisibleFile[] = [
      { path: 'usr/lib/sysimage/rpm/rpmdb.sqlite', size: 4096, layer: 1 },
      { path: 'var/lib/rpm/rpmdb.sqlite', size: 4096, layer: 0 },
    ];
    const need = "the image's RPM packages are not listed: reading RPM's database needs Node 22.5 or later";
    expect(findPackages(layers, visible).notes).toEqual([
      `var/lib/rpm/rpmdb.sqlite: ${need}`,
      `usr/lib/sysimage/rpm/rpmdb.sqlite: ${need}`,
    ]);
    expect(findPackages([layers[0]!], [visible[1]!]).notes).toEqual([`var/lib/rpm/rpmdb.sqlite: ${need}`]);
    const dpkg: PackageLayer[] = [
      { entries: [entry('var/lib/dpkg/status', 'file', 10)], captured: [file('var/lib/dpkg/status', '')] },
    ];
    expect(findPackages(dpkg, [{ path: 'var/lib/dpkg/status', size: 10, layer: 0 }])).not.toHaveProperty('notes');
  });
});
