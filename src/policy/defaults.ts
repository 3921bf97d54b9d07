import { GENAI_METADATA_KEYS } from '../genai/metadata-keys.js';

/**
 * Keys whose whole value goes, whatever it contains: credentials, and personal fields whose
 * key names the type (`=TYPE` sets the reported type; otherwise SECRET).
 */
export const DEFAULT_REDACT_KEYS: readonly string[] = [
  'password',
  'passwd',
  'pwd$',
  'passphrase',
  'secret',
  'token$',
  'access_token',
  'refresh_token',
  'id_token',
  'auth_token',
  'session_token',
  'bearer',
  'authorization',
  'proxy_authorization',
  'cookie',
  'set_cookie',
  'api_key',
  'apikey',
  'x_api_key',
  'private_key',
  'privatekey',
  'client_secret',
  'hash_key',
  'hmac_key',
  'encryption_key',
  'signing_key',
  'credit_card',
  'card_number',
  'cvv',
  'cvc',
  'ssn$',
  // Personal fields of structured records (tool arguments, CRM lookups): the key says what the value is.
  'date_of_birth=DATE_OF_BIRTH',
  'birth_date=DATE_OF_BIRTH',
  'birthdate=DATE_OF_BIRTH',
  'birthday=DATE_OF_BIRTH',
  'dob$=DATE_OF_BIRTH',
  'first_name=PERSON',
  'firstname=PERSON',
  'middle_name=PERSON',
  'last_name=PERSON',
  'lastname=PERSON',
  'surname=PERSON',
  'given_name=PERSON',
  'family_name=PERSON',
  'maiden_name=PERSON',
  'full_name=PERSON',
  'fullname=PERSON',
  'street_address=STREET_ADDRESS',
  'address_line=STREET_ADDRESS',
  'home_address=STREET_ADDRESS',
  'mailing_address=STREET_ADDRESS',
  'billing_address=STREET_ADDRESS',
  'shipping_address=STREET_ADDRESS',
  'phone$=PHONE',
  'phone_number=PHONE',
  'mobile_number=PHONE',
  'telephone=PHONE',
];

/** Identity keys: pseudonymised so a user's requests stay correlated without exposing them. */
export const DEFAULT_PSEUDONYMIZE_KEYS: readonly string[] = [
  'enduser_id$',
  'user_id$',
  'userid$',
  'session_id$',
  'customer_id$',
];

/** Keys whose values are metadata: never scanned. */
export const DEFAULT_ALLOW_KEYS: readonly string[] = [
  ...GENAI_METADATA_KEYS,
  'trace_id',
  'span_id',
  'parent_id',
  'traceid',
  'spanid',
  'trace.id',
  'span.id',
  'http.response.status_code',
  'http.status_code',
  'http.request.method',
  'http.method',
  'rpc.grpc.status_code',
  'otel.*',
  'telemetry.sdk.*',
  'service.name',
  'service.version',
  'service.namespace',
  'service.instance.id',
  'deployment.environment',
  'deployment.environment.name',
  'code.function',
  'code.function.name',
  'code.lineno',
  'code.line.number',
  'error.type',
  'exception.type',
  'db.system',
  'db.system.name',
  'db.operation.name',
  'messaging.system',
  'thread.id',
  'process.pid',
];

export const DEFAULT_MIN_CONFIDENCE = 0.5;
export const DEFAULT_MAX_VALUE_LENGTH = 262_144;
export const DEFAULT_MAX_DEPTH = 32;
/** Characters of long clean texts `rememberCleanText` covers by default (it holds their fingerprints, not the texts). */
export const DEFAULT_REMEMBERED_TEXT_UNITS = 64 * 1024 * 1024;
export const DEFAULT_HASH_LENGTH = 16;
