// `make bench`, the last step: each figure the steps before wrote to target/bench/*.json beside
// the last recorded one in docs/performance.json, as "previous → now" and the change. Timings
// are medians; sizes are gzip bytes (shown in KiB). A figure with no recorded value prints as
// "new"; a recorded one this run did not measure prints as "not measured". Nothing is judged
// better or worse here: the budgets are in docs/performance.md and in each step's own output.
//
//   node scripts/bench_compare.mjs [--dir target/bench] [--record]
//
// `--record` then writes the figures measured now into docs/performance.json, each with the date
// of the run that measured it (the `date` in its file; today for files without one), and keeps
// the recorded figures this run did not measure.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const RECORD = 'docs/performance.json';
const args = process.argv.slice(2);
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'target/bench';
const today = new Date().toISOString();

// Each output of `make bench`, and the figures it holds: [name, value, unit].
const SOURCES = {
  'size.json': (s) => Object.entries(s.after).flatMap(([way, { parts, total }]) => [
    ...Object.entries(parts).map(([part, p]) => [`size: ${way}, ${part} (gzip)`, p.gzip, 'bytes']),
    [`size: ${way}, total (gzip)`, total.gzip, 'bytes'],
  ]),
  'engine.json': (e) => e.engine.flatMap((row) => Object.entries(row)
    .filter(([, v]) => v && typeof v === 'object' && 'median_us' in v)
    .map(([step, v]) => [`engine, ${row.questions} questions: ${step}`, v.median_us, 'µs'])),
  'page.json': (p) => [
    ['app: bytes before the first question (gzip)', p.bytesBeforeFirstQuestion.total.gzip, 'bytes'],
    ['app: first question visible', p.firstQuestionMs.median, 'ms'],
    ['app: last answer to result', p.lastAnswerToResultMs.median, 'ms'],
    ['app: memory after load (JS + wasm)', p.memoryAfterLoadBytes.median, 'bytes'],
    ['app: JS heap after load', p.jsHeapBytes.median, 'bytes'],
    ['app: wasm memory after load', p.wasmMemoryBytes.median, 'bytes'],
    ...Object.entries(p.wasmScoring3000Ms ?? {}).map(([what, s]) => [`wasm scoring: ${what}`, s.median, 'ms']),
  ],
  'history.json': (h) => [
    [`app, ${h.savedAssessments} saved: switch language to next frame`, h.switchLanguageToNextFrameMs.median, 'ms'],
    [`app, ${h.savedAssessments} saved: storage writes on that switch`, h.storageWritesOnLanguageSwitch.median, ''],
    [`app, ${h.savedAssessments} saved: open History to rows laid out`, h.openHistoryToRowsMs.median, 'ms'],
    [`app, ${h.savedAssessments} saved: type one character to next frame`, h.typeOneCharacterToNextFrameMs.median, 'ms'],
    [`app, ${h.savedAssessments} saved: storage writes for that character`, h.storageWritesOnThatCharacter.median, ''],
  ],
  'first_question.json': (f) => Object.entries(f.results)
    .map(([way, s]) => [`first question visible: ${way}`, s.median, 'ms']),
  'flow.json': (f) => f.runs.flatMap((r) => {
    const way = `screening, ${r.layout}, ${r.width}×${r.height}`;
    return [
      [`${way}: clicks`, r.clicks, ''],
      [`${way}: keystrokes`, r.keystrokes, ''],
      [`${way}: question pages to scroll`, r.question_scroll_px, 'px'],
      [`${way}: result page`, r.result_px, 'px'],
    ];
  }),
  'widget.json': (w) => [
    ['widget: last answer to result', w.lastAnswerToResultMs.median, 'ms'],
    ['widget: memory after load (JS + wasm)', w.memoryAfterLoadBytes.median, 'bytes'],
    ['widget: JS heap after load', w.jsHeapBytes.median, 'bytes'],
    ['widget: wasm memory after load', w.wasmMemoryBytes.median, 'bytes'],
  ],
};

const show = (value, unit) => {
  if (unit === 'bytes') {
    if (value < 1024) return `${value} B`;
    return value < 1024 * 1024 ? `${(value / 1024).toFixed(1)} KiB` : `${(value / 1024 / 1024).toFixed(2)} MiB`;
  }
  if (unit === 'µs' && value >= 1000) return `${(value / 1000).toFixed(2)} ms`;
  if (unit === 'ms' || unit === 'µs') return `${value.toFixed(1)} ${unit}`;
  return `${value}${unit ? ` ${unit}` : ''}`;
};
const day = (date) => date.slice(0, 16).replace('T', ' ');

const now = {};
const read = [];
for (const [file, figures] of Object.entries(SOURCES)) {
  let data;
  try {
    data = JSON.parse(await readFile(join(dir, file), 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') continue;
    throw error;
  }
  const date = typeof data.date === 'string' ? data.date : today;
  read.push(`${file} (${day(date)})`);
  for (const [name, value, unit] of figures(data)) {
    if (typeof value === 'number' && Number.isFinite(value)) now[name] = { value, unit, measured: date };
  }
}

let recorded = { figures: {} };
try {
  recorded = JSON.parse(await readFile(RECORD, 'utf8'));
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
const previous = recorded.figures ?? {};

console.log(`\nmake bench, now against the last recorded figures (${RECORD}); read from ${dir}: ${read.join(', ') || 'nothing'}\n`);
console.log('| figure | previous (measured) | now | change |');
console.log('|---|---:|---:|---:|');
for (const name of [...new Set([...Object.keys(now), ...Object.keys(previous)])]) {
  const [p, n] = [previous[name], now[name]];
  if (!n) {
    console.log(`| ${name} | ${show(p.value, p.unit)} (${day(p.measured)}) | not measured | |`);
  } else if (!p) {
    console.log(`| ${name} | new | ${show(n.value, n.unit)} | |`);
  } else if (p.unit !== n.unit) {
    console.log(`| ${name} | ${show(p.value, p.unit)} (${day(p.measured)}) | ${show(n.value, n.unit)} | units differ |`);
  } else {
    const delta = n.value - p.value;
    const percent = p.value === 0 ? '' : ` (${delta >= 0 ? '+' : '−'}${Math.abs((delta / p.value) * 100).toFixed(1)} %)`;
    const change = delta === 0 ? 'same' : `${delta > 0 ? '+' : '−'}${show(Math.abs(delta), n.unit)}${percent}`;
    console.log(`| ${name} | ${show(p.value, p.unit)} (${day(p.measured)}) | ${show(n.value, n.unit)} | ${change} |`);
  }
}

if (args.includes('--record')) {
  const figures = { ...previous, ...now };
  await writeFile(RECORD, `${JSON.stringify({
    about: 'The last recorded figures of `make bench` (timings are medians, sizes gzip bytes), each with the date of the run that measured it. scripts/bench_compare.mjs prints them beside a new run; `node scripts/bench_compare.mjs --record` after a run records its figures here.',
    date: today,
    figures,
  }, null, 2)}\n`);
  console.log(`\nrecorded ${Object.keys(now).length} figures in ${RECORD}`);
}
