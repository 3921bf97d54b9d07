import { buildItem, type CorpusItem, type ItemSpec } from './item.js';
import { chatItems } from './items/chat.js';
import { configItems } from './items/config.js';
import { curlItems } from './items/curl.js';
import { emailItems } from './items/emails.js';
import { identifierItems } from './items/identifiers.js';
import { logItems } from './items/logs.js';
import { negativeItems } from './items/negatives.js';
import { optInItems } from './items/opt-in.js';
import { promptItems } from './items/prompts.js';
import { ragItems } from './items/rag.js';
import { responseItems } from './items/responses.js';
import { ticketItems } from './items/tickets.js';
import { toolCallItems } from './items/tool-calls.js';

export type { CorpusItem, ExpectedValue, LabelledSpan, Lang, Source } from './item.js';

export const itemSpecs: readonly ItemSpec[] = [
  ...promptItems,
  ...responseItems,
  ...ticketItems,
  ...emailItems,
  ...toolCallItems,
  ...ragItems,
  ...logItems,
  ...configItems,
  ...curlItems,
  ...chatItems,
  ...identifierItems,
  ...negativeItems,
];

/** Builds every item; deterministic, so two calls return equal corpora. */
export function buildCorpus(): CorpusItem[] {
  return itemSpecs.map(buildItem);
}

/** Items for the detectors that are off by default; scored with them switched on. */
export function buildOptInCorpus(): CorpusItem[] {
  return optInItems.map(buildItem);
}
