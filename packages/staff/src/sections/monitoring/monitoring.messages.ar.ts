import type { MonitoringMessageKey } from './monitoring.messages.ts';

// The monitoring section's texts in Arabic (plain words, short sentences), fetched when chosen.

export const ar: Readonly<Record<MonitoringMessageKey, string>> = {
  title: 'الأرقام',
  intro: 'عدد الطلبات حسب الشهر الذي وصلت فيه. لا توجد أسماء أشخاص فيها.',
  choices: 'أي أرقام',
  year: 'السنة',
  service: 'نوع المساعدة',
  'service.all': 'الكل',
  'table.caption': 'الطلبات حسب الشهر في {year}',
  month: 'الشهر',
  total: 'المجموع',
  received: 'وصل',
  matched: 'تم الربط',
  inCoaching: 'في التوجيه',
  closed: 'مغلق',
  goalReached: 'تم تحقيق الهدف',
  startkwalificatie: 'حصل على Startkwalificatie',
  declined: 'مغلق: لا يريد',
  moved: 'مغلق: انتقل',
  specialistHelp: 'مغلق: مساعدة متخصصة',
  cumulative: 'Pluscoaching حتى الآن',
  target: 'الهدف حسب النسبة',
  'chart.title': 'Pluscoaching مقارنة بالهدف {target} في السنة',
  'chart.summary':
    'في {year} حتى {month}: {count} طلبات لـ Pluscoaching، مقارنة بالهدف {target} في السنة ({due} حسب النسبة حتى الآن).',
  'chart.legend':
    'الأعمدة هي الطلبات مجموعة من يناير. الخط المنقط هو الهدف حسب النسبة: {target} مقسومًا على 12 كل شهر.',
  'chart.none': 'الهدف {target} في السنة هو لـ Pluscoaching. اختر Pluscoaching أو الكل لتراه.',
  'chart.noMonths': 'هذه السنة ليس فيها أشهر للعدّ بعد.',
  'csv.title': 'التنزيل',
  'csv.make': 'أنشئ ملف CSV',
  'csv.download': 'نزّل {file}',
  'csv.ready': 'ملف CSV {file} جاهز.',
};
