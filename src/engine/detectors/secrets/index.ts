import type { Detector } from '../../types.js';
import { anthropicKeyDetector } from './anthropic.js';
import { assignedSecretDetector } from './assignment.js';
import { authorizationHeaderDetector } from './authorization.js';
import { awsCredentialDetector } from './aws.js';
import { bearerTokenDetector } from './bearer.js';
import { cookieDetector } from './cookie.js';
import { curlCredentialsDetector } from './curl-credentials.js';
import { gitHubTokenDetector } from './github.js';
import { gitLabTokenDetector } from './gitlab.js';
import { googleApiKeyDetector } from './google.js';
import { huggingFaceTokenDetector } from './huggingface.js';
import { jwtDetector } from './jwt.js';
import { npmTokenDetector } from './npm.js';
import { openAiKeyDetector } from './openai.js';
import { privateKeyDetector } from './private-key.js';
import { sendGridKeyDetector } from './sendgrid.js';
import { slackTokenDetector } from './slack.js';
import { stripeKeyDetector } from './stripe.js';
import { twilioKeyDetector } from './twilio.js';
import { urlCredentialsDetector } from './url-credentials.js';

export {
  anthropicKeyDetector,
  assignedSecretDetector,
  authorizationHeaderDetector,
  awsCredentialDetector,
  bearerTokenDetector,
  cookieDetector,
  curlCredentialsDetector,
  gitHubTokenDetector,
  gitLabTokenDetector,
  googleApiKeyDetector,
  huggingFaceTokenDetector,
  jwtDetector,
  npmTokenDetector,
  openAiKeyDetector,
  privateKeyDetector,
  sendGridKeyDetector,
  slackTokenDetector,
  stripeKeyDetector,
  twilioKeyDetector,
  urlCredentialsDetector,
};

/**
 * Every SECRET detector. Fixed-prefix provider formats come first; the context-based ones
 * (headers, URLs, assignments) follow and overlap with them harmlessly: overlap resolution
 * keeps the union and the more certain provider name.
 */
export const secretDetectors: readonly Detector[] = [
  openAiKeyDetector,
  anthropicKeyDetector,
  awsCredentialDetector,
  gitHubTokenDetector,
  gitLabTokenDetector,
  slackTokenDetector,
  stripeKeyDetector,
  googleApiKeyDetector,
  npmTokenDetector,
  huggingFaceTokenDetector,
  sendGridKeyDetector,
  twilioKeyDetector,
  jwtDetector,
  privateKeyDetector,
  authorizationHeaderDetector,
  bearerTokenDetector,
  cookieDetector,
  urlCredentialsDetector,
  curlCredentialsDetector,
  assignedSecretDetector,
];
