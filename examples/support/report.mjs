// Prints what the app recorded next to what left the process, as before/after blocks that
// fit a 100-column terminal: `-` lines are as recorded, `+` lines as exported. Only values
// that changed are shown in full; unchanged attributes are listed by name.

const WIDTH = 100;
const MAX_LINES_PER_VALUE = 6;
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
export const red = (text) => paint('31', text);
export const green = (text) => paint('32', text);
export const dim = (text) => paint('2', text);
export const bold = (text) => paint('1', text);

const REPLACEMENT = /\[REDACTED:[A-Z_]+(?::\d+)?\]|<[A-Z_]+:[0-9a-f]{8,64}>/g;

/** Values as one line: strings as they are, the rest as JSON; a stack trace keeps its first line. */
function show(value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined) return '(absent)';
  const newline = text.indexOf('\n');
  if (newline === -1) return text;
  const more = text.split('\n').length - 1;
  return `${text.slice(0, newline)} (+${more} more lines)`;
}

/** Breaks at a space or comma near the end of each line where there is one, else mid-word. */
function wrap(text, width, maxLines = MAX_LINES_PER_VALUE) {
  const lines = [];
  let at = 0;
  while (at < text.length && lines.length < maxLines) {
    let end = Math.min(at + width, text.length);
    if (end < text.length) {
      const soft = Math.max(text.lastIndexOf(' ', end - 1), text.lastIndexOf(',', end - 1));
      if (soft > at + width / 2) end = soft + 1;
    }
    lines.push(text.slice(at, end));
    at = end;
  }
  if (at < text.length) lines[lines.length - 1] = `${lines[lines.length - 1].slice(0, width - 1)}…`;
  return lines.length === 0 ? [''] : lines;
}

function highlight(line, sign, plantedValues) {
  if (!useColor) return line;
  if (sign === '+') return line.replace(REPLACEMENT, (m) => green(m));
  let out = line;
  for (const value of plantedValues) if (out.includes(value)) out = out.split(value).join(red(value));
  return out;
}

function printValueDiff(label, before, after, plantedValues) {
  console.log(`  ${label}`);
  const indent = '      ';
  const width = WIDTH - indent.length;
  for (const [sign, value] of [
    ['-', before],
    ['+', after],
  ]) {
    const lines = wrap(show(value), width);
    lines.forEach((line, i) => {
      const prefix = i === 0 ? `    ${sign} ` : indent;
      console.log(prefix + highlight(line, sign, plantedValues));
    });
  }
}

function sameValue(a, b) {
  return show(a) === show(b);
}

function printAttributeDiffs(before, after, plantedValues) {
  const unchanged = [];
  for (const key of Object.keys(before)) {
    if (sameValue(before[key], after?.[key])) unchanged.push(key);
    else printValueDiff(key, before[key], after?.[key], plantedValues);
  }
  return unchanged;
}

function printUnchanged(names) {
  if (names.length === 0) return;
  const lines = wrap(`unchanged: ${names.join(', ')}`, WIDTH - 4, Number.POSITIVE_INFINITY);
  lines.forEach((line, i) => console.log(dim((i === 0 ? '  ' : '    ') + line)));
}

/** One block per span: changed attributes, event attributes and status message. */
export function printSpanDiffs(recorded, exported, plantedValues) {
  const bySpanId = new Map(exported.map((span) => [span.spanId, span]));
  for (const span of recorded) {
    const out = bySpanId.get(span.spanId);
    console.log(bold(`span "${span.name}"`) + (out === undefined ? red('  (never exported)') : ''));
    const unchanged = printAttributeDiffs(span.attributes, out?.attributes, plantedValues);
    span.events.forEach((event, i) => {
      const outEvent = out?.events[i];
      const changed = Object.keys(event.attributes).filter((k) => !sameValue(event.attributes[k], outEvent?.attributes[k]));
      for (const key of changed) printValueDiff(`event ${event.name}: ${key}`, event.attributes[key], outEvent?.attributes[key], plantedValues);
    });
    if (span.status.message && !sameValue(span.status.message, out?.status.message)) {
      printValueDiff('status message', span.status.message, out?.status.message, plantedValues);
    }
    printUnchanged(unchanged);
    console.log();
  }
}

/** One block per log record, matched by position. */
export function printLogDiffs(recorded, exported, plantedValues) {
  recorded.forEach((record, i) => {
    const out = exported[i];
    console.log(bold(`log ${record.eventName ? `event "${record.eventName}"` : `record (${record.severityText ?? 'app log'})`}`));
    if (sameValue(record.body, out?.body)) console.log(dim('  body unchanged'));
    else printValueDiff('body', record.body, out?.body, plantedValues);
    printUnchanged(printAttributeDiffs(record.attributes, out?.attributes, plantedValues));
    console.log();
  });
}

/** Planted values found in a text, as `[label, value]` pairs. */
export function plantedFoundIn(text, entries) {
  return entries.filter(([, value]) => text.includes(value));
}
