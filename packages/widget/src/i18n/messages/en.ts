import type { Catalog } from '../types.ts';
import type { KitMessageKey } from './nl.ts';

/** The kit's English messages: complete, in plain English. */
export const en: Catalog<KitMessageKey> = {
  'field.required': '(required)',
  'field.errorPrefix': 'Error:',
  'select.placeholder': 'Choose an option',

  'dateOfBirth.day': 'Day',
  'dateOfBirth.month': 'Month',
  'dateOfBirth.year': 'Year',
  'dateOfBirth.hint': 'For example: 14 3 2009',

  'counter.remaining': {
    one: 'You have {count} character left',
    other: 'You have {count} characters left',
  },
  'counter.over': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  },

  'summary.title': { one: 'There is 1 problem', other: 'There are {count} problems' },
  'summary.intro': 'Select an error to go to the field.',

  'stepper.label': 'Progress',
  'stepper.progress': 'Step {current} of {total}',
  'stepper.done': '(done)',
  'stepper.current': '(current)',

  'nav.next': 'Next',
  'nav.back': 'Back',
  'nav.submit': 'Send',

  'review.change': 'Change',
  'review.empty': 'Not filled in',

  'busy.sending': 'Sending…',

  'retry.title': 'Sending did not work',
  'retry.offline': 'There is no internet connection.',
  'retry.network': 'We could not reach the server.',
  'retry.server': 'Something went wrong on our side.',
  'retry.rateLimited': 'We are getting too many requests right now.',
  'retry.rateLimitedWait': 'Try again in {seconds} seconds.',
  'retry.kept': 'What you filled in has not been lost.',
  'retry.action': 'Try again',

  'emergency.title': 'Not for emergencies',
  'emergency.danger': 'Is someone in immediate danger? Call 112.',
  'emergency.veiligThuis':
    'Worried about domestic violence or child abuse? Call Veilig Thuis: 0800-2000. Free, day and night.',

  'validation.required': 'Fill this in.',
  'validation.choose': 'Choose an option.',
  'validation.chooseAtLeast': {
    one: 'Choose at least 1.',
    other: 'Choose at least {minimum}.',
  },
  'validation.chooseAtMost': { one: 'Choose at most 1.', other: 'Choose at most {maximum}.' },
  'validation.tooShort': {
    one: 'Use at least 1 character.',
    other: 'Use at least {minimum} characters.',
  },
  'validation.tooLong': {
    one: 'Use at most 1 character.',
    other: 'Use at most {maximum} characters.',
  },
  'validation.email': 'Enter an email address like name@example.org.',
  'validation.phone':
    'Enter a phone number like 06 00000000, or an international number starting with +.',
  'validation.url': 'Enter a web address that starts with https://.',
  'validation.date': 'Enter a real date.',
  'validation.format': 'This is not right. Please check it.',
  'validation.invalid': 'This is not right. Please check it.',
  'validation.contact-required': 'Enter an email address or a phone number.',
  'validation.dateIncomplete': 'Enter the day, the month and the year.',
  'validation.dateNotReal': 'This date does not exist. Check the day and the month.',
  'validation.yearFormat': 'Enter the year with 4 digits, like 2009.',
  'validation.dateInFuture': 'This date is in the future.',
  'validation.dateTooEarly': 'This date is too far in the past.',
};
