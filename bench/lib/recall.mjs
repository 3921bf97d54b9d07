/**
 * Scores a redactor on the labelled sentences, one sentence per call so that each verdict
 * concerns one value. Tools replace values in different ways (typed tags, masks, hashes), so
 * the verdict looks at what is left, not at offsets:
 *  - a labelled value is caught when its sensitive core no longer appears verbatim and no
 *    alphanumeric run of 4+ characters from it survives (a card with three of four groups
 *    masked still leaks, and counts as missed); runs that also occur in the sentence
 *    template are ignored;
 *  - a hard negative is kept when it still appears verbatim.
 */

const RUN = /[A-Za-z0-9]{4,}/g;

export function isCaught(item, output) {
  if (output.includes(item.core)) return false;
  for (const run of item.core.match(RUN) ?? []) {
    if (item.template.includes(run)) continue;
    if (output.includes(run)) return false;
  }
  return true;
}

export function isKept(item, output) {
  return output.includes(item.value);
}

/** Recall per category and overall, negatives kept; `redact` may be async. */
export async function score(redact, labelled, negatives) {
  const byCategory = {};
  let caught = 0;
  const missed = [];
  for (const item of labelled) {
    const output = await redact(item.text);
    const hit = isCaught(item, output);
    const bucket = (byCategory[item.category] ??= { caught: 0, total: 0 });
    bucket.total++;
    if (hit) {
      bucket.caught++;
      caught++;
    } else {
      missed.push({ item, output });
    }
  }
  const byKind = {};
  let kept = 0;
  const damaged = [];
  for (const item of negatives) {
    const output = await redact(item.text);
    const bucket = (byKind[item.kind] ??= { kept: 0, total: 0 });
    bucket.total++;
    if (isKept(item, output)) {
      bucket.kept++;
      kept++;
    } else {
      damaged.push({ item, output });
    }
  }
  return {
    recall: caught / labelled.length,
    caught,
    labelled: labelled.length,
    negativesKept: kept / negatives.length,
    kept,
    negatives: negatives.length,
    byCategory,
    byKind,
    // Not written to results.json: the values are synthetic, but some are shaped like keys.
    missed,
    damaged,
  };
}
