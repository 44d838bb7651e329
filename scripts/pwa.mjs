// After the build: writes dist/sw.js from assets/sw.js with the list of files to precache
// (everything the app's page can need, read from dist/ since the names carry hashes) and a
// version computed from their contents, so any change to the app gives a new worker.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

/** Writes `<dist>/sw.js`; returns the paths always precached (the questionnaires in the
 *  visitor's language come on top). */
export async function writeServiceWorker(dist) {
  const all = (await filesUnder(dist)).map((f) => relative(dist, f).split(sep).join('/')).sort();
  // The embed folder is for other sites and holds copies; sw.js must never cache itself.
  const files = all.filter((f) => !f.startsWith('embed/') && f !== 'sw.js' && f !== 'index.html');
  const hash = createHash('sha256');
  for (const f of files.concat('index.html')) hash.update(f).update(await readFile(join(dist, f)));
  const version = hash.digest('hex').slice(0, 16);
  // Questionnaires are precached in the visitor's language only (sw.js picks it at install);
  // the other languages' files are kept once they are first used.
  const content = files.filter((f) => f.startsWith('questionnaires/'));
  const precache = ['./', ...files.filter((f) => !f.startsWith('questionnaires/'))];
  const template = await readFile('assets/sw.js', 'utf8');
  const worker = template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__FILES__', JSON.stringify(precache, null, 2))
    .replace('__CONTENT__', JSON.stringify(content, null, 2));
  await writeFile(join(dist, 'sw.js'), worker);
  return precache;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const precache = await writeServiceWorker(process.argv[2] ?? 'dist');
  console.log(`service worker written: ${precache.length} files to precache`);
}
