import type { MonitoringMessageKey } from './monitoring.messages.ts';

// The monitoring section's texts in Turkish (plain words, short sentences), fetched when chosen.

export const tr: Readonly<Record<MonitoringMessageKey, string>> = {
  title: 'Rakamlar',
  intro: 'Geldikleri aya göre başvuru sayıları. İçinde kişi bilgisi yok.',
  choices: 'Hangi rakamlar',
  year: 'Yıl',
  service: 'Yardım türü',
  'service.all': 'Hepsi',
  'table.caption': '{year} yılında aya göre başvurular',
  month: 'Ay',
  total: 'Toplam',
  received: 'Geldi',
  matched: 'Eşleşti',
  inCoaching: 'Koçlukta',
  closed: 'Kapandı',
  goalReached: 'Hedefe ulaşıldı',
  startkwalificatie: 'Startkwalificatie alındı',
  declined: 'Kapandı: istemiyor',
  moved: 'Kapandı: taşındı',
  specialistHelp: 'Kapandı: uzman yardımı',
  cumulative: 'Pluscoaching toplamı',
  target: 'Orantılı hedef',
  'chart.title': 'Yılda {target} hedefine karşı Pluscoaching',
  'chart.summary':
    '{year} yılında {month} ayına kadar: Pluscoaching için {count} başvuru. Hedef yılda {target} (şimdiye kadar orantılı {due}).',
  'chart.legend':
    'Çubuklar, ocaktan beri toplanan başvurulardır. Kesikli çizgi orantılı hedeftir: her ay {target} bölü 12.',
  'chart.none':
    'Yılda {target} hedefi Pluscoaching içindir. Görmek için Pluscoaching veya Hepsi seçin.',
  'chart.noMonths': 'Bu yılın henüz sayılacak ayı yok.',
  'csv.title': 'İndir',
  'csv.make': 'CSV dosyası yap',
  'csv.download': '{file} indir',
  'csv.ready': '{file} CSV dosyası hazır.',
};
