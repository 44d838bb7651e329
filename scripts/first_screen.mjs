// After the build (`make build`): puts the consultant's app's first screen into its page. The
// screens (one per language, `client-fit-prerender --app`'s app.<language>.html) go into
// dist/index.html as inert <template>s, followed by assets/first-screen.js inlined, which on a
// first visit shows the visitor's language at once, before the wasm has arrived. Inline, so it
// costs no request: the page's own stylesheet is the only thing the first paint waits for.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const LANGUAGES = ['en', 'es', 'ro', 'da'];
const MARK = '<!-- client-fit first screen -->';

/** Writes the first screens from `screens` into `<dist>/index.html` (once: a second run
 *  replaces what the first put). */
export async function writeFirstScreen(dist, screens) {
  const page = join(dist, 'index.html');
  let html = await readFile(page, 'utf8');
  const at = html.indexOf(MARK);
  if (at >= 0) html = html.slice(0, at) + html.slice(html.indexOf('</body>'));
  const templates = [];
  for (const language of LANGUAGES) {
    const screen = await readFile(join(screens, `app.${language}.html`), 'utf8');
    if (screen.includes('</template') || /<script/i.test(screen)) {
      throw new Error(`app.${language}.html: a first screen holds no template end or script`);
    }
    templates.push(`<template data-cf-first-app="${language}">${screen}</template>`);
  }
  const script = await readFile('assets/first-screen.js', 'utf8');
  const block = `${MARK}\n${templates.join('\n')}\n<script>\n${script}</script>\n`;
  if (!html.includes('</body>')) throw new Error(`${page}: no </body>`);
  html = html.replace('</body>', `${block}</body>`);
  await writeFile(page, html);
  return page;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const page = await writeFirstScreen(process.argv[2] ?? 'dist', process.argv[3] ?? 'target/first-app');
  console.log(`first screens written into ${page}`);
}
