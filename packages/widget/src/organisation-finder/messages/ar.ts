import type { Catalog } from '../../i18n/index.ts';
import type { FinderMessageKey } from './nl.ts';

/**
 * Arabic messages of the organisation finder (Modern Standard Arabic, simple wording), shown right
 * to left. Counts have all six Arabic plural forms; the search hint suggests Dutch words, because
 * the network's organisations and topics are described in Dutch and English only.
 */
export const ar: Catalog<FinderMessageKey> = {
  'finder.label': 'البحث عن مؤسسات',
  'finder.search.label': 'ابحث عن مؤسسة',
  'finder.search.hint': 'ابحث بالاسم أو بالموضوع، مثلًا "angst" (القلق) أو "verzuim" (الغياب).',
  'finder.filters.label': 'صغّر القائمة',
  'finder.filter.municipality': 'البلدية',
  'finder.filter.municipality.all': 'كل البلديات',
  'finder.filter.theme': 'الموضوع',
  'finder.filter.theme.all': 'كل المواضيع',
  'finder.filter.service': 'نوع المساعدة',
  'finder.filter.service.all': 'كل أنواع المساعدة',
  'finder.filter.coachingForm': 'نوع المرافقة (coaching)',
  'finder.filter.coachingForm.all': 'كل الأنواع',
  'finder.filter.audience': 'لمن؟',
  'finder.filter.audience.all': 'للجميع',
  'finder.filter.clear': 'امسح كلمة البحث والفلاتر',

  'finder.count.all': {
    zero: 'لا توجد مؤسسات',
    one: 'مؤسسة واحدة، بالترتيب الأبجدي',
    two: 'مؤسستان، بالترتيب الأبجدي',
    few: '{count} مؤسسات، بالترتيب الأبجدي',
    many: '{count} مؤسسة، بالترتيب الأبجدي',
    other: '{count} مؤسسة، بالترتيب الأبجدي',
  },
  'finder.count.found': {
    zero: 'لم نجد أي مؤسسة',
    one: 'وجدنا مؤسسة واحدة',
    two: 'وجدنا مؤسستين',
    few: 'وجدنا {count} مؤسسات',
    many: 'وجدنا {count} مؤسسة',
    other: 'وجدنا {count} مؤسسة',
  },
  'finder.count.none': 'لم نجد أي مؤسسة',
  'finder.shown': 'تظهر هنا {shown} من {count}.',
  'finder.more': 'اعرض المزيد',
  'finder.results.label': 'المؤسسات التي وجدناها',
  'finder.loading': 'نحمّل المؤسسات…',
  'finder.searching': 'نبحث الآن…',

  'finder.empty.title': 'لا توجد مؤسسة تناسب اختيارك',
  'finder.empty.dropFilter': {
    zero: 'بدون الفلتر «{filter}: {value}» لا توجد مؤسسات أيضًا.',
    one: 'بدون الفلتر «{filter}: {value}» توجد مؤسسة واحدة.',
    two: 'بدون الفلتر «{filter}: {value}» توجد مؤسستان.',
    few: 'بدون الفلتر «{filter}: {value}» توجد {count} مؤسسات.',
    many: 'بدون الفلتر «{filter}: {value}» توجد {count} مؤسسة.',
    other: 'بدون الفلتر «{filter}: {value}» توجد {count} مؤسسة.',
  },
  'finder.empty.dropFilterAction': 'أزل الفلتر «{filter}»',
  'finder.empty.dropQuery': {
    zero: 'بدون كلمة البحث «{query}» لا توجد مؤسسات أيضًا.',
    one: 'بدون كلمة البحث «{query}» توجد مؤسسة واحدة.',
    two: 'بدون كلمة البحث «{query}» توجد مؤسستان.',
    few: 'بدون كلمة البحث «{query}» توجد {count} مؤسسات.',
    many: 'بدون كلمة البحث «{query}» توجد {count} مؤسسة.',
    other: 'بدون كلمة البحث «{query}» توجد {count} مؤسسة.',
  },
  'finder.empty.dropQueryAction': 'امسح كلمة البحث',
  'finder.empty.otherWords': 'جرّب كلمة بحث أخرى أو أقصر.',

  'finder.error.load': 'لم نتمكن من تحميل قائمة المؤسسات.',
  'finder.error.search': 'البحث لا يعمل الآن.',

  'finder.result.services': 'المساعدة',
  'finder.result.municipalities': 'أين',
  'finder.result.themes': 'المواضيع',
  'finder.result.more': {
    one: 'وواحد آخر',
    two: 'واثنان آخران',
    other: 'و{count} أخرى',
  },

  'finder.detail.back': 'العودة إلى القائمة',
  'finder.detail.about': 'ماذا تفعل {name}؟',
  'finder.detail.coachingForms': 'أنواع المرافقة (coaching)',
  'finder.detail.audiences': 'لمن؟',
  'finder.detail.contact': 'التواصل',
  'finder.detail.website': 'الموقع الإلكتروني',
  'finder.detail.phone': 'الهاتف',
  'finder.detail.email': 'البريد الإلكتروني',
  'finder.detail.address': 'العنوان',
  'finder.detail.noContact': 'لا توجد بيانات تواصل معروفة.',
  'finder.detail.refer': 'أحِل إلى هذه المؤسسة',
  'finder.detail.referred': 'اخترت {name}. تابع في نموذج الإحالة.',
};
