// Checks that every brace in a stylesheet is closed where it should be: an unclosed block
// silently swallows every rule after it (a merge once left one open). Used by tier 1.
import { readFile } from 'node:fs/promises';

for (const file of process.argv.slice(2)) {
  const text = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const open = [];
  let line = 1;
  for (const ch of text) {
    if (ch === '\n') line += 1;
    else if (ch === '{') open.push(line);
    else if (ch === '}' && !open.pop()) throw new Error(`${file}:${line}: a } closes nothing`);
  }
  if (open.length) throw new Error(`${file}:${open.at(-1)}: this { is never closed`);
  console.log(`${file}: every block is closed`);
}
