import type { CallbacksMessageKey } from './callbacks.messages.ts';

// The call-back section's texts in Arabic (plain words, short sentences), fetched when chosen.

export const ar: Readonly<Record<CallbacksMessageKey, string>> = {
  title: 'طلبات الاتصال',
  intro: 'شباب يريدون أن نتصل بهم. اتصل بهم، ثم ضع الطلب على "تم الاتصال".',
  'open.title': 'للاتصال',
  'open.empty': 'لا توجد طلبات اتصال مفتوحة.',
  'called.title': 'تم الاتصال',
  'called.empty': 'لم يتم الاتصال بأي طلب بعد.',
  request: 'الطلب {reference}',
  received: 'وصل في',
  location: 'الموقع',
  topic: 'الموضوع',
  name: 'الاسم',
  phone: 'الهاتف',
  preferredTimes: 'أفضل وقت للاتصال',
  calledAt: 'تم الاتصال في',
  'state.open': 'للاتصال',
  'state.called': 'تم الاتصال',
  markCalled: 'تم الاتصال',
  markCalledFor: 'تم الاتصال: الطلب {reference}',
  'marked.announce': 'الطلب {reference} الآن في "تم الاتصال".',
  'marked.failed': 'لم ينجح حفظ الطلب {reference}. حاول مرة أخرى.',
};
