export { createRedactor } from './create-redactor.js';
export { Redactor } from './engine/redactor.js';
export { PII_TYPES } from './engine/types.js';
export type { BuiltinPiiType, Detector, Finding, PiiType, Report, Trigger } from './engine/types.js';
export type { RedactionStats } from './engine/redaction-stats.js';
export { PolicyError } from './policy/policy-error.js';
export { loadPolicyFile, policyFromEnv } from './policy/load.js';
export { validatePolicy } from './policy/validate.js';
export type {
  CustomPattern,
  CustomStrategy,
  KeyRulesPolicy,
  RedactionPolicy,
  StrategyName,
  StrategySetting,
} from './policy/types.js';
export { decryptTokens } from './strategies/encrypt.js';
export { PiiRedactingSpanProcessor } from './otel/pii-redacting-span-processor.js';
export { PiiRedactingLogRecordProcessor } from './otel/pii-redacting-log-record-processor.js';
export { PiiRedactingSpanExporter } from './otel/pii-redacting-span-exporter.js';
export { PiiRedactingLogRecordExporter } from './otel/pii-redacting-log-record-exporter.js';
export type { PiiRedactionOptions } from './otel/options.js';
export {
  GENAI_CONTENT_EVENTS,
  GENAI_CONTENT_KEYS,
  GENAI_CONVENTIONS,
  GENAI_MESSAGE_PART_FIELDS,
  contentKeysShadowedBy,
  genAiContentKeyOf,
  isGenAiContentKey,
} from './genai/content-keys.js';
export type {
  ContentLocation,
  ContentShape,
  GenAiContentEvent,
  GenAiContentKey,
  GenAiConvention,
  GenAiMessagePartField,
} from './genai/content-keys.js';
