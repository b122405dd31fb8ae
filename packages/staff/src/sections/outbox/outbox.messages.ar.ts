import type { OutboxMessageKey } from './outbox.messages.ts';

// The outbox section's texts in Arabic (plain words, short sentences), fetched when chosen.

export const ar: Readonly<Record<OutboxMessageKey, string>> = {
  title: 'الرسائل',
  intro: 'رسائل البريد الإلكتروني والرسائل القصيرة التي يرسلها الخادم، الأحدث أولًا.',
  'intro.content':
    'تسجيل الدخول للتطوير مفعّل: ترى أيضًا لمن تذهب الرسالة ونصها. بدون خادم بريد تبقى الرسائل هنا.',
  refresh: 'تحديث',
  refreshed: 'تم تحديث القائمة: {count} رسائل.',
  filter: 'الحالة',
  'filter.all': 'الكل',
  empty: 'لا توجد رسائل.',
  shown: '{count} رسائل',
  'state.pending': 'ينتظر الإرسال',
  'state.sent': 'أُرسلت',
  'state.dead': 'فشل: لم تُرسل',
  'channel.email': 'البريد الإلكتروني',
  'channel.sms': 'رسالة قصيرة',
  'kind.appointment-booked': 'تم حجز موعد',
  'kind.appointment-rescheduled': 'تم نقل موعد',
  'kind.appointment-cancelled': 'تم إلغاء موعد',
  'kind.appointment-reminder': 'تذكير بموعد',
  'kind.referral-waiting': 'طلب جديد ينتظر',
  'kind.callback-received': 'وصل طلب اتصال',
  kind: 'النوع',
  channel: 'القناة',
  state: 'الحالة',
  reference: 'الرقم',
  attempts: 'المحاولات',
  createdAt: 'أُنشئت',
  deliveredAt: 'أُرسلت',
  nextAttemptAt: 'المحاولة التالية',
  lastError: 'آخر خطأ',
  to: 'إلى',
  text: 'النص',
};
