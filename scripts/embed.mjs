// After the build: lays out the files a consultant copies to embed Client Fit, under stable
// names in dist/embed/v1/, so the snippet never changes from one build to the next:
//   client-fit.js (the loader), client-fit-glue.js, client-fit.wasm, client-fit.css and
//   questionnaires/. A host page needs nothing else (never index.html).
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const EMBED_DIR = 'embed/v1';

/** Writes `<dist>/embed/v1/` from the hashed build output in `dist`. */
export async function writeEmbed(dist) {
  const out = join(dist, EMBED_DIR);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const files = await readdir(dist);
  const one = (pattern, what) => {
    const found = files.filter((f) => pattern.test(f));
    if (found.length !== 1) throw new Error(`expected one ${what} in ${dist}, found ${found.length}`);
    return join(dist, found[0]);
  };
  await cp(one(/^client-fit-[0-9a-f]+\.js$/, 'glue script'), join(out, 'client-fit-glue.js'));
  await cp(one(/^client-fit-[0-9a-f]+_bg\.wasm$/, 'wasm module'), join(out, 'client-fit.wasm'));
  await cp(one(/^app-[0-9a-f]+\.css$/, 'stylesheet'), join(out, 'client-fit.css'));
  await cp(join(dist, 'questionnaires'), join(out, 'questionnaires'), { recursive: true });
  await cp('embed/client-fit.js', join(out, 'client-fit.js'));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await writeEmbed(process.argv[2] ?? 'dist');
  console.log(`embed files written to ${out}/`);
}
