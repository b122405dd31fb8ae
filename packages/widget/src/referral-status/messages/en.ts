import type { Catalog } from '../../i18n/index.ts';
import type { StatusMessageKey } from './nl.ts';

/** English messages of the referral status: plain English, same keys as Dutch. */
export const en = {
  'status.title': 'Where does the referral stand?',
  'status.loading': 'Looking up the referral…',
  'status.none':
    'Open the status link from the confirmation of your referral. Then you see here where it stands.',
  'status.invalid':
    'This link does not work. Perhaps it was not copied completely. Open the link again from the confirmation, or call us with the referral number.',
  'status.failed': 'We cannot look up the referral right now.',
  'status.retry': 'Try again',
  'status.reference': 'Referral number',
  'status.service': 'Kind of help',
  'status.organisation': 'Organisation',
  'status.received.at': 'Received on',
  'status.updated.at': 'Last changed on',
  'status.steps': 'Steps',
  'status.done': 'done',
  'status.now': 'now',
  'status.step.received': 'Received',
  'status.step.matched': 'Coach found',
  'status.step.in-coaching': 'Coaching started',
  'status.step.closed': 'Closed',
  'status.text.received':
    'We received the referral. We are looking for an organisation and a coach that fit the young person.',
  'status.text.matched':
    'An organisation that fits the young person was found. The coach will get in touch to meet.',
  'status.text.matchedWith':
    'The referral is matched with {organisation}. The coach will get in touch to meet.',
  'status.text.in-coaching': 'The coaching has started.',
  'status.text.closed': 'The referral is closed. Nothing more happens with it.',
  'status.privacy': 'This page shows no names or other details of the young person.',
} as const satisfies Catalog<StatusMessageKey>;
