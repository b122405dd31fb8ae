import type { Catalog } from '../../i18n/index.ts';
import type { FinderMessageKey } from './nl.ts';

/**
 * Turkish messages of the organisation finder, in the polite "siz" the kit uses. The search hint
 * suggests Dutch words: the network's organisations and topics are described in Dutch and English.
 */
export const tr: Catalog<FinderMessageKey> = {
  'finder.label': 'Kurum arama',
  'finder.search.label': 'Bir kurum arayın',
  'finder.search.hint':
    'Ada veya konuya göre arayın, örneğin "angst" (kaygı) veya "verzuim" (devamsızlık).',
  'finder.filters.label': 'Listeyi daraltın',
  'finder.filter.municipality': 'Belediye',
  'finder.filter.municipality.all': 'Tüm belediyeler',
  'finder.filter.theme': 'Konu',
  'finder.filter.theme.all': 'Tüm konular',
  'finder.filter.service': 'Yardım türü',
  'finder.filter.service.all': 'Tüm yardım türleri',
  'finder.filter.coachingForm': 'Koçluk türü',
  'finder.filter.coachingForm.all': 'Tüm türler',
  'finder.filter.audience': 'Kimin için',
  'finder.filter.audience.all': 'Herkes',
  'finder.filter.clear': 'Arama kelimesini ve filtreleri temizle',

  'finder.count.all': { other: '{count} kurum, A’dan Z’ye' },
  'finder.count.found': { other: '{count} kurum bulundu' },
  'finder.count.none': 'Hiç kurum bulunamadı',
  'finder.shown': '{count} kurumdan {shown} tanesini görüyorsunuz.',
  'finder.more': 'Daha fazla göster',
  'finder.results.label': 'Bulunan kurumlar',
  'finder.loading': 'Kurumlar yükleniyor…',
  'finder.searching': 'Aranıyor…',

  'finder.empty.title': 'Seçiminize uyan bir kurum yok',
  'finder.empty.dropFilter': {
    other: '"{filter}: {value}" filtresi olmadan {count} kurum var.',
  },
  'finder.empty.dropFilterAction': '"{filter}" filtresini kaldır',
  'finder.empty.dropQuery': {
    other: '"{query}" arama kelimesi olmadan {count} kurum var.',
  },
  'finder.empty.dropQueryAction': 'Arama kelimesini temizle',
  'finder.empty.otherWords': 'Başka veya daha kısa bir arama kelimesi deneyin.',

  'finder.error.load': 'Kurum listesi yüklenemedi.',
  'finder.error.search': 'Arama şu anda çalışmıyor.',

  'finder.result.services': 'Yardım',
  'finder.result.municipalities': 'Nerede',
  'finder.result.themes': 'Konular',
  'finder.result.more': { other: 've {count} tane daha' },

  'finder.detail.back': 'Listeye geri dön',
  'finder.detail.about': 'Bu kurum ne yapıyor: {name}',
  'finder.detail.coachingForms': 'Koçluk türleri',
  'finder.detail.audiences': 'Kimin için',
  'finder.detail.contact': 'İletişim',
  'finder.detail.website': 'Web sitesi',
  'finder.detail.phone': 'Telefon',
  'finder.detail.email': 'E-posta',
  'finder.detail.address': 'Adres',
  'finder.detail.noContact': 'İletişim bilgisi bilinmiyor.',
  'finder.detail.refer': 'Bu kuruma yönlendir',
  'finder.detail.referred': 'Seçtiğiniz kurum: {name}. Yönlendirme formuyla devam edin.',
};
