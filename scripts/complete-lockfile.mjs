#!/usr/bin/env node
// Completes package-lock.json with the platform-specific optional packages (biome, rollup, esbuild
// binaries for other systems) that this workplace's npm registry mirror does not serve: npm then
// cannot record them, and `npm ci` rejects its own lock file ("Missing: @biomejs/cli-darwin-x64 from
// lock file"). Each missing optional dependency gets an entry with the version its parent asks for and
// the os / cpu / libc its name encodes, so `npm ci` sees the lock in sync and skips those packages on
// platforms they are not for, without fetching them. Run it after `npm install` changes the lock:
//   node scripts/complete-lockfile.mjs        (writes the lock)
//   node scripts/complete-lockfile.mjs --check (exits 1 when entries are missing)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const OS = ['darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'android', 'aix', 'openharmony'];
const CPU = ['x64', 'arm64', 'arm', 'ia32', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x'];

/** The platform a binary package's name encodes: '@rollup/rollup-linux-arm64-musl' → linux, arm64, musl. */
function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = tokens.find((t) => OS.includes(t)) ?? (tokens.includes('win32') ? 'win32' : undefined);
  const cpu = tokens.find((t) => CPU.includes(t)) ?? (tokens.includes('arm') ? 'arm' : undefined);
  const libc = tokens.includes('musl') ? 'musl' : os === 'linux' && tokens.includes('gnu') ? 'glibc' : undefined;
  return { os, cpu, libc };
}

const added = [];
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === '' ? '' : `${path}/`;
    if (packages[`${base}node_modules/${dep}`] !== undefined || packages[`node_modules/${dep}`] !== undefined) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (os === undefined || cpu === undefined) continue; // not a platform binary: leave it to npm
    // Keys in npm's own order (version, then alphabetical), so that a later `npm install` leaves them be.
    const stub = { version: range, cpu: [cpu] };
    if (entry.dev) stub.dev = true;
    if (libc !== undefined) stub.libc = [libc];
    if (entry.license) stub.license = entry.license;
    stub.optional = true;
    stub.os = [os];
    packages[`node_modules/${dep}`] = stub;
    added.push(dep);
  }
}
if (process.argv.includes('--check')) {
  if (added.length > 0) {
    console.error(`package-lock.json lacks ${added.length} platform packages; run: node scripts/complete-lockfile.mjs`);
    process.exit(1);
  }
} else if (added.length > 0) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`added ${added.length} platform packages to package-lock.json: ${added.join(', ')}`);
}
