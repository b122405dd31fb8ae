import type { CallbacksMessageKey } from './callbacks.messages.ts';

// The call-back section's texts in Turkish (plain words, short sentences), fetched when chosen.

export const tr: Readonly<Record<CallbacksMessageKey, string>> = {
  title: 'Geri arama istekleri',
  intro: 'Aranmak isteyen gençler. Onları geri arayın, sonra isteği arandı yapın.',
  'open.title': 'Aranacak',
  'open.empty': 'Açık geri arama isteği yok.',
  'called.title': 'Arandı',
  'called.empty': 'Henüz aranan istek yok.',
  request: 'İstek {reference}',
  received: 'Geldiği zaman',
  location: 'Yer',
  topic: 'Konu',
  name: 'Ad',
  phone: 'Telefon',
  preferredTimes: 'Aramak için en iyi zaman',
  calledAt: 'Arandığı zaman',
  'state.open': 'Aranacak',
  'state.called': 'Arandı',
  markCalled: 'Arandı',
  markCalledFor: 'Arandı: istek {reference}',
  'marked.announce': 'İstek {reference} şimdi arandı altında.',
  'marked.failed': 'İstek {reference} kaydedilemedi. Lütfen tekrar deneyin.',
};
