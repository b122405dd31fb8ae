import type { ReferralStatus } from '@vangnet/sdk';
import type { MessageLanguage } from './language.ts';
import { html, type RenderedMessage } from './render.ts';

const texts = {
  nl: {
    subject: (reference: string) => `Nieuwe status van je aanmelding (${reference})`,
    hello: 'Hallo,',
    changed: (reference: string, status: string) =>
      `De status van je aanmelding met referentie ${reference} is veranderd. De nieuwe status is: ${status}.`,
    status: {
      received: 'ontvangen',
      matched: 'gekoppeld aan een organisatie',
      'in-coaching': 'de begeleiding is begonnen',
      closed: 'afgesloten',
    },
    organisation: (name: string) => `De organisatie is: ${name}.`,
    statusPage:
      'Wil je meer weten? Kijk op de statuspagina die je kreeg toen je de aanmelding verstuurde.',
    noReply: 'Je kunt deze e-mail niet beantwoorden.',
  },
  en: {
    subject: (reference: string) => `New status of your referral (${reference})`,
    hello: 'Hello,',
    changed: (reference: string, status: string) =>
      `The status of your referral with reference ${reference} has changed. The new status is: ${status}.`,
    status: {
      received: 'received',
      matched: 'matched with an organisation',
      'in-coaching': 'the coaching has started',
      closed: 'closed',
    },
    organisation: (name: string) => `The organisation is: ${name}.`,
    statusPage: 'Want to know more? Look at the status page you got when you sent the referral.',
    noReply: 'You cannot reply to this email.',
  },
} as const;

/** What the referrer's notice may say: nothing of the young person, by construction. */
export interface ReferralStatusFacts {
  reference: string;
  status: ReferralStatus;
  /** The matched organisation's name, the only organisation detail it carries. */
  organisationName: string | undefined;
}

/**
 * The referrer's notice that a coordinator changed the referral's status: the reference, the
 * status in plain words and the matched organisation's name. No status link — its token is
 * kept hashed only, so the text points to the status page the referrer already has.
 */
export function referralStatusEmail(
  facts: ReferralStatusFacts,
  language: MessageLanguage,
): RenderedMessage {
  const t = texts[language];
  const parts = [
    t.hello,
    t.changed(facts.reference, t.status[facts.status]),
    ...(facts.organisationName ? [t.organisation(facts.organisationName)] : []),
    t.statusPage,
    t.noReply,
  ];
  return {
    subject: t.subject(facts.reference),
    text: `${parts.join('\n\n')}\n`,
    html: html(language, parts),
    ics: undefined,
  };
}
