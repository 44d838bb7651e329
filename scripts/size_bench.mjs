// `make bench` (and alone: `node scripts/size_bench.mjs [dist] [--before other-dist]`): the
// bytes each way in downloads before its first question, gzip level 9 per file as
// scripts/serve.mjs serves them, and uncompressed. Read from the built files, so it needs no
// browser and gives the same figures on every run of the same build:
//   - the prospect's widget: the loader, its glue, its wasm, the stylesheet and the prospect's
//     copy of the intake (dist/embed/v1/; the host page itself is not ours to count): what the
//     live widget needs;
//   - the widget's first screen: on a first visit the loader shows the intake's first question
//     rendered at build time (first/intake.en.html) once it and the stylesheet are in, before
//     the rest (crates/prerender): the loader, the stylesheet and that file;
//   - the consultant's app on its own page: index.html, the glue, the wasm, the stylesheet,
//     pwa.js and the intake (`/?questionnaire=intake`); the icons and the manifest are left out;
//   - the app's first screen: its start page on a first visit is in index.html (rendered at
//     build time), so the page and its stylesheet;
// With `--before`, the same for another build (for instance a copy of dist/ from before a
// change) side by side. Prints a Markdown table and writes target/bench/size.json.
import { gzipSync, constants } from 'node:zlib';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const KIB = 1024;
/** The widget's budget for everything before its first question (issue #17), gzip. */
export const WIDGET_BUDGET_KIB = 120;

/** gzip -9 and raw bytes of one file. */
async function weigh(path) {
  const bytes = await readFile(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
}

/** The one file in `dir` whose name matches `pattern`. */
async function one(dir, pattern) {
  const found = (await readdir(dir)).filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one ${pattern} in ${dir}, found ${found.length}`);
  return join(dir, found[0]);
}

/** What each way in loads before its first question, by part, in `dist`. */
export async function measure(dist) {
  const embed = join(dist, 'embed/v1');
  const widget = {
    loader: join(embed, 'client-fit.js'),
    glue: join(embed, 'client-fit-glue.js'),
    wasm: join(embed, 'client-fit.wasm'),
    css: join(embed, 'client-fit.css'),
    questionnaire: join(embed, 'questionnaires/intake.en.json'),
  };
  const app = {
    html: join(dist, 'index.html'),
    glue: await one(dist, /^client-fit-[0-9a-f]+\.js$/),
    wasm: await one(dist, /^client-fit-[0-9a-f]+_bg\.wasm$/),
    css: await one(dist, /^app-[0-9a-f]+\.css$/),
    pwa: join(dist, 'pwa.js'),
    questionnaire: join(dist, 'questionnaires/intake.en.json'),
  };
  const firstScreen = {
    loader: widget.loader,
    css: widget.css,
    'first screen': join(embed, 'first/intake.en.html'),
  };
  const weighAll = async (files) => {
    const parts = {};
    for (const [part, path] of Object.entries(files)) parts[part] = await weigh(path);
    const total = Object.values(parts).reduce((sum, p) => ({ raw: sum.raw + p.raw, gzip: sum.gzip + p.gzip }), { raw: 0, gzip: 0 });
    return { parts, total };
  };
  // A build from before the first screens has none: that way in is left out.
  const hasFirst = await readFile(firstScreen['first screen']).then(() => true, () => false);
  const appHasFirst = (await readFile(app.html, 'utf8')).includes('data-cf-first-app');
  return {
    widget: await weighAll(widget),
    ...(hasFirst ? { 'widget first screen': await weighAll(firstScreen) } : {}),
    app: await weighAll(app),
    // The app's start page on a first visit is in its page: the page and its stylesheet.
    ...(appHasFirst ? { 'app first screen': await weighAll({ html: app.html, css: app.css }) } : {}),
  };
}

const kib = (bytes) => (bytes / KIB).toFixed(1);

/** A Markdown table of `after` (and `before`, when given), gzip then uncompressed, in KiB. */
export function table(after, before) {
  const head = before
    ? '| way in | part | before, gzip | after, gzip | change | after, uncompressed |\n|---|---|---:|---:|---:|---:|'
    : '| way in | part | gzip | uncompressed |\n|---|---|---:|---:|';
  const rows = [];
  for (const way of ['widget', 'widget first screen', 'app', 'app first screen']) {
    if (!after[way] || (before && !before[way])) continue;
    const parts = [...Object.keys(after[way].parts), 'total'];
    for (const part of parts) {
      const a = part === 'total' ? after[way].total : after[way].parts[part];
      const b = before && (part === 'total' ? before[way].total : before[way].parts[part]);
      const name = part === 'total' ? '**total**' : part;
      rows.push(
        before
          ? `| ${way} | ${name} | ${kib(b.gzip)} | ${kib(a.gzip)} | ${a.gzip - b.gzip >= 0 ? '+' : '−'}${kib(Math.abs(a.gzip - b.gzip))} | ${kib(a.raw)} |`
          : `| ${way} | ${name} | ${kib(a.gzip)} | ${kib(a.raw)} |`,
      );
    }
  }
  return `${head}\n${rows.join('\n')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--before');
  const beforeDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const dist = args[0] ?? 'dist';
  const after = await measure(dist);
  const before = beforeDir ? await measure(beforeDir) : undefined;
  console.log(table(after, before));
  const verdict = (bytes) => `${(bytes / KIB).toFixed(1)} KiB gzip; budget ${WIDGET_BUDGET_KIB} KiB: ${bytes / KIB <= WIDGET_BUDGET_KIB ? 'met' : 'NOT met'}`;
  console.log(`\nwidget, the live module with its first question: ${verdict(after.widget.total.gzip)}`);
  if (after['widget first screen']) {
    console.log(`widget, its first question shown from the HTML on a first visit: ${verdict(after['widget first screen'].total.gzip)}`);
  }
  await mkdir('target/bench', { recursive: true });
  await writeFile('target/bench/size.json', `${JSON.stringify({ date: new Date().toISOString(), dist, after, before, budgetKib: WIDGET_BUDGET_KIB }, null, 2)}\n`);
}
