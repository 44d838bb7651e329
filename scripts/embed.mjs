// After the build: lays out the files a consultant copies to embed Client Fit, under stable
// names in dist/embed/v1/, so the snippet never changes from one build to the next:
//   client-fit.js (the loader), client-fit-glue.js and client-fit.wasm (the prospect's widget,
//   crates/widget, a build of its own without the consultant's app), client-fit.css and
//   questionnaires/ (the prospect's copies: no advice, letters or "find out" notes, which are the
//   consultant's and need not reach a prospect's browser), and first/ (each built-in
//   questionnaire's first screen as HTML, rendered at build time by crates/prerender, which the
//   loader shows before the wasm has arrived), and ui/ (the interface's words in Spanish,
//   Romanian and Danish: the module compiles in English only). A host page needs nothing else
//   (never index.html).
// The folder is also an npm package, client-fit-embed (the workspace's version): a short
// README.md (from embed/README.md) and a package.json whose `files` are the folder's entries,
// so `npm pack` there holds exactly the widget. scripts/release.mjs archives the same folder.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const EMBED_DIR = 'embed/v1';
export const PACKAGE_NAME = 'client-fit-embed';

/** The `[workspace.package]` version and license of the root Cargo.toml. */
export async function workspacePackage(cargoToml = 'Cargo.toml') {
  const text = await readFile(cargoToml, 'utf8');
  const section = /^\[workspace\.package\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
  const field = (name) => new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm').exec(section)?.[1];
  const version = field('version');
  if (!version) throw new Error(`no [workspace.package] version in ${cargoToml}`);
  return { version, license: field('license') ?? 'UNLICENSED' };
}

/** Writes `<dist>/embed/v1/` from the hashed build output in `dist` (the stylesheet), the
 *  widget's own build in `widget` (its wasm and glue), the questionnaire files in
 *  `questionnaires` (the prospect's copies `client-fit-content` wrote) and the first screens in
 *  `first` (`client-fit-prerender`'s). `make build` has minified the glue and the stylesheet
 *  before (scripts/minify.mjs); they are copied as they are. */
export async function writeEmbed(dist, questionnaires, widget, first) {
  const out = join(dist, EMBED_DIR);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const one = async (dir, pattern, what) => {
    const found = (await readdir(dir)).filter((f) => pattern.test(f));
    if (found.length !== 1) throw new Error(`expected one ${what} in ${dir}, found ${found.length}`);
    return join(dir, found[0]);
  };
  await cp(await one(widget, /^client-fit-widget-[0-9a-f]+\.js$/, 'glue script'), join(out, 'client-fit-glue.js'));
  await cp(await one(widget, /^client-fit-widget-[0-9a-f]+_bg\.wasm$/, 'wasm module'), join(out, 'client-fit.wasm'));
  await cp(await one(dist, /^app-[0-9a-f]+\.css$/, 'stylesheet'), join(out, 'client-fit.css'));
  await cp(questionnaires, join(out, 'questionnaires'), { recursive: true });
  await cp(first, join(out, 'first'), { recursive: true });
  // The interface's words in each language but English (the module carries English):
  // client-fit-content writes them beside the prospect's copies of the questionnaires.
  await cp(join(questionnaires, '..', 'ui'), join(out, 'ui'), { recursive: true });
  await cp('embed/client-fit.js', join(out, 'client-fit.js'));
  await writePackage(out);
  return out;
}

/** Writes README.md and package.json into the laid-out folder `out`; `files` lists the folder's
 *  entries (a folder stands for everything in it), so the package is the widget, whatever the
 *  questionnaires are. No scripts and no dependencies: there is nothing to run or install. */
async function writePackage(out) {
  const { version, license } = await workspacePackage();
  const readme = await readFile('embed/README.md', 'utf8');
  await writeFile(join(out, 'README.md'), readme.replaceAll('{{version}}', version));
  const entries = await readdir(out, { withFileTypes: true });
  const files = entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort();
  const pkg = {
    name: PACKAGE_NAME,
    version,
    description: 'The Client Fit widget: a client-screening questionnaire for your own website, in WebAssembly, with no server.',
    keywords: ['questionnaire', 'client-screening', 'widget', 'webassembly'],
    license,
    type: 'module',
    main: 'client-fit.js',
    exports: { '.': './client-fit.js', './package.json': './package.json' },
    files,
  };
  await writeFile(join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await writeEmbed(
    process.argv[2] ?? 'dist',
    process.argv[3] ?? 'target/prospect/questionnaires',
    process.argv[4] ?? 'target/widget',
    process.argv[5] ?? 'target/first',
  );
  console.log(`embed files written to ${out}/ (npm package ${PACKAGE_NAME})`);
}
