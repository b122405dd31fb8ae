import type { Catalog } from '../../i18n/index.ts';
import type { ReferralMessageKey } from './nl.ts';

/**
 * The referral form's Arabic messages (Modern Standard Arabic, simple wording), shown right to
 * left. Ages are written as "العمر: {age}" or "بالسنوات: {age}": the noun after a number changes
 * with the number in Arabic, and {age} can be anything from 4 to 27.
 */
export const ar = {
  'form.name': 'إحالة',
  'form.intro':
    'أحِل تلميذًا أو طالبًا للحصول على مساعدة. تعبئة النموذج تستغرق حوالي 10 دقائق. ما تكتبه يبقى على هذه الشاشة فقط حتى ترسله.',
  'form.noServices': 'في هذه البلدية لا يمكنك إحالة شاب أو شابة عبر هذا النموذج. تواصل مع البلدية.',

  'step.service': 'ما نوع المساعدة التي تبحث عنها؟',
  'step.referrer': 'معلومات عنك',
  'step.youngPerson': 'معلومات عن الشاب أو الشابة',
  'step.supportNeed': 'ما الذي يحدث؟',
  'step.preference': 'ما تفضّله',
  'step.consent': 'الموافقة',
  'step.review': 'راجع الإحالة',

  'service.municipality': 'بلدية المدرسة',
  'service.municipalityHint': 'المساعدة المتاحة تختلف من بلدية إلى أخرى.',
  'service.service': 'نوع المساعدة',
  'service.chooseMunicipalityFirst': 'اختر البلدية أولًا. بعدها ترى المساعدة المتاحة.',

  'referrer.organisation': 'المدرسة أو المؤسسة',
  'referrer.name': 'اسمك',
  'referrer.role': 'وظيفتك',
  'referrer.email': 'بريدك الإلكتروني',
  'referrer.emailHint': 'نرسل التأكيد إلى هذا العنوان.',
  'referrer.phone': 'رقم هاتفك',
  'referrer.phoneHint': 'حتى نتصل بك إذا كان لدينا سؤال.',

  'youngPerson.intro':
    'اكتب فقط ما هو ضروري. لا نطلب أبدًا رقم الخدمة المدنية (BSN) أو تشخيصًا طبيًا.',
  'youngPerson.givenName': 'الاسم الأول',
  'youngPerson.familyName': 'اسم العائلة',
  'youngPerson.dateOfBirth': 'تاريخ الميلاد',
  'youngPerson.age': 'عمر الشاب أو الشابة اليوم بالسنوات: {age}.',
  'youngPerson.schoolType': 'نوع المدرسة',
  'youngPerson.schoolLevel': 'المستوى أو المجموعة',
  'youngPerson.classYear': 'الصف أو السنة الدراسية',
  'youngPerson.classYearHint': 'كما تسمّيه المدرسة. مثال: 3B أو السنة 2.',
  'youngPerson.school': 'اسم المدرسة',

  'parent.title': 'أحد الوالدين أو الوصي',
  'parent.requiredHint': 'إلزامي، لأن عمر الشاب أو الشابة أقل من {age} سنة.',
  'parent.optionalHint': 'غير إلزامي، لأن عمر الشاب أو الشابة {age} سنة أو أكثر.',
  'parent.name': 'اسم أحد الوالدين أو الوصي',
  'parent.relationship': 'ما صلته بالشاب أو الشابة؟',
  'parent.relationship.parent': 'أحد الوالدين',
  'parent.relationship.guardian': 'وصي',
  'parent.phone': 'رقم هاتف أحد الوالدين أو الوصي',
  'parent.email': 'البريد الإلكتروني لأحد الوالدين أو الوصي',
  'parent.contactHint': 'اكتب رقم هاتف أو بريدًا إلكترونيًا، أو الاثنين.',

  'supportNeed.reasons': 'لماذا تحيل الشاب أو الشابة؟',
  'supportNeed.reasonsHint': 'اختر كل ما ينطبق.',
  'supportNeed.description': 'ما الذي يحدث؟',
  'supportNeed.descriptionHint':
    'اكتب ما يجب أن يعرفه المختص الذي سيساعد. لا تكتب معلومات طبية غير ضرورية.',
  'supportNeed.triedAtSchool': 'ماذا فعلت المدرسة حتى الآن؟',
  'supportNeed.triedAtSchoolHint':
    'مثال: محادثات مع المرشد الصفي (mentor)، أو توجيه مهني، أو مساعدة من منسّق الدعم في المدرسة.',
  'supportNeed.helpInPlace': 'ما المساعدة الموجودة حاليًا؟',
  'supportNeed.helpInPlaceHint':
    'مثال: مرافقة من OPDC، أو مساعدة تستمر بعد الانتقال من التعليم الثانوي (vo) إلى التعليم المهني (mbo).',

  'preference.coachingForm': 'ما نوع المرافقة (coaching) الأنسب؟',
  'preference.organisation': 'مؤسسة تفضّلها',
  'preference.organisationHint': 'غير إلزامي. ليس لديك تفضيل؟ عندها نختار نحن مؤسسة مناسبة.',
  'preference.noOrganisation': 'لا تفضيل',
  'preference.organisationsFailed': 'لا يمكن تحميل قائمة المؤسسات الآن. يمكنك المتابعة بدون تفضيل.',
  'preference.organisationSelected': 'اخترت {name} كمؤسسة مفضّلة.',

  'consent.intro':
    'لا يجوز لك إحالة الشاب أو الشابة إلا إذا وافق الأشخاص المعنيون. عمر الشاب أو الشابة بالسنوات: {age}. لذلك تلزم موافقة:',
  'consent.party.young-person': 'الشاب أو الشابة',
  'consent.party.parent': 'أحد الوالدين أو الوصي',
  'consent.title.young-person': 'موافقة الشاب أو الشابة',
  'consent.title.parent': 'موافقة أحد الوالدين أو الوصي',
  'consent.obtained.young-person': 'يوافق الشاب أو الشابة على هذه الإحالة',
  'consent.obtained.parent': 'يوافق أحد الوالدين أو الوصي على هذه الإحالة',
  'consent.method': 'كيف حصلت على الموافقة؟',
  'consent.method.in-person': 'في محادثة وجهًا لوجه',
  'consent.method.phone': 'بالهاتف',
  'consent.method.letter': 'برسالة أو بريد إلكتروني',
  'consent.date': 'في أي تاريخ؟',
  'consent.dateHint': 'مثال: 2 3 2026',
  'consent.pluscoaching':
    'المشاركة في Pluscoaching اختيارية. لذلك ناقش الإحالة دائمًا مع الشاب أو الشابة أولًا، حتى لو كان العمر أقل من 12 سنة.',
  'consent.discussed': 'ناقشت الإحالة أولًا مع الشاب أو الشابة',
  'consent.noAge': 'اكتب أولًا تاريخ ميلاد الشاب أو الشابة.',
  'consent.noBand':
    'لا نعرف من يجب أن يوافق في هذا العمر. تواصل مع المؤسسة قبل أن تحيل الشاب أو الشابة.',
  'privacy.title': 'ماذا يحدث للبيانات؟',
  'privacy.use':
    'نستخدم البيانات فقط لمساعدة الشاب أو الشابة. لا يقرؤها إلا الأشخاص الذين يعالجون الإحالة.',
  'privacy.never': 'لا نطلب أبدًا رقم الخدمة المدنية (BSN) أو تشخيصًا طبيًا أو مرفقات.',
  'privacy.browser':
    'ما تكتبه لا يُحفظ في هذا المتصفح. إذا أغلقت الصفحة قبل الإرسال، يضيع ما كتبته.',
  'privacy.rights':
    'يحق للشاب أو الشابة وللوالدين دائمًا أن يسألوا عن البيانات الموجودة لدينا، وأن يطلبوا تصحيحها.',

  'review.intro': 'تأكد أن كل شيء صحيح. هل هناك خطأ؟ اختر «تغيير».',
  'review.consentLine': '{party}: {method}، {date}',
  'review.discussed': 'تمت مناقشتها مع الشاب أو الشابة',
  'review.age': '{date} (العمر: {age})',
  'review.return': 'العودة إلى المراجعة',
  'review.send': 'أرسل الإحالة',
  'review.slow': 'يستغرق هذا وقتًا أطول من المعتاد. انتظر قليلًا، نحن نواصل المحاولة.',
  'review.rejected':
    'لم تُرسل الإحالة. حدث خطأ لا تحلّه إعادة المحاولة. تواصل مع المسؤول عن هذا الموقع. ما كتبته لم يضع.',
  'review.fieldsRejected': 'بعض الإجابات غير صحيحة. نقلناك إلى أول خطأ.',

  'done.title': 'تم إرسال الإحالة',
  'done.reference': 'رقم المرجع',
  'done.statusLink': 'اعرف حالة هذه الإحالة',
  'done.statusLinkHint':
    'احتفظ بهذا الرابط. به ترى لاحقاً إن تم العثور على مدرب. لا يعرض الرابط بيانات الشاب.',
  'done.referenceHint': 'احتفظ بهذا الرقم. اذكره عندما تتواصل معنا.',
  'done.changesNotSent':
    'نسختك الأولى وصلتنا من قبل، وهي التي حفظناها. التغييرات التي أجريتها بعدها لم تُرسل. أخبرنا بها عندما تتواصل معنا.',
  'done.service': 'نوع المساعدة',
  'done.organisation': 'المؤسسة',
  'done.organisationNone': 'لم يتم الاختيار بعد. سنبحث نحن عن مؤسسة مناسبة.',
  'done.next': 'ماذا يحدث الآن؟',
  'done.again': 'إحالة جديدة',

  'validation.parentRequired': 'اكتب اسم أحد الوالدين أو الوصي.',
  'validation.consentObtained': 'حدّد إن كانت هناك موافقة. بدون موافقة لا يمكنك الإحالة.',
  'validation.discussed': 'ناقش الإحالة أولًا مع الشاب أو الشابة.',
  'validation.consentBeforeBirth': 'هذا التاريخ قبل تاريخ الميلاد.',
  'validation.unknown': 'هذا الخيار غير موجود أو لم يعد موجودًا. اختر من جديد.',
  'validation.service-not-offered': 'هذه البلدية لا تقدّم هذه المساعدة. اختر نوعًا آخر من المساعدة.',
  'validation.future-date': 'هذا التاريخ في المستقبل.',
  'validation.consent-young-person': 'موافقة الشاب أو الشابة ناقصة.',
  'validation.consent-parent': 'موافقة أحد الوالدين أو الوصي ناقصة.',
} as const satisfies Catalog<ReferralMessageKey>;
