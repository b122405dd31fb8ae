import type { OutboxMessageKey } from './outbox.messages.ts';

// The outbox section's texts in Turkish (plain words, short sentences), fetched when chosen.

export const tr: Readonly<Record<OutboxMessageKey, string>> = {
  title: 'Mesajlar',
  intro: 'Sunucunun gönderdiği e-postalar ve SMS mesajları, en yenisi önce.',
  'intro.content':
    'Geliştirme girişi açık: mesajın kime gittiğini ve metnini de görürsünüz. Posta sunucusu yoksa e-postalar burada kalır.',
  refresh: 'Yenile',
  refreshed: 'Liste güncellendi: {count} mesaj.',
  filter: 'Durum',
  'filter.all': 'Hepsi',
  empty: 'Mesaj yok.',
  shown: '{count} mesaj',
  'state.pending': 'Gönderilmeyi bekliyor',
  'state.sent': 'Gönderildi',
  'state.dead': 'Olmadı: gönderilmedi',
  'channel.email': 'E-posta',
  'channel.sms': 'SMS',
  'kind.appointment-booked': 'Randevu alındı',
  'kind.appointment-rescheduled': 'Randevu taşındı',
  'kind.appointment-cancelled': 'Randevu iptal edildi',
  'kind.appointment-reminder': 'Randevu hatırlatması',
  'kind.referral-waiting': 'Yeni başvuru bekliyor',
  'kind.callback-received': 'Geri arama isteği geldi',
  kind: 'Tür',
  channel: 'Kanal',
  state: 'Durum',
  reference: 'Numara',
  attempts: 'Denemeler',
  createdAt: 'Oluşturuldu',
  deliveredAt: 'Gönderildi',
  nextAttemptAt: 'Sonraki deneme',
  lastError: 'Son hata',
  to: 'Kime',
  text: 'Metin',
};
