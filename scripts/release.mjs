// `make release`: the ready-made files of the widget, from the built folder dist/embed/v1/
// (scripts/embed.mjs), into target/embed-release/ (earlier archives there are removed first, so
// a second run gives the same files):
//   client-fit-embed-<version>.tar.gz  every file of the folder (the npm package's files, its
//                                      package.json and README.md included) under one top
//                                      folder, client-fit-embed-<version>/; reproducible: the
//                                      same build gives the same bytes (sorted names, no dates,
//                                      no owners)
//   SHA256SUMS                         its SHA-256, for `sha256sum -c SHA256SUMS`
// and prints the Subresource Integrity hash of the loader (client-fit.js) with snippets that
// carry it. Node's built-ins and GNU tar only; nothing is published anywhere.
// Tested by tests/e2e/release.test.mjs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EMBED_DIR, PACKAGE_NAME, workspacePackage } from './embed.mjs';

export const RELEASE_DIR = 'target/embed-release';

/** Every file under `dir`, as sorted paths relative to it with `/`. */
async function filesUnder(dir, root = dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), root) : [relative(root, join(dir, e.name)).split(sep).join('/')])),
  );
  return nested.flat().sort();
}

/** The integrity attribute's value for `bytes`: `sha384-` and the base64 digest. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Writes the archive and SHA256SUMS of `<dist>/embed/v1/` into `out`; returns what it wrote. */
export async function writeRelease(dist = 'dist', out = RELEASE_DIR) {
  const folder = join(dist, EMBED_DIR);
  const pkg = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
  const { version } = await workspacePackage();
  if (pkg.name !== PACKAGE_NAME || pkg.version !== version) {
    throw new Error(`${folder}/package.json is ${pkg.name}@${pkg.version}, not ${PACKAGE_NAME}@${version}: run make build`);
  }
  const top = `${PACKAGE_NAME}-${version}`;
  const files = await filesUnder(folder);
  const tar = execFileSync('tar', [
    '--create', '--file=-', '--format=gnu', `--directory=${folder}`,
    '--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '--mode=u=rw,go=r',
    `--transform=s,^,${top}/,`, '--no-recursion', '--', ...files,
  ], { maxBuffer: 256 * 1024 * 1024 });
  const archive = gzipSync(tar, { level: 9 });
  const name = `${top}.tar.gz`;
  const sha256 = createHash('sha256').update(archive).digest('hex');
  await mkdir(out, { recursive: true });
  for (const old of await readdir(out)) {
    if (old === 'SHA256SUMS' || (old.startsWith(`${PACKAGE_NAME}-`) && old.endsWith('.tar.gz'))) await rm(join(out, old));
  }
  await writeFile(join(out, name), archive);
  await writeFile(join(out, 'SHA256SUMS'), `${sha256}  ${name}\n`);
  const integrity = sri(await readFile(join(folder, 'client-fit.js')));
  return { version, top, files, archive: join(out, name), size: archive.length, sha256, integrity };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await writeRelease(process.argv[2] ?? 'dist', process.argv[3] ?? RELEASE_DIR);
  const attributes = `integrity="${r.integrity}" crossorigin="anonymous"`;
  const cdn = `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${r.version}/client-fit.js`;
  console.log(`${r.archive}: ${r.files.length} files under ${r.top}/, ${(r.size / 1024).toFixed(0)} KiB
${r.archive.replace(/[^/]*$/, 'SHA256SUMS')}: sha256 ${r.sha256}

Subresource Integrity of client-fit.js (version ${r.version}): ${r.integrity}
Your own copy:
  <script type="module" src="/client-fit/v1/client-fit.js"
          ${attributes}></script>
From an npm CDN, once ${PACKAGE_NAME}@${r.version} is on the npm registry:
  <script type="module" src="${cdn}"
          ${attributes}></script>`);
}
