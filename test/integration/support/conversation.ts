// One support conversation, shared by the stand-in model server and every row: a RAG system
// prompt with retrieved documents, a user message, a tool call, a tool result and an answer,
// each carrying planted values next to words that must survive redaction.
import { PLANTED as P, SAFE_WORDS } from './planted.js';

export const MODEL = 'gpt-4o-mini-2024-07-18';
export const SYSTEM_FINGERPRINT = 'fp_44709d6fcb';

export const SYSTEM_PROMPT = `You are the ${SAFE_WORDS.systemPhrase} of Example Corp. Use the retrieved documents and the ${SAFE_WORDS.toolName} tool.`;

export const RETRIEVED_DOCUMENTS = [
  {
    id: SAFE_WORDS.documentId,
    title: SAFE_WORDS.documentTitle,
    content: `A ${SAFE_WORDS.answerPhrase} is refunded to the original card within 5 business days.`,
  },
  {
    id: 'ticket-55123',
    title: 'Earlier ticket',
    content:
      `${P.personName} (${P.otherEmail}, ${P.ukPhone}) reported a ${SAFE_WORDS.answerPhrase} from IP ${P.ipAddress}. ` +
      `SSN on file: ${P.ssn}. Deploy token pasted by mistake: ${P.gitHubToken}.`,
  },
] as const;

/** The retrieved documents as the text a RAG app puts into the prompt. */
export function documentsPrompt(): string {
  return ['Retrieved documents:', ...RETRIEVED_DOCUMENTS.map((doc) => `[${doc.id}] ${doc.title}: ${doc.content}`)].join('\n');
}

export const USER_PROMPT =
  `Hi, my name is ${P.personName}. I was ${SAFE_WORDS.promptPhrase} for order ${SAFE_WORDS.order} on my card ${P.card}. ` +
  `Please refund it to my IBAN ${P.iban} and confirm to ${P.email} or call ${P.usPhone}. I live at ${P.streetAddress}. ` +
  `Sorry, I also pasted my API key ${P.openAiKey} by mistake.`;

export const TOOL = {
  name: SAFE_WORDS.toolName,
  description: 'Looks a customer up by email address or phone number.',
  parameters: {
    type: 'object',
    properties: {
      email: { type: 'string', description: 'Email address of the customer' },
      phone: { type: 'string', description: 'Phone number of the customer' },
      order_id: { type: 'string', description: 'Order the question is about' },
    },
    required: ['email'],
    additionalProperties: false,
  },
} as const;

export const TOOL_CALL_ID = 'call_Lk42Rt7Qp9ZsVw3N';

export const TOOL_ARGUMENTS = { email: P.email, phone: P.usPhone, order_id: SAFE_WORDS.order } as const;

/** What the CRM behind the tool returns: the tool result the app sends back to the model. */
export const TOOL_RESULT = {
  found: true,
  customer: {
    name: P.personName,
    email: P.email,
    phone: P.usPhone,
    address: P.streetAddress,
    ssn: P.ssn,
    notes: `Asked us to use ${P.otherEmail} for receipts; last login from ${P.ipAddress}.`,
  },
  payment: { card: P.compactCard, iban: P.iban },
  portal_password: P.password,
  integration: { aws_access_key_id: P.awsAccessKey, session: P.jwt },
  order: { id: SAFE_WORDS.order, status: 'charged_twice', amount_eur: 42.5 },
} as const;

export const ANSWER =
  `Thanks, ${P.personName}. I found the ${SAFE_WORDS.answerPhrase} on card ${P.card} for order ${SAFE_WORDS.order} ` +
  `and refunded it to ${P.iban}. A confirmation is on its way to ${P.email}; for questions call ${P.ukPhone}.`;

export const EMBEDDING_MODEL = 'text-embedding-3-small';
export const EMBEDDING_DIMENSIONS = 8;

/** What the retrieval step embeds: the user's question (with their email) and the documents. */
export function retrievalInputs(): string[] {
  return [`${SAFE_WORDS.answerPhrase} refund for ${P.email}, card ${P.card}`, ...RETRIEVED_DOCUMENTS.map((doc) => doc.content)];
}

/** A model the stand-in rejects, echoing the request's personal data in the error as real APIs do. */
export const FAILING_MODEL = 'gpt-4o-mini-2024-07-18-eu-blocked';

export const REJECTION_MESSAGE =
  `Request blocked by content policy: message mentions card ${P.card} and contact ${P.email}; ` +
  `see ticket ${SAFE_WORDS.order}.`;

/** Token counts the stand-in reports, fixed so rows can check usage survived unchanged. */
export const USAGE = {
  toolTurn: { prompt_tokens: 231, completion_tokens: 38, total_tokens: 269 },
  answerTurn: { prompt_tokens: 377, completion_tokens: 64, total_tokens: 441 },
} as const;
