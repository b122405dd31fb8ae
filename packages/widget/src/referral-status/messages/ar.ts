import type { Catalog } from '../../i18n/index.ts';
import type { StatusMessageKey } from './nl.ts';

/** Arabic messages of the referral status (Modern Standard Arabic, simple wording), right to left. */
export const ar = {
  'status.title': 'ما هي حالة الإحالة؟',
  'status.loading': 'نبحث عن الإحالة…',
  'status.none': 'افتح رابط الحالة من تأكيد الإحالة. عندها ترى هنا حالتها.',
  'status.invalid':
    'هذا الرابط لا يعمل. ربما لم يُنسخ كاملاً. افتح الرابط مرة أخرى من التأكيد، أو اتصل بنا مع رقم الإحالة.',
  'status.failed': 'لا نستطيع الآن البحث عن الإحالة.',
  'status.retry': 'حاول مرة أخرى',
  'status.reference': 'رقم الإحالة',
  'status.service': 'نوع المساعدة',
  'status.organisation': 'المنظمة',
  'status.received.at': 'تم الاستلام في',
  'status.updated.at': 'آخر تغيير في',
  'status.steps': 'الخطوات',
  'status.done': 'تم',
  'status.now': 'الآن',
  'status.step.received': 'تم الاستلام',
  'status.step.matched': 'تم العثور على مدرب',
  'status.step.in-coaching': 'بدأ التدريب',
  'status.step.closed': 'مغلقة',
  'status.text.received': 'استلمنا الإحالة. نبحث عن منظمة ومدرب يناسبان الشاب.',
  'status.text.matched': 'تم العثور على منظمة تناسب الشاب. سيتواصل المدرب للتعارف.',
  'status.text.matchedWith': 'الإحالة مرتبطة بـ {organisation}. سيتواصل المدرب للتعارف.',
  'status.text.in-coaching': 'بدأ التدريب.',
  'status.text.closed': 'الإحالة مغلقة. لن يحدث بها شيء آخر.',
  'status.privacy': 'لا تعرض هذه الصفحة أسماء أو بيانات أخرى عن الشاب.',
} as const satisfies Catalog<StatusMessageKey>;
