// After the two Trunk builds (make build), before scripts/embed.mjs: minifies the wasm-bindgen
// glue and the stylesheet, in place: the app's in dist/ (its index.html's integrity attributes
// are rewritten to match) and the widget's glue in target/widget/, which embed.mjs then copies
// into dist/embed/v1/ with the stylesheet (issue #17: the bytes a prospect downloads before
// the first question). The wasm itself is wasm-opt's job (data-wasm-opt="z").
//
// Not Trunk's own `minify = "on_release"`: its JS minifier (minify-js 0.5) fails on the glue's
// `export default` (trunk-rs/trunk#1044) and has dropped wasm-bindgen getters before
// (trunk-rs/trunk#761). Two npm packages instead, pinned in package.json, both widely used
// and maintained:
// - terser: the JavaScript minifier most bundlers use; it parses the glue as an ES module,
//   so its exports, `import.meta.url` and the import object's property names (which the wasm
//   links against) are kept, and only local names are shortened.
// - lightningcss: Parcel's CSS parser and minifier (Rust, prebuilt per platform); with no
//   browser targets it only minifies (whitespace, comments, shorter colours and numbers,
//   merged rules) and lowers no syntax, so the stylesheet means the same in every engine.
// The loader (embed/client-fit.js) stays as written: it is small, and a consultant may read
// it before pinning its integrity hash (scripts/release.mjs).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { minify } from 'terser';

/** The glue, minified as an ES module. */
export async function minifyJs(code) {
  const out = await minify(code, {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (typeof out.code !== 'string') throw new Error('terser returned no code');
  return out.code;
}

/** The stylesheet, minified (`filename` only names it in errors). */
export function minifyCss(code, filename) {
  const out = transform({ filename, code: Buffer.from(code), minify: true });
  for (const warning of out.warnings) console.warn(`${filename}: ${warning.message}`);
  return out.code.toString();
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Minifies each file of `dir` whose name matches `pattern` with `how`; returns their names. */
async function minifyIn(dir, pattern, how) {
  const names = (await readdir(dir)).filter((f) => pattern.test(f));
  if (names.length !== 1) throw new Error(`expected one file like ${pattern} in ${dir}, found ${names.length}`);
  for (const name of names) {
    const path = join(dir, name);
    const before = await readFile(path, 'utf8');
    await writeFile(path, await how(before, name));
  }
  return names;
}

/** Rewrites the `integrity` of every tag of `html` whose `href` names one of `files` (in
 *  `dir`), so the browser accepts the minified file. */
async function fixIntegrity(html, dir, files) {
  let fixed = html;
  for (const name of files) {
    const hash = sri(await readFile(join(dir, name)));
    const tag = new RegExp(`(<link\\b[^>]*\\bhref="/?${name.replaceAll('.', '\\.')}"[^>]*\\bintegrity=")[^"]*(")`, 'g');
    const count = [...fixed.matchAll(tag)].length;
    if (count !== 1) throw new Error(`expected one tag with the integrity of ${name}, found ${count}`);
    fixed = fixed.replace(tag, `$1${hash}$2`);
  }
  return fixed;
}

/** Minifies the app's glue and stylesheet in `dist` (fixing `dist/index.html`) and the
 *  widget's glue in `widget`. */
export async function minifyBuild(dist, widget) {
  const glue = (code) => minifyJs(code);
  const css = (code, name) => minifyCss(code, name);
  const app = [
    ...(await minifyIn(dist, /^client-fit-[0-9a-f]+\.js$/, glue)),
    ...(await minifyIn(dist, /^app-[0-9a-f]+\.css$/, css)),
  ];
  const index = join(dist, 'index.html');
  await writeFile(index, await fixIntegrity(await readFile(index, 'utf8'), dist, app));
  await minifyIn(widget, /^client-fit-widget-[0-9a-f]+\.js$/, glue);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await minifyBuild(process.argv[2] ?? 'dist', process.argv[3] ?? 'target/widget');
  console.log('glue and stylesheet minified (terser, lightningcss)');
}
