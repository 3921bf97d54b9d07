/** A policy that cannot be used. `field` names the offending setting, e.g. `strategies.EMAIL`. */
export class PolicyError extends TypeError {
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`otel-pii-redact: invalid policy field \`${field}\`: ${problem}`);
    this.name = 'PolicyError';
    this.field = field;
  }
}
