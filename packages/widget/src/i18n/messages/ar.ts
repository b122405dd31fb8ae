import type { Catalog } from '../types.ts';
import type { KitMessageKey } from './nl.ts';

/** The kit's Arabic messages (Modern Standard Arabic), shown right to left. */
export const ar: Catalog<KitMessageKey> = {
  'field.required': '(إلزامي)',
  'field.errorPrefix': 'خطأ:',
  'select.placeholder': 'اختر خيارًا',

  'dateOfBirth.day': 'اليوم',
  'dateOfBirth.month': 'الشهر',
  'dateOfBirth.year': 'السنة',
  'dateOfBirth.hint': 'مثال: 14 3 2009',

  'counter.remaining': { other: 'متبقٍ {count} حرف' },
  'counter.over': { other: '{count} حرف زيادة عن الحد' },

  'summary.title': { one: 'توجد مشكلة واحدة', other: 'عدد المشكلات: {count}' },
  'summary.intro': 'اختر خطأً للانتقال إلى الحقل.',

  'stepper.label': 'التقدم',
  'stepper.progress': 'الخطوة {current} من {total}',
  'stepper.done': '(تمت)',
  'stepper.current': '(الخطوة الحالية)',

  'nav.next': 'التالي',
  'nav.back': 'السابق',
  'nav.submit': 'إرسال',

  'review.change': 'تغيير',
  'review.empty': 'لم يُملأ',

  'busy.sending': 'جارٍ الإرسال…',

  'retry.title': 'لم ينجح الإرسال',
  'retry.offline': 'لا يوجد اتصال بالإنترنت.',
  'retry.network': 'تعذّر الوصول إلى الخادم.',
  'retry.server': 'حدث خطأ من جهتنا.',
  'retry.rateLimited': 'تصلنا الآن طلبات كثيرة جدًا.',
  'retry.rateLimitedWait': 'حاول مرة أخرى بعد {seconds} ثانية.',
  'retry.kept': 'ما كتبته لم يضع.',
  'retry.action': 'حاول مرة أخرى',

  'emergency.title': 'ليس لحالات الطوارئ',
  'emergency.danger': 'هل يوجد خطر مباشر؟ اتصل بالرقم 112.',
  'emergency.veiligThuis':
    'هل أنت قلق بشأن العنف المنزلي أو إساءة معاملة الأطفال؟ اتصل بـ Veilig Thuis على الرقم 0800-2000. مجانًا، ليلًا ونهارًا.',

  'validation.required': 'يرجى ملء هذا الحقل.',
  'validation.choose': 'يرجى الاختيار.',
  'validation.chooseAtLeast': { other: 'اختر {minimum} على الأقل.' },
  'validation.chooseAtMost': { other: 'اختر {maximum} على الأكثر.' },
  'validation.tooShort': { other: 'استخدم {minimum} حرفًا على الأقل.' },
  'validation.tooLong': { other: 'استخدم {maximum} حرفًا على الأكثر.' },
  'validation.email': 'أدخل بريدًا إلكترونيًا مثل name@example.org.',
  'validation.phone': 'أدخل رقم هاتف مثل 06 00000000، أو رقمًا دوليًا يبدأ بـ +.',
  'validation.url': 'أدخل عنوان موقع يبدأ بـ https://.',
  'validation.date': 'أدخل تاريخًا صحيحًا.',
  'validation.format': 'هذا غير صحيح. يرجى التحقق منه.',
  'validation.invalid': 'هذا غير صحيح. يرجى التحقق منه.',
  'validation.contact-required': 'أدخل بريدًا إلكترونيًا أو رقم هاتف.',
  'validation.dateIncomplete': 'أدخل اليوم والشهر والسنة.',
  'validation.dateNotReal': 'هذا التاريخ غير موجود. تحقق من اليوم والشهر.',
  'validation.yearFormat': 'أدخل السنة بأربعة أرقام، مثل 2009.',
  'validation.dateInFuture': 'هذا التاريخ في المستقبل.',
  'validation.dateTooEarly': 'هذا التاريخ بعيد جدًا في الماضي.',
};
