import type { Catalog } from '../../i18n/index.ts';
import type { StatusMessageKey } from './nl.ts';

/** Turkish messages of the referral status, in simple Turkish. */
export const tr = {
  'status.title': 'Başvuru ne durumda?',
  'status.loading': 'Başvuruyu arıyoruz…',
  'status.none':
    'Başvurunuzun onayındaki durum bağlantısını açın. O zaman burada ne durumda olduğunu görürsünüz.',
  'status.invalid':
    'Bu bağlantı çalışmıyor. Belki tam kopyalanmadı. Bağlantıyı onaydan yeniden açın veya başvuru numarasıyla bizi arayın.',
  'status.failed': 'Başvuruyu şu anda bulamıyoruz.',
  'status.retry': 'Yeniden dene',
  'status.reference': 'Başvuru numarası',
  'status.service': 'Yardım türü',
  'status.organisation': 'Kuruluş',
  'status.received.at': 'Alındığı tarih',
  'status.updated.at': 'Son değişiklik',
  'status.steps': 'Adımlar',
  'status.done': 'tamam',
  'status.now': 'şimdi',
  'status.step.received': 'Alındı',
  'status.step.matched': 'Koç bulundu',
  'status.step.in-coaching': 'Koçluk başladı',
  'status.step.closed': 'Kapandı',
  'status.text.received': 'Başvuruyu aldık. Gence uyan bir kuruluş ve koç arıyoruz.',
  'status.text.matched':
    'Gence uyan bir kuruluş bulundu. Koç tanışmak için sizinle iletişime geçecek.',
  'status.text.matchedWith':
    'Başvuru {organisation} ile eşleşti. Koç tanışmak için sizinle iletişime geçecek.',
  'status.text.in-coaching': 'Koçluk başladı.',
  'status.text.closed': 'Başvuru kapandı. Artık başka bir işlem yapılmayacak.',
  'status.privacy': 'Bu sayfada gencin adı veya başka bilgileri yoktur.',
} as const satisfies Catalog<StatusMessageKey>;
