import { createTransport } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { MessageLanguage } from './language.ts';

/** A message as a transport sends it: the outbox row's id is its Message-ID / idempotency key. */
export interface OutgoingMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | undefined;
  ics: string | undefined;
  language: MessageLanguage;
}

/**
 * Why a delivery failed. `permanent`: trying again cannot help (a refused address); otherwise the
 * worker tries again later, not before `retryAfterMs` when the other side said so.
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  readonly permanent: boolean;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, permanent: boolean, retryAfterMs?: number) {
    super(message);
    this.permanent = permanent;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Sends one message or throws (a {@link DeliveryError} when it can say more). */
export interface MessageTransport {
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
}

export interface SmtpSettings {
  url: string;
  from: string;
  replyTo: string | undefined;
}

/** The Message-ID of an outbox message: the same on every attempt. */
export const messageIdOf = (id: string) => `<${id}@vangnet>`;

/** Email over SMTP (nodemailer): plain text and HTML, the .ics attached. */
export function smtpTransport(settings: SmtpSettings): MessageTransport {
  const options: SMTPTransport.Options = {
    url: settings.url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
  const transporter = createTransport(options);
  return {
    async send(message) {
      try {
        await transporter.sendMail({
          from: settings.from,
          ...(settings.replyTo ? { replyTo: settings.replyTo } : {}),
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          messageId: messageIdOf(message.id),
          headers: { 'X-Vangnet-Message-Id': message.id, 'Content-Language': message.language },
          ...(message.ics
            ? {
                attachments: [
                  {
                    filename: message.language === 'nl' ? 'afspraak.ics' : 'appointment.ics',
                    content: message.ics,
                    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
                  },
                ],
              }
            : {}),
        });
      } catch (error) {
        const { responseCode, code } = error as { responseCode?: number; code?: string };
        // 5xx is the server's final no (an unknown mailbox); anything else may pass later.
        const permanent = typeof responseCode === 'number' && responseCode >= 500;
        throw new DeliveryError(
          responseCode ? `SMTP ${responseCode}` : `SMTP ${code ?? 'error'}`,
          permanent,
        );
      }
    },
    close: () => transporter.close(),
  };
}

export interface HttpSmsSettings {
  /** The provider's endpoint that takes one message as JSON. */
  url: string;
  key: string;
  /** The sender shown on the phone (at most 11 letters or digits, or a number). */
  sender: string;
  /** A request taking longer is a failure tried again. @default 15000 */
  timeoutMs?: number;
}

/** `0612345678` → `+31612345678`; international numbers as given, without spaces. */
export function toE164(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+31${digits.slice(1)}`;
  return `+${digits}`;
}

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Text messages through an HTTP gateway with a generic JSON API (the shape Dutch gateways share):
 * `POST url` with `Authorization: Bearer <key>`, `Idempotency-Key: <message id>` and
 * `{"reference", "originator", "recipients": ["+316…"], "body"}`. 2xx is sent; 429, 408 and 5xx
 * are tried again (after `Retry-After` when given); another 4xx is final.
 */
export function httpSmsTransport(settings: HttpSmsSettings): MessageTransport {
  return {
    async send(message) {
      let response: Response;
      try {
        response = await fetch(settings.url, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${settings.key}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': message.id,
          },
          body: JSON.stringify({
            reference: message.id,
            originator: settings.sender,
            recipients: [toE164(message.to)],
            body: message.text,
          }),
          signal: AbortSignal.timeout(settings.timeoutMs ?? 15_000),
        });
      } catch (error) {
        const name = error instanceof Error ? error.name : 'error';
        throw new DeliveryError(`SMS gateway unreachable (${name})`, false);
      }
      await response.body?.cancel();
      if (response.ok) return;
      const status = response.status;
      const retried = status === 429 || status === 408 || status >= 500;
      throw new DeliveryError(
        `SMS gateway ${status}`,
        !retried,
        retried ? retryAfterMs(response.headers.get('Retry-After')) : undefined,
      );
    },
    close: () => undefined,
  };
}
