import type { PortalKey } from './nl.ts';

export const portal: Record<PortalKey, string> = {
  'portal.tagline': 'Yeni gelenler ve onlarla çalışan herkes için bilgi ve yardım',
  'portal.nav.label': 'Ana menü',
  'portal.nav.home': 'Hizmetler',
  'portal.nav.library': 'Çeviri kütüphanesi',
  'portal.nav.contact': 'İletişim',
  'portal.nav.privacy': 'Gizlilik',
  'portal.nav.signIn': 'Giriş yap',
  'portal.language.label': 'Dil',
  'portal.footer.label': 'Alt bilgi',
  'portal.home.heading': 'Size nasıl yardımcı olabiliriz?',
  'portal.home.intro':
    'Bir hizmet seçin. Bu web sitesini altı dilde okuyabilirsiniz; dilinizi en üstten seçin.',
  'portal.category.language': 'Dil ve tercümanlık',
  'portal.category.guidance': 'Karşılama ve rehberlik',
  'portal.category.education': 'Eğitim ve diplomalar',
  'portal.category.participation': 'İnsanlarla tanışmak',
  'portal.category.community': 'Dernekler ve festivaller',
  'portal.category.rights': 'Eşit haklar',
  'portal.service.back': 'Tüm hizmetler',
  'portal.service.comingSoon':
    'Yakında bu hizmete buradan çevrim içi başvurabileceksiniz. O zamana kadar size telefonla, e-postayla veya gişemizde memnuniyetle yardımcı oluruz.',
  'portal.service.contactCta': 'İletişim ve çalışma saatleri',
  'portal.contact.heading': 'İletişim ve çalışma saatleri',
  'portal.contact.intro':
    'Bize uğrayın, telefon edin veya e-posta gönderin. Az Felemenkçe mi konuşuyorsunuz? Birlikte bir tercüman buluruz.',
  'portal.contact.address': 'Adres',
  'portal.contact.phone': 'Telefon',
  'portal.contact.email': 'E-posta',
  'portal.contact.hours': 'Çalışma saatleri',
  'portal.contact.closed': 'Kapalı',
  'portal.contact.day': 'Gün',
  'portal.contact.time': 'Saatler',
  'portal.privacy.heading': 'Gizlilik bildirimi',
  'portal.privacy.intro':
    '{brand}, kişisel verileri yalnızca size yardım etmek ve şehrin bize verdiği görevleri yerine getirmek için işler. Verilerinizle ne yaptığımızı burada okuyabilirsiniz.',
  'portal.privacy.whoTitle': 'Kim sorumlu?',
  'portal.privacy.who':
    'Verilerinizden {brand} sorumludur. Gizlilikle ilgili bir sorunuz mu var? Veri koruma görevlimize yazın: {email}.',
  'portal.privacy.whatTitle': 'Hangi veriler?',
  'portal.privacy.what':
    'Yalnızca bir hizmetin ihtiyaç duyduğu veriler: adınız, iletişim bilgileriniz, diliniz ve bir formda bize anlattıklarınız. Bazı hizmetler hassas verilere ihtiyaç duyar; örneğin dininiz (Kurban Bayramı) veya sağlığınızla ilgili bilgiler (tercümanlık). Bunları açıkça sorarız ve özellikle korunmasını sağlarız.',
  'portal.privacy.whyTitle': 'Neden?',
  'portal.privacy.why':
    'Talebinizi işlemek, bununla ilgili sizinle iletişime geçmek ve şehre anonim rakamlar vermek için. Verilerinizi asla satmayız ve reklam için kullanmayız.',
  'portal.privacy.howLongTitle': 'Ne kadar süre?',
  'portal.privacy.howLong':
    'Gerektiğinden uzun değil. Bir dosya kapandığında, o hizmetin saklama süresi dolunca dosyayı anonim hâle getiririz.',
  'portal.privacy.rightsTitle': 'Haklarınız',
  'portal.privacy.rights':
    'Verilerinizi görebilir, düzelttirebilir veya sildirebilir ve bir kopyasını alabilirsiniz. Bizimle iletişime geçin; bir neden belirtmeniz gerekmez. Memnun kalmazsanız veri koruma denetim makamına şikâyette bulunabilirsiniz.',
  'portal.privacy.cookiesTitle': 'Çerezler',
  'portal.privacy.cookies':
    'Bu web sitesi yalnızca dil seçiminizi (tarayıcınızda ve lang adlı bir çerezde) ve giriş yaptığınızda bir oturum çerezini saklar. Sizi takip etmeyiz.',
  'portal.notFound.heading': 'Bu sayfa mevcut değil',
  'portal.notFound.body': 'Bağlantı eskimiş olabilir. Aşağıdan bir hizmet seçin.',
  'service.interpreting.title': 'Sosyal tercümanlık ve çeviri',
  'service.interpreting.summary':
    'Kurumlar, okullar ve sağlık kuruluşları burada tercüman veya çeviri talep eder; böylece size kendi dilinizde yardım edilir.',
  'service.translation-library.title': 'Çeviri kütüphanesi',
  'service.translation-library.summary':
    'Kurumların hemen kullanabileceği çevrilmiş mektuplar, formlar ve broşürler.',
  'service.newcomer-guidance.title': 'Yeni gelenlerin karşılanması',
  'service.newcomer-guidance.summary':
    'Şehirde yeni misiniz? Yolunuzu bulmanıza yardım ederiz: uyum programı, Felemenkçe öğrenme, iş, konut ve sağlık.',
  'service.education-info-point.title': 'Eğitim bilgi noktası',
  'service.education-info-point.summary':
    'Çocuğunuz için okul, uyum sınıfları (OKAN) veya yetişkin eğitimi hakkında sorular.',
  'service.higher-education.title': 'Yükseköğretim',
  'service.higher-education.summary':
    'Bir yüksekokulda veya üniversitede okumaya başlamak ya da devam etmek istiyorsanız rehberlik.',
  'service.diploma-recognition.title': 'Diploma denkliği',
  'service.diploma-recognition.summary':
    'Yabancı diplomanızın NARIC-Vlaanderen aracılığıyla tanınması için yardım.',
  'service.uct-scholarship.title': 'UCT bursu',
  'service.uct-scholarship.summary': 'Üniversite dil merkezinde (UCT) bir Felemenkçe kursu için burs.',
  'service.transit-site.title': 'Geçici konaklama alanı',
  'service.transit-site.summary':
    'Gezgin aileler için geçici konaklama alanında karavanınıza bir yer ayırtın.',
  'service.offerfeest.title': 'Kurban Bayramı',
  'service.offerfeest.summary':
    'Kurban Bayramı için bir kesim saatine kaydolun veya kesim masraflarının geri ödenmesini isteyin.',
  'service.gentse-lente.title': 'Gent Bahar Festivali',
  'service.gentse-lente.summary':
    '21 Mart civarında ırkçılığa karşı ve herkesin şehri için düzenlenen bahar festivali. Derneğinizle katılın.',
  'service.buddy-programme.title': 'Buddy programı',
  'service.buddy-programme.summary':
    'Yaklaşık altı ay boyunca iki haftada bir, şehirden bir gönüllüyle ikili olarak buluşun.',
  'service.ambassadors.title': 'Elçiler',
  'service.ambassadors.summary':
    'Göçmen kökenli rol modeller okullarda, derneklerde ve işverenlerde hikâyelerini anlatır. Bir tanıklık konuşması isteyin.',
  'service.conversation-groups.title': 'Sohbet grupları',
  'service.conversation-groups.summary':
    'Felemenkçenizi gönüllülerle küçük bir grupta, kendi seviyenizde pratik yapın.',
  'service.leisure.title': 'Boş zaman',
  'service.leisure.summary': 'Boş zamanınızda spor, kültür ve etkinlikler; UiTPAS ile daha ucuz.',
  'service.self-organisations.title': 'Göçmen dernekleri',
  'service.self-organisations.summary':
    'Göçmen kökenli insanların derneklerine destek, tanınma ve faaliyet sübvansiyonları.',
  'service.gender-network.title': 'Toplumsal cinsiyet ağı',
  'service.gender-network.summary':
    'Toplumsal cinsiyet ve göç konusunda çalışan kuruluşlar ve kişilerden oluşan bir ağ.',
  'service.anti-racism-reports.title': 'Ayrımcılık veya ırkçılık bildirin',
  'service.anti-racism-reports.summary':
    'Ayrımcılık veya ırkçılık yaşadınız ya da gördünüz mü? Bildirin. Sizi dinler ve yardımcı oluruz.',
};
