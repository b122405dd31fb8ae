import type { Catalog } from '../../i18n/index.ts';
import type { ReferralMessageKey } from './nl.ts';

/**
 * The referral form's Turkish messages, in the polite "siz" the kit uses: its readers are school
 * staff, Leerplicht and JGZ. Suffixes are kept off placeholders, so no name or number needs
 * vowel harmony.
 */
export const tr = {
  'form.name': 'Yönlendirme',
  'form.intro':
    'Bir öğrenciyi yardım için yönlendirin. Yaklaşık 10 dakika sürer. Yazdıklarınız gönderene kadar sadece bu ekranda kalır.',
  'form.noServices':
    'Bu belediyede bu formla bir genci yönlendiremezsiniz. Lütfen belediyeyle iletişime geçin.',

  'step.service': 'Ne tür yardım arıyorsunuz?',
  'step.referrer': 'Sizin bilgileriniz',
  'step.youngPerson': 'Gencin bilgileri',
  'step.supportNeed': 'Sorun ne?',
  'step.preference': 'Tercih',
  'step.consent': 'Onay',
  'step.review': 'Yönlendirmenizi kontrol edin',

  'service.municipality': 'Okulun bulunduğu belediye',
  'service.municipalityHint': 'Sunulan yardım belediyeye göre değişir.',
  'service.service': 'Yardım türü',
  'service.chooseMunicipalityFirst': 'Önce belediyeyi seçin. Sonra sunulan yardımı görürsünüz.',

  'referrer.organisation': 'Okul veya kurum',
  'referrer.name': 'Adınız',
  'referrer.role': 'Göreviniz',
  'referrer.email': 'E-posta adresiniz',
  'referrer.emailHint': 'Onayı bu adrese göndeririz.',
  'referrer.phone': 'Telefon numaranız',
  'referrer.phoneHint': 'Bir sorumuz olursa sizi ararız.',

  'youngPerson.intro':
    'Yalnızca gerekli olanı yazın. BSN (vatandaşlık numarası) veya teşhis hiçbir zaman sormayız.',
  'youngPerson.givenName': 'Adı',
  'youngPerson.familyName': 'Soyadı',
  'youngPerson.dateOfBirth': 'Doğum tarihi',
  'youngPerson.age': 'Genç bugün {age} yaşında.',
  'youngPerson.schoolType': 'Okul türü',
  'youngPerson.schoolLevel': 'Seviye veya grup',
  'youngPerson.classYear': 'Sınıf veya öğrenim yılı',
  'youngPerson.classYearHint': 'Okulun kullandığı adla. Örneğin: 3B veya 2. yıl.',
  'youngPerson.school': 'Okulun adı',

  'parent.title': 'Veli',
  'parent.requiredHint': 'Zorunlu, çünkü genç {age} yaşından küçük.',
  'parent.optionalHint': 'Zorunlu değil, çünkü genç {age} yaşında veya daha büyük.',
  'parent.name': 'Velinin adı',
  'parent.relationship': 'Velinin gençle ilişkisi',
  'parent.relationship.parent': 'Anne veya baba',
  'parent.relationship.guardian': 'Vasi',
  'parent.phone': 'Velinin telefon numarası',
  'parent.email': 'Velinin e-posta adresi',
  'parent.contactHint': 'Bir telefon numarası veya e-posta adresi yazın, ya da ikisini birden.',

  'supportNeed.reasons': 'Genci neden yönlendiriyorsunuz?',
  'supportNeed.reasonsHint': 'Uyan her şeyi seçin.',
  'supportNeed.description': 'Sorun ne?',
  'supportNeed.descriptionHint':
    'Yardım edecek uzmanın bilmesi gerekenleri yazın. Gerekli olmayan tıbbi bilgileri yazmayın.',
  'supportNeed.triedAtSchool': 'Okul şimdiye kadar ne yaptı?',
  'supportNeed.triedAtSchoolHint':
    'Örneğin: sınıf rehber öğretmeniyle (mentor) görüşmeler, kariyer koçluğu veya okuldaki destek koordinatörünün yardımı.',
  'supportNeed.helpInPlace': 'Şu anda hangi yardım var?',
  'supportNeed.helpInPlaceHint':
    'Örneğin: OPDC’den destek, veya ortaokuldan (vo) meslek okuluna (mbo) geçişten sonra devam eden yardım.',

  'preference.coachingForm': 'Hangi koçluk türü en uygun?',
  'preference.organisation': 'Tercih ettiğiniz kurum',
  'preference.organisationHint':
    'Zorunlu değil. Tercihiniz yok mu? O zaman uygun bir kurumu biz seçeriz.',
  'preference.noOrganisation': 'Tercih yok',
  'preference.organisationsFailed':
    'Kurum listesi şu anda yüklenemiyor. Tercih belirtmeden devam edebilirsiniz.',
  'preference.organisationSelected': 'Tercih olarak seçilen kurum: {name}.',

  'consent.intro':
    'Genci yalnızca doğru kişiler onay verirse yönlendirebilirsiniz. Genç {age} yaşında. Bu yüzden şu kişilerin onayı gerekir:',
  'consent.party.young-person': 'genç',
  'consent.party.parent': 'veli',
  'consent.title.young-person': 'Gencin onayı',
  'consent.title.parent': 'Velinin onayı',
  'consent.obtained.young-person': 'Genç bu yönlendirmeye onay veriyor',
  'consent.obtained.parent': 'Veli bu yönlendirmeye onay veriyor',
  'consent.method': 'Onayı nasıl aldınız?',
  'consent.method.in-person': 'Yüz yüze bir görüşmede',
  'consent.method.phone': 'Telefonda',
  'consent.method.letter': 'Mektupla veya e-postayla',
  'consent.date': 'Hangi tarihte?',
  'consent.dateHint': 'Örneğin: 2 3 2026',
  'consent.pluscoaching':
    'Pluscoaching gönüllüdür. Bu yüzden yönlendirmeyi her zaman önce gençle konuşun, genç 12 yaşından küçük olsa bile.',
  'consent.discussed': 'Yönlendirmeyi önce gençle konuştum',
  'consent.noAge': 'Önce gencin doğum tarihini yazın.',
  'consent.noBand':
    'Bu yaşta kimin onay vermesi gerektiği belli değil. Genci yönlendirmeden önce kurumla iletişime geçin.',
  'privacy.title': 'Bilgilere ne oluyor?',
  'privacy.use':
    'Bilgileri yalnızca gence yardım etmek için kullanırız. Onları sadece yönlendirmeyle ilgilenen kişiler okuyabilir.',
  'privacy.never': 'BSN, teşhis veya ek dosya hiçbir zaman istemeyiz.',
  'privacy.browser':
    'Yazdıklarınız bu tarayıcıda saklanmaz. Sayfayı göndermeden kapatırsanız, yazdıklarınız kaybolur.',
  'privacy.rights':
    'Genç ve velileri, hangi bilgilerin bizde olduğunu her zaman sorabilir ve düzeltilmesini isteyebilir.',

  'review.intro':
    'Her şeyin doğru olup olmadığına bakın. Yanlış bir şey mi var? O zaman Değiştir’i seçin.',
  'review.consentLine': '{party}: {method}, {date}',
  'review.discussed': 'Gençle konuşuldu',
  'review.age': '{date} ({age} yaşında)',
  'review.return': 'Kontrole geri dön',
  'review.send': 'Yönlendirmeyi gönder',
  'review.slow': 'Bu normalden uzun sürüyor. Lütfen bekleyin, denemeye devam ediyoruz.',
  'review.rejected':
    'Yönlendirme gönderilmedi. Tekrar denemenin çözmeyeceği bir sorun oldu. Lütfen bu web sitesinin yöneticisiyle iletişime geçin. Yazdıklarınız kaybolmadı.',
  'review.fieldsRejected': 'Bazı cevaplar doğru değil. Sizi ilk hataya götürdük.',

  'done.title': 'Yönlendirmeniz gönderildi',
  'done.reference': 'Referans numarası',
  'done.statusLink': 'Bu başvurunun durumuna bakın',
  'done.statusLinkHint':
    'Bu bağlantıyı saklayın. Onunla daha sonra bir koç bulunup bulunmadığını görürsünüz. Bağlantı gencin bilgilerini göstermez.',
  'done.referenceHint':
    'Bu numarayı saklayın. Bizimle iletişime geçtiğinizde bu numarayı söyleyin.',
  'done.changesNotSent':
    'İlk hâli bize zaten ulaşmıştı ve onu sakladık. Sonra yaptığınız değişiklikler gönderilmedi. Bizimle iletişime geçtiğinizde bunları bize bildirin.',
  'done.service': 'Yardım türü',
  'done.organisation': 'Kurum',
  'done.organisationNone': 'Henüz seçilmedi. Uygun bir kurumu biz arıyoruz.',
  'done.next': 'Şimdi ne olacak?',
  'done.again': 'Yeni yönlendirme',

  'validation.parentRequired': 'Bir velinin adını yazın.',
  'validation.consentObtained': 'Onay olup olmadığını belirtin. Onay olmadan yönlendiremezsiniz.',
  'validation.discussed': 'Yönlendirmeyi önce gençle konuşun.',
  'validation.consentBeforeBirth': 'Bu tarih doğum tarihinden önce.',
  'validation.unknown': 'Bu seçenek yok (artık yok). Yeniden seçin.',
  'validation.service-not-offered': 'Bu belediye bu yardımı sunmuyor. Başka bir yardım türü seçin.',
  'validation.future-date': 'Bu tarih gelecekte.',
  'validation.consent-young-person': 'Gencin onayı eksik.',
  'validation.consent-parent': 'Velinin onayı eksik.',
} as const satisfies Catalog<ReferralMessageKey>;
