import type { Catalog } from '../../i18n/index.ts';
import type { BookingMessageKey } from './nl.ts';

/** The booking form's Turkish messages: simple, "sen" form. */
export const tr = {
  'booking.title': 'Bir vaka yöneticisiyle konuş',
  'booking.intro':
    '{min} ile {max} yaş arasında mısın ve okula dönmek mi istiyorsun, ya da okulu bırakmak üzere misin? Bir vaka yöneticisiyle randevu al. Neye ihtiyacın olduğuna birlikte bakarsınız.',
  'booking.loading': 'Bir dakika…',
  'booking.unavailable': 'Şu anda randevu alınamıyor. Birkaç dakika sonra tekrar dene.',
  'booking.retry': 'Tekrar dene',

  'step.birth': 'Doğum tarihi',
  'step.topic': 'Konu',
  'step.place': 'Yer',
  'step.time': 'Gün ve saat',
  'step.contact': 'Bilgilerin',
  'step.review': 'Kontrol',

  'birth.label': 'Doğum tarihin nedir?',
  'birth.hint': 'Örneğin: 14 3 2004',
  'birth.why':
    'Vaka yöneticileri {min} ile {max} yaş arası gençlere yardım eder. Başkası için mi randevu alıyorsun? O gencin doğum tarihini yaz.',

  'route.leerplicht.title':
    '{min} yaşından küçük müsün? Zorunlu eğitim (Leerplicht) sana yardım eder',
  'route.leerplicht.text':
    '{min} yaşından küçüksen ve okula gitmiyorsan, belediyendeki zorunlu eğitim memuru sana yardım eder. Bu yüzden burada randevu alamazsın. Şununla iletişime geç:',
  'route.general.title': '{max} yaşında veya daha büyük müsün? Belediyen sana yardım eder',
  'route.general.text':
    'Vaka yöneticileri {max} yaşına kadar olan gençlere yardım eder. Okul, iş veya para ile ilgili sorular için belediyen sana yardım eder. Şununla iletişime geç:',
  'route.phone': 'Telefon',
  'route.email': 'E-posta',
  'route.website': 'Web sitesi',
  'route.soon':
    '{date} tarihinde {min} yaşına mı giriyorsun? O günden itibaren burada randevu alabilirsin.',
  'route.municipality': 'Hangi belediyede yaşıyorsun?',
  'route.change': 'Doğum tarihini değiştir',

  'topic.label': 'Ne hakkında konuşmak istiyorsun?',

  'place.location': 'Nerede konuşmak istiyorsun?',
  'place.channel': 'Nasıl konuşmak istiyorsun?',
  'place.remote': 'Telefonla veya görüntülü',
  'place.ways': 'Mümkün: {channels}',
  'place.none': 'Bu konu için bir yer yok. Başka bir konu seç veya belediyeni ara.',

  'channel.in-person': 'Yerinde',
  'channel.phone': 'Telefonla',
  'channel.video': 'Görüntülü',
  'channel.in-person.how': '{place} adresine gelirsin: {address}.',
  'channel.phone.how':
    'Vaka yöneticisi randevu saatinde seni arar. Telefonunun açık olduğundan emin ol.',
  'channel.video.how':
    'Görüşmeden önce görüntülü görüşme için bir bağlantı alırsın. Kameralı bir telefon veya bilgisayar gerekir.',

  'time.loading': 'Boş saatler aranıyor…',
  'time.first': 'İlk boş saat: {when}',
  'time.firstAction': 'Bu saati seç',
  'time.week': '{from} – {to} haftası',
  'time.previousWeek': 'Önceki hafta',
  'time.nextWeek': 'Sonraki hafta',
  'time.day': 'Bir gün seç',
  'time.dayFree': { one: '1 saat boş', other: '{count} saat boş' },
  'time.dayNone': 'dolu veya kapalı',
  'time.times': '{day} için bir saat seç',
  'time.chosen': 'Seçilen: {when}',
  'time.emptyWeek': 'Bu hafta boş saat yok. Başka bir haftaya bak.',
  'time.ageLimit':
    '{date} tarihine kadar (bu gün dahil) randevu alabilirsin. Sonra {max} yaşında olursun ve belediyen sana yardım eder.',
  'time.full.title': 'Şu anda boş saat yok',
  'time.full.text':
    'Bütün saatler dolu. Bir vaka yöneticisinin seni geri aramasını iste veya randevusuz görüşme saatlerinde gel.',
  'time.noSuit': 'Sana uyan bir saat yok mu?',
  'time.noSuitText': 'Seni geri aramamızı iste veya randevusuz görüşme saatlerinde gel.',
  'time.callback': 'Geri arama iste',
  'time.otherPlace': 'Başka bir yer seç',
  'time.taken.title': 'Biri senden hemen önce davrandı',
  'time.taken.text':
    'Üzgünüz, seçtiğin saati az önce başka biri aldı. Lütfen başka bir saat seç. Yazdığın her şey saklandı.',
  'time.nearest': 'Bu saatler ona yakın',
  'time.loadFailed': 'Boş saatleri yükleyemedik.',

  'walkIn.title': '{place} randevusuz görüşme saatleri',
  'walkIn.text': 'Randevusuz gelebilirsin:',
  'walkIn.hours': '{day} {opens} – {closes}',
  'walkIn.none': '{place} için randevusuz görüşme saati yok.',
  'walkIn.call': 'Arayabilirsin de: {phone}',

  'callback.title': 'Geri arama iste',
  'callback.intro':
    'Adını ve telefon numaranı bırak. {place} ekibinden bir vaka yöneticisi bir saat ayarlamak için seni geri arar.',
  'callback.unavailable': '{place} seni geri arayamaz.',
  'callback.name': 'Adın',
  'callback.phone': 'Telefon numaran',
  'callback.phoneHint': 'Örneğin 06 00000000. Yabancı bir numara + ile başlar.',
  'callback.times': 'Seni en iyi ne zaman arayabiliriz?',
  'callback.timesHint': 'Örneğin: saat 15:00’ten sonra veya pazartesi.',
  'callback.submit': 'Beni geri arayın',
  'callback.back': 'Saatlere geri dön',
  'callback.done.title': 'Seni geri arayacağız',
  'callback.done.text':
    'İsteğin bize ulaştı. {place} ekibinden bir vaka yöneticisi seni geri arayacak.',

  'contact.nameSelf': 'Adın',
  'contact.nameOther': 'Gencin adı',
  'contact.emailSelf': 'E-posta adresin',
  'contact.emailOther': 'Gencin e-posta adresi',
  'contact.phoneSelf': 'Cep telefonu numaran',
  'contact.phoneOther': 'Gencin cep telefonu numarası',
  'contact.phoneHint': 'Örneğin 06 00000000. Yabancı bir numara + ile başlar.',
  'contact.either':
    'Bir e-posta adresi veya cep telefonu numarası yaz, ya da ikisini birden. Onayı oraya göndeririz.',
  'contact.preferred': 'Onayı nasıl almak istiyorsun?',
  'contact.preferred.email': 'E-posta ile',
  'contact.preferred.sms': 'SMS ile',
  'contact.forOther': 'Randevuyu başkası için alıyorum',
  'contact.forOtherHint': 'Örneğin gençlik çalışanı olarak. O zaman senin bilgilerini de sorarız.',
  'contact.bookedBy': 'Senin bilgilerin',
  'bookedBy.name': 'Senin adın',
  'bookedBy.organisation': 'Kurumun',
  'bookedBy.email': 'Senin e-posta adresin',
  'bookedBy.phone': 'Senin telefon numaran',
  'contact.note': 'Şimdiden anlatmak istediğin bir şey var mı?',
  'contact.noteHint': 'Boş bırakabilirsin. Buraya tıbbi bilgi yazma.',

  'review.appointment': 'Randevu',
  'review.topic': 'Konu',
  'review.when': 'Ne zaman',
  'review.where': 'Nerede',
  'review.how': 'Nasıl',
  'review.person': 'Bilgiler',
  'review.dateOfBirth': 'Doğum tarihi',
  'review.bookedBy': 'Randevuyu alan',
  'review.submit': 'Randevu al',
  'review.privacy':
    'Bilgilerini sadece bu randevu için kullanırız. Onları vaka yöneticisi görür, başka kimse görmez.',

  'confirm.title': 'Randevun alındı',
  'confirm.sent': 'Verdiğin e-posta adresine veya cep telefonu numarasına bir onay göndeririz.',
  'confirm.reference': 'Referans',
  'confirm.ics': 'Takvimine ekle',
  'confirm.icsHint': 'Telefonundaki veya bilgisayarındaki takvim için bir .ics dosyası.',
  'confirm.manage.title': 'Değiştir veya iptal et',
  'confirm.manage.text':
    'Bu bağlantıyla randevunu daha sonra değiştirebilir veya iptal edebilirsin. Kimseyle paylaşma. Onu onay mesajında da alırsın.',
  'confirm.manage.link': 'Randevunun bağlantısı',
  'confirm.again': 'Başka bir randevu al',

  'ics.summary': 'Vaka yöneticisiyle görüşme',
  'ics.description':
    'Referans {reference}. Değiştirmek veya iptal etmek için onaydaki bağlantıyı kullan.',

  'manage.loading': 'Randevun getiriliyor…',
  'manage.title': 'Randevun',
  'manage.reschedule': 'Saati değiştir',
  'manage.cancel': 'İptal et',
  'manage.confirmCancel.title': 'Randevuyu gerçekten iptal etmek istiyor musun?',
  'manage.confirmCancel.text': 'O saat başka biri için boşa çıkar.',
  'manage.confirmCancel.yes': 'Evet, iptal et',
  'manage.confirmCancel.no': 'Hayır, kalsın',
  'manage.cancelled.title': 'Randevun iptal edildi',
  'manage.cancelled.text': 'Yine de konuşmak ister misin? Yeni bir randevu al.',
  'manage.rescheduleTitle': 'Yeni bir saat seç',
  'manage.rescheduleSubmit': 'Randevuyu taşı',
  'manage.rescheduled.title': 'Randevun taşındı',
  'manage.invalid.title': 'Bu bağlantı çalışmıyor',
  'manage.invalid.text':
    'Bağlantı doğru değil veya artık geçerli değil, ya da randevu artık yok. Onaydaki bağlantının tamamını kullan. Ya da yeni bir randevu al.',
  'manage.bookNew': 'Yeni randevu al',
  'manage.back': 'Randevuna geri dön',
  'manage.failed': 'Bu olmadı. Lütfen tekrar dene.',

  'validation.location': 'Bir yer seç.',
  'validation.channel': 'Nasıl konuşmak istediğini seç.',
  'validation.slot': 'Bir gün ve saat seç.',
  'validation.age-out-of-bounds':
    'Bu randevunun gününde vaka yöneticisi için çok genç veya çok yaşlısın. Doğum tarihini kontrol et veya daha erken bir saat seç.',
  'validation.mobile-required': 'SMS için bir cep telefonu numarası gerekir.',
  'validation.topic-not-offered': 'Bu yerde bu konuda görüşme yapılmıyor.',
} as const satisfies Catalog<BookingMessageKey>;
