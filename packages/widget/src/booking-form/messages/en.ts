import type { Catalog } from '../../i18n/index.ts';
import type { BookingMessageKey } from './nl.ts';

/** The booking form's English messages: plain English for young people. */
export const en = {
  'booking.title': 'Talk to a case manager',
  'booking.intro':
    'Are you between {min} and {max}, and do you want to go back to school, or are you about to drop out? Make an appointment with a case manager. Together you look at what you need.',
  'booking.loading': 'One moment…',
  'booking.unavailable': 'Booking does not work right now. Please try again in a few minutes.',
  'booking.retry': 'Try again',

  'step.birth': 'Date of birth',
  'step.topic': 'Topic',
  'step.place': 'Place',
  'step.time': 'Day and time',
  'step.contact': 'Your details',
  'step.review': 'Check',

  'birth.label': 'What is your date of birth?',
  'birth.hint': 'For example: 14 3 2004',
  'birth.why':
    'Case managers help young people aged {min} to {max}. Booking for someone else? Then fill in their date of birth.',

  'route.leerplicht.title': 'Under {min}? Leerplicht (compulsory education) helps you',
  'route.leerplicht.text':
    'If you are under {min} and not going to school, the compulsory education officer of your municipality helps you. So you cannot book here. Please contact:',
  'route.general.title': '{max} or older? Your municipality helps you',
  'route.general.text':
    'Case managers help young people up to {max}. For questions about school, work or money, your municipality helps you. Please contact:',
  'route.phone': 'Phone',
  'route.email': 'Email',
  'route.website': 'Website',
  'route.soon': 'Turning {min} on {date}? From that day on you can book here.',
  'route.municipality': 'Which municipality do you live in?',
  'route.change': 'Change date of birth',

  'topic.label': 'What do you want to talk about?',

  'place.location': 'Where do you want to talk?',
  'place.channel': 'How do you want to talk?',
  'place.remote': 'By phone or video',
  'place.ways': 'Possible: {channels}',
  'place.none':
    'There is no place for this topic. Choose another topic, or call your municipality.',

  'channel.in-person': 'In person',
  'channel.phone': 'By phone',
  'channel.video': 'By video',
  'channel.in-person.how': 'You come to {place}: {address}.',
  'channel.phone.how':
    'The case manager calls you at the time of the appointment. Make sure your phone is on.',
  'channel.video.how':
    'Before the talk you get a link to the video call. You need a phone or computer with a camera.',

  'time.loading': 'Looking for free times…',
  'time.first': 'First free time: {when}',
  'time.firstAction': 'Choose this time',
  'time.week': 'Week of {from} to {to}',
  'time.previousWeek': 'Previous week',
  'time.nextWeek': 'Next week',
  'time.day': 'Choose a day',
  'time.dayFree': { one: '1 time free', other: '{count} times free' },
  'time.dayNone': 'full or closed',
  'time.times': 'Choose a time on {day}',
  'time.chosen': 'Chosen: {when}',
  'time.emptyWeek': 'No time is free this week. Look at another week.',
  'time.ageLimit':
    'You can book up to and including {date}. After that you are {max} and your municipality helps you.',
  'time.full.title': 'No time is free right now',
  'time.full.text':
    'All times are taken. Ask a case manager to call you back, or come by during walk-in hours.',
  'time.noSuit': 'No time that suits you?',
  'time.noSuitText': 'Ask us to call you back, or come by during walk-in hours.',
  'time.callback': 'Ask for a call back',
  'time.otherPlace': 'Choose another place',
  'time.taken.title': 'Someone else was just ahead of you',
  'time.taken.text':
    'Sorry, someone else just booked the time you chose. Please choose another time. Everything you filled in is kept.',
  'time.nearest': 'These times are close to it',
  'time.loadFailed': 'We could not load the free times.',

  'walkIn.title': 'Walk-in hours at {place}',
  'walkIn.text': 'You can come by without an appointment:',
  'walkIn.hours': '{day} from {opens} to {closes}',
  'walkIn.none': '{place} has no walk-in hours.',
  'walkIn.call': 'You can also call: {phone}',

  'callback.title': 'Ask for a call back',
  'callback.intro':
    'Leave your name and phone number. A case manager of {place} calls you back to agree on a time.',
  'callback.unavailable': '{place} cannot call you back.',
  'callback.name': 'Your name',
  'callback.phone': 'Your phone number',
  'callback.phoneHint': 'For example 06 00000000. A foreign number starts with +.',
  'callback.times': 'When is the best time to call you?',
  'callback.timesHint': 'For example: after 3 pm, or on Monday.',
  'callback.submit': 'Call me back',
  'callback.back': 'Back to the times',
  'callback.done.title': 'We will call you back',
  'callback.done.text': 'We got your request. A case manager of {place} will call you back.',

  'contact.nameSelf': 'Your name',
  'contact.nameOther': 'Name of the young person',
  'contact.emailSelf': 'Your email address',
  'contact.emailOther': 'Email address of the young person',
  'contact.phoneSelf': 'Your mobile number',
  'contact.phoneOther': 'Mobile number of the young person',
  'contact.phoneHint': 'For example 06 00000000. A foreign number starts with +.',
  'contact.either':
    'Fill in an email address or a mobile number, or both. We send the confirmation there.',
  'contact.preferred': 'How do you want to get the confirmation?',
  'contact.preferred.email': 'By email',
  'contact.preferred.sms': 'By text message',
  'contact.forOther': 'I am booking for someone else',
  'contact.forOtherHint': 'For example as a youth worker. We then ask for your details too.',
  'contact.bookedBy': 'Your details',
  'bookedBy.name': 'Your name',
  'bookedBy.organisation': 'Your organisation',
  'bookedBy.email': 'Your email address',
  'bookedBy.phone': 'Your phone number',
  'contact.note': 'Anything you want to tell us already?',
  'contact.noteHint': 'You may leave this empty. Do not write medical details here.',

  'review.appointment': 'Appointment',
  'review.topic': 'Topic',
  'review.when': 'When',
  'review.where': 'Where',
  'review.how': 'How',
  'review.person': 'Details',
  'review.dateOfBirth': 'Date of birth',
  'review.bookedBy': 'Booked by',
  'review.submit': 'Book appointment',
  'review.privacy':
    'We only use your details for this appointment. The case manager sees them, nobody else.',

  'confirm.title': 'Your appointment is booked',
  'confirm.sent': 'We send a confirmation to the email address or mobile number you gave.',
  'confirm.reference': 'Reference',
  'confirm.ics': 'Add to your calendar',
  'confirm.icsHint': 'An .ics file for the calendar on your phone or computer.',
  'confirm.manage.title': 'Change or cancel',
  'confirm.manage.text':
    'With this link you can change or cancel the appointment later. Do not share it. You also get it in the confirmation.',
  'confirm.manage.link': 'Link to your appointment',
  'confirm.again': 'Book another appointment',

  'ics.summary': 'Talk with a case manager',
  'ics.description':
    'Reference {reference}. To change or cancel, use the link in your confirmation.',

  'manage.loading': 'Getting your appointment…',
  'manage.title': 'Your appointment',
  'manage.reschedule': 'Change time',
  'manage.cancel': 'Cancel',
  'manage.confirmCancel.title': 'Do you really want to cancel the appointment?',
  'manage.confirmCancel.text': 'The time then becomes free for someone else.',
  'manage.confirmCancel.yes': 'Yes, cancel',
  'manage.confirmCancel.no': 'No, keep it',
  'manage.cancelled.title': 'Your appointment is cancelled',
  'manage.cancelled.text': 'Still want to talk? Book a new appointment.',
  'manage.rescheduleTitle': 'Choose a new time',
  'manage.rescheduleSubmit': 'Move appointment',
  'manage.rescheduled.title': 'Your appointment has been moved',
  'manage.invalid.title': 'This link does not work',
  'manage.invalid.text':
    'The link is not right (any more), or the appointment no longer exists. Use the whole link from your confirmation. Or book a new appointment.',
  'manage.bookNew': 'Book a new appointment',
  'manage.back': 'Back to your appointment',
  'manage.failed': 'That did not work. Please try again.',

  'validation.location': 'Choose a place.',
  'validation.channel': 'Choose how you want to talk.',
  'validation.slot': 'Choose a day and a time.',
  'validation.age-out-of-bounds':
    'On the day of this appointment you are too young or too old for a case manager. Check your date of birth, or choose an earlier time.',
  'validation.mobile-required': 'A text message needs a mobile number.',
  'validation.topic-not-offered': 'This place has no talks on this topic.',
} as const satisfies Catalog<BookingMessageKey>;
