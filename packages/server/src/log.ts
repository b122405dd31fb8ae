import { pino, type Logger } from 'pino';

/**
 * Paths pino removes from every log line: secrets and anything a person typed. Request bodies are
 * never logged at all; these catch a mistake before it reaches a log file.
 */
export const redactedPaths = [
  'token',
  '*.token',
  'key',
  '*.key',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers["vangnet-token"]',
  'body',
  '*.body',
  'input',
  '*.input',
  'dateOfBirth',
  '*.dateOfBirth',
  'email',
  '*.email',
  'phone',
  '*.phone',
  'manageLink',
  '*.manageLink',
];

/**
 * Structured JSON logs on stderr (or `destination`), with personal data and tokens redacted.
 * Standard output carries only what a person or script reads: the URL, then the demo key.
 */
export function createLogger(level: string, destination?: { write(line: string): void }): Logger {
  return pino(
    {
      level,
      base: { service: 'vangnet-server' },
      redact: { paths: redactedPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? pino.destination(2),
  );
}

export type { Logger };
