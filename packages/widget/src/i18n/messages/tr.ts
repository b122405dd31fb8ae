import type { Catalog } from '../types.ts';
import type { KitMessageKey } from './nl.ts';

/** The kit's Turkish messages. */
export const tr: Catalog<KitMessageKey> = {
  'field.required': '(zorunlu)',
  'field.errorPrefix': 'Hata:',
  'select.placeholder': 'Bir seçim yapın',

  'dateOfBirth.day': 'Gün',
  'dateOfBirth.month': 'Ay',
  'dateOfBirth.year': 'Yıl',
  'dateOfBirth.hint': 'Örneğin: 14 3 2009',

  'counter.remaining': { other: '{count} karakter kaldı' },
  'counter.over': { other: '{count} karakter fazla' },

  'summary.title': { other: '{count} alanda sorun var' },
  'summary.intro': 'Alana gitmek için bir hataya tıklayın.',

  'stepper.label': 'İlerleme',
  'stepper.progress': 'Adım {current} / {total}',
  'stepper.done': '(tamamlandı)',
  'stepper.current': '(şu anki adım)',

  'nav.next': 'İleri',
  'nav.back': 'Geri',
  'nav.submit': 'Gönder',

  'review.change': 'Değiştir',
  'review.empty': 'Doldurulmadı',

  'busy.sending': 'Gönderiliyor…',

  'retry.title': 'Gönderilemedi',
  'retry.offline': 'İnternet bağlantısı yok.',
  'retry.network': 'Sunucuya ulaşılamadı.',
  'retry.server': 'Bizim tarafımızda bir sorun oluştu.',
  'retry.rateLimited': 'Şu anda çok fazla istek geliyor.',
  'retry.rateLimitedWait': '{seconds} saniye sonra tekrar deneyin.',
  'retry.kept': 'Doldurduklarınız kaybolmadı.',
  'retry.action': 'Tekrar dene',

  'emergency.title': 'Acil durumlar için değildir',
  'emergency.danger': 'Hemen tehlike mi var? 112’yi arayın.',
  'emergency.veiligThuis':
    'Aile içi şiddet veya çocuk istismarı konusunda endişeniz mi var? Veilig Thuis’i arayın: 0800-2000. Ücretsiz, gece gündüz.',

  'validation.required': 'Lütfen bunu doldurun.',
  'validation.choose': 'Bir seçim yapın.',
  'validation.chooseAtLeast': { other: 'En az {minimum} tane seçin.' },
  'validation.chooseAtMost': { other: 'En fazla {maximum} tane seçin.' },
  'validation.tooShort': { other: 'En az {minimum} karakter kullanın.' },
  'validation.tooLong': { other: 'En fazla {maximum} karakter kullanın.' },
  'validation.email': 'ad@example.org gibi bir e-posta adresi girin.',
  'validation.phone':
    '06 00000000 gibi bir telefon numarası veya + ile başlayan uluslararası bir numara girin.',
  'validation.url': 'https:// ile başlayan bir web adresi girin.',
  'validation.date': 'Geçerli bir tarih girin.',
  'validation.format': 'Bu doğru değil. Lütfen kontrol edin.',
  'validation.invalid': 'Bu doğru değil. Lütfen kontrol edin.',
  'validation.contact-required': 'Bir e-posta adresi veya telefon numarası girin.',
  'validation.dateIncomplete': 'Günü, ayı ve yılı girin.',
  'validation.dateNotReal': 'Bu tarih mevcut değil. Günü ve ayı kontrol edin.',
  'validation.yearFormat': 'Yılı 4 rakamla girin, örneğin 2009.',
  'validation.dateInFuture': 'Bu tarih gelecekte.',
  'validation.dateTooEarly': 'Bu tarih çok eski.',
};
