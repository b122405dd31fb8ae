import type { Catalog } from '../../i18n/index.ts';
import type { ReferralMessageKey } from './nl.ts';

/** The referral form's own English messages: plain English, same keys as Dutch. */
export const en = {
  'form.name': 'Referral',
  'form.intro':
    'Refer a pupil or student for help. Filling in takes about 10 minutes. What you fill in stays only on this screen until you send it.',
  'form.noServices':
    'In this municipality you cannot refer a young person through this form. Please contact the municipality.',

  'step.service': 'What help are you looking for?',
  'step.referrer': 'About you',
  'step.youngPerson': 'About the young person',
  'step.supportNeed': 'What is going on?',
  'step.preference': 'Preference',
  'step.consent': 'Consent',
  'step.review': 'Check your referral',

  'service.municipality': 'Municipality of the school',
  'service.municipalityHint': 'Which help is available differs per municipality.',
  'service.service': 'Kind of help',
  'service.chooseMunicipalityFirst':
    'Choose the municipality first. Then you see which help there is.',

  'referrer.organisation': 'School or organisation',
  'referrer.name': 'Your name',
  'referrer.role': 'Your role',
  'referrer.email': 'Your email address',
  'referrer.emailHint': 'We send the confirmation here.',
  'referrer.phone': 'Your phone number',
  'referrer.phoneHint': 'So we can call you if we have a question.',

  'youngPerson.intro': 'Fill in only what is needed. We never ask for a BSN or a diagnosis.',
  'youngPerson.givenName': 'First name',
  'youngPerson.familyName': 'Last name',
  'youngPerson.dateOfBirth': 'Date of birth',
  'youngPerson.age': 'The young person is {age} years old today.',
  'youngPerson.schoolType': 'Kind of school',
  'youngPerson.schoolLevel': 'Level or year',
  'youngPerson.classYear': 'Class or year',
  'youngPerson.classYearHint': 'As the school calls it. For example: 3B or year 2.',
  'youngPerson.school': 'Name of the school',

  'parent.title': 'Parent or guardian',
  'parent.requiredHint': 'Required, because the young person is younger than {age}.',
  'parent.optionalHint': 'Not required, because the young person is {age} or older.',
  'parent.name': 'Name of the parent or guardian',
  'parent.relationship': 'Who is it?',
  'parent.relationship.parent': 'Parent',
  'parent.relationship.guardian': 'Guardian',
  'parent.phone': 'Phone number of the parent or guardian',
  'parent.email': 'Email address of the parent or guardian',
  'parent.contactHint': 'Fill in a phone number or an email address, or both.',

  'supportNeed.reasons': 'Why are you referring the young person?',
  'supportNeed.reasonsHint': 'Choose everything that applies.',
  'supportNeed.description': 'What is going on?',
  'supportNeed.descriptionHint':
    'Write what the professional needs to know. Do not write down medical details that are not needed.',
  'supportNeed.triedAtSchool': 'What has the school already done?',
  'supportNeed.triedAtSchoolHint':
    'For example: talks with the mentor, career coaching or help from the special needs coordinator.',
  'supportNeed.helpInPlace': 'What help is already in place?',
  'supportNeed.helpInPlaceHint':
    'For example: support from the OPDC, or help that continues after the move from secondary school to mbo.',

  'preference.coachingForm': 'Which form of coaching fits best?',
  'preference.organisation': 'Preferred organisation',
  'preference.organisationHint':
    'Not required. No preference? Then we choose an organisation that fits.',
  'preference.noOrganisation': 'No preference',
  'preference.organisationsFailed':
    'The list of organisations cannot be loaded right now. You can continue without a preference.',
  'preference.organisationSelected': '{name} is chosen as the preference.',

  'consent.intro':
    'You may only refer the young person when the right people give consent. The young person is {age}. So consent is needed from:',
  'consent.party.young-person': 'the young person',
  'consent.party.parent': 'the parent or guardian',
  'consent.title.young-person': 'Consent of the young person',
  'consent.title.parent': 'Consent of the parent or guardian',
  'consent.obtained.young-person': 'The young person consents to this referral',
  'consent.obtained.parent': 'The parent or guardian consents to this referral',
  'consent.method': 'How did you get the consent?',
  'consent.method.in-person': 'In a conversation',
  'consent.method.phone': 'On the phone',
  'consent.method.letter': 'By letter or email',
  'consent.date': 'On what date?',
  'consent.dateHint': 'For example: 2 3 2026',
  'consent.pluscoaching':
    'Plus coaching is voluntary. So always discuss the referral with the young person first, also when they are younger than 12.',
  'consent.discussed': 'I discussed the referral with the young person first',
  'consent.noAge': 'Fill in the date of birth of the young person first.',
  'consent.noBand':
    'It is not known who must consent at this age. Contact the organisation before you refer the young person.',
  'privacy.title': 'What happens to the data?',
  'privacy.use':
    'We only use the data to help the young person. Only the people who handle the referral can read it.',
  'privacy.never': 'We never ask for a BSN, a diagnosis or attachments.',
  'privacy.browser':
    'What you fill in is not saved in this browser. If you close the page before sending, it is gone.',
  'privacy.rights':
    'The young person and the parents may always ask which data we hold, and ask us to correct it.',

  'review.intro': 'Check that everything is right. Something wrong? Choose Change.',
  'review.consentLine': '{party}: {method}, {date}',
  'review.discussed': 'Discussed with the young person',
  'review.age': '{date} ({age} years)',
  'review.return': 'Back to checking',
  'review.send': 'Send referral',
  'review.slow': 'This takes longer than usual. Please wait, we keep trying.',
  'review.rejected':
    'The referral was not sent. Something went wrong that trying again will not fix. Please contact the administrator of this website. What you filled in is not lost.',
  'review.fieldsRejected': 'Some answers are not right. We took you to the first mistake.',

  'done.title': 'Your referral has been sent',
  'done.reference': 'Reference number',
  'done.statusLink': 'See where this referral stands',
  'done.statusLinkHint':
    'Keep this link. With it you can see later whether a coach was found. The link shows no details of the young person.',
  'done.referenceHint': 'Keep this number. Mention it when you contact us.',
  'done.changesNotSent':
    'Your first version had already reached us, and that is the one we kept. The changes you made after it were not sent. Pass them on when you contact us.',
  'done.service': 'Kind of help',
  'done.organisation': 'Organisation',
  'done.organisationNone': 'Not chosen yet. We look for an organisation that fits.',
  'done.next': 'What happens next?',
  'done.again': 'New referral',

  'validation.parentRequired': 'Fill in the name of a parent or guardian.',
  'validation.consentObtained': 'Say whether there is consent. Without consent you cannot refer.',
  'validation.discussed': 'Discuss the referral with the young person first.',
  'validation.consentBeforeBirth': 'This date is before the date of birth.',
  'validation.unknown': 'This choice does not exist (any more). Choose again.',
  'validation.service-not-offered':
    'This municipality does not offer this help. Choose another kind of help.',
  'validation.future-date': 'This date is in the future.',
  'validation.consent-young-person': 'The consent of the young person is missing.',
  'validation.consent-parent': 'The consent of the parent or guardian is missing.',
} as const satisfies Catalog<ReferralMessageKey>;
