import type { LangTexts } from '../types.ts';

/** Turkish. */
export const tr: LangTexts = {
  absence: {
    title: 'Çocuğunuzun hastalık bildirimi – {school}',
    text: `{school} – Hastalık bildirimi

Sayın öğretmenim,
Çocuğum okula gelmedi. Bu formla okulu bilgilendiriyorum.
Çocuğun adı: ..................
Sınıf: ..........
Devamsızlık: ........ tarihinden ........ tarihine kadar
Sebep: hasta / doktor randevusu / ailevi sebep / diğer: ..........
Çocuğunuz üç günden fazla üst üste hasta mıydı? O zaman okul doktor raporu ister.
Çocuğunuz okula gelemiyor mu? Saat 8.30’dan önce okulu arayın: {phone}.
Velinin adı: ..................
Tarih ve imza: ..................`,
  },
  enrol: {
    title: 'Çocuğunuzu ilkokula kaydettirmek – bilgilendirme toplantısı {date}',
    text: `Çocuğunuzu ilkokula kaydettirmek

Gent’te çocuğunuzun başvurusunu önce kayıt sisteminin internet sitesinden yaparsınız. Sonra çocuğunuzun başlayabileceği okulun yazılı olduğu bir mektup alırsınız.
Bu mektupla çocuğunuzu kaydettirmek için okula gidersiniz. Çocuğunuzun kimlik kartını veya oturum belgesini yanınızda getirin.
Çocuğunuz 2,5 yaşından itibaren okula gidebilir. 5 yaşından itibaren çocuğunuz her gün okula gitmek zorundadır.
Yardıma mı ihtiyacınız var? {date} tarihinde saat {time}’da Amal’daki bilgilendirme toplantısına gelin. Bir çalışan başvuruda size yardım eder. Bir tercüman hazır bulunur.`,
  },
  materials: {
    title: '{class} sınıfı okul malzemeleri listesi – {school}',
    text: `{school} – {class} sınıfı malzeme listesi

Sevgili veliler,
Okulun ilk günü çocuğunuz şunları getirir:
- bir okul çantası ve bir kalem kutusu
- iki kurşun kalem, bir silgi ve bir kalemtıraş
- 30 cm’lik bir cetvel ve bir makas
- boya kalemleri
- üzerinde çocuğunuzun adı yazan bir su şişesi ve bir beslenme kutusu
- spor kıyafeti: bir tişört, bir şort ve bir torba içinde spor ayakkabısı
Defterleri ve kitapları okul verir.
Tüm malzemelerin üzerine çocuğunuzun adını yazın.
Sorularınız mı var? Okulu arayın: {phone}.`,
  },
  parents: {
    title: 'Veli toplantısına davet {date} – {class} sınıfı – {school}',
    text: `{school} – Veli toplantısına davet

Sevgili veliler,
Sizi {class} sınıfının öğretmeniyle bir görüşmeye davet ediyoruz. Çocuğunuzun nasıl öğrendiğini ve okulda kendini nasıl hissettiğini konuşacağız.
Tarih: {date}
Saat: {time}
Görüşme yaklaşık 15 dakika sürer.
Henüz iyi Felemenkçe konuşamıyor musunuz? Bize haber verin. O zaman bir tercüman isteriz.
Gelemiyor musunuz? Başka bir randevu için okulu arayın: {phone}.
Saygılarımızla,
okul müdürlüğü`,
  },
  swimming: {
    title: '{class} sınıfı yüzme dersi – {school}',
    text: `{school} – {class} sınıfı yüzme dersi

Sevgili veliler,
{date} tarihinden itibaren {class} sınıfı iki haftada bir şehir yüzme havuzuna gider. Çocuklar öğretmenle birlikte otobüsle gider.
Çocuğunuza bir torba içinde mayo, havlu ve tarak verin.
Yüzme derslerin bir parçasıdır. Bütün çocuklar katılır. Çocuğunuz hasta mı? O zaman doktordan bir not verin.
Yüzme dersi her seferinde 1,50 euro tutar. Okul faturasıyla ödersiniz.
Sorularınız mı var? Okulu arayın: {phone}.`,
  },
  trip: {
    title: '{class} sınıfının {place} gezisi için izin – {school}',
    text: `{school} – Okul gezisi için izin

Sevgili veliler,
{date} tarihinde {class} sınıfı {place} gezisine gidiyor. Saat {time}’da okuldan çıkıyoruz ve saat 15.30’da dönüyoruz.
Çocuğunuza öğle yemeği, su şişesi ve yağmurluk verin.
Gezi 5 euro tutar. Okul faturasıyla ödersiniz.
Bu formu imzalayıp öğretmene geri verin.

Ben, .................., .................. adlı çocuğun velisi olarak, çocuğumun {place} gezisine katılmasına izin veriyorum.
Velinin telefon numarası: ..................
İmza: ..................`,
  },
  lice: {
    title: '{class} sınıfında bit – {school}',
    text: `{school} – Sınıfta bit

Sevgili veliler,
{class} sınıfındaki bazı çocuklarda bit var. Bit tehlikeli değildir ve kirlilikle ilgisi yoktur.
Bugün çocuğunuzun saçını ince bir bit tarağıyla kontrol edin. Özellikle kulakların arkasına ve enseye bakın.
Bit veya sirke mi buldunuz? Eczaneden bit ilacı alın. İki hafta boyunca her gün saçları tarayın.
Bereleri, atkıları ve yastık kılıflarını 60 derecede yıkayın.
Çocuğunuz normal şekilde okula gelebilir.
Sorularınız mı var? Okulu arayın: {phone}.`,
  },
  schoolbill: {
    title: 'Okul faturası için taksit planı – {school}',
    text: `{school} – Okul faturası için taksit planı

Sevgili veliler,
Okul faturası bir kerede ödemek için çok mu yüksek? O zaman küçük taksitlerle ödeyebilirsiniz. Bunu okul müdürlüğüyle konuşun. Talebinizi gizli tutarız.
Groeipakket’ten okul yardımı da alabilirsiniz. Amal veya Sociaal Huis başvuruda size yardım eder.

Velinin adı: ..................
Çocuğun adı ve sınıfı: ..................
.......... euro tutarını .......... taksitte, her ayın ..... gününde ödüyorum.
Tarih ve imza: ..................`,
  },
  waste: {
    title: '{place} semtinde çöp ayrıştırma',
    text: `{place} semtinde çöp ayrıştırma

Gent’te herkes çöpünü ayrıştırır. Böylece çöplerin çoğunu yeniden kullanabiliriz.
Karışık çöp gri torbaya gider. PMD (plastik şişeler, teneke kutular ve içecek kartonları) mavi torbaya gider.
Sebze, meyve ve bahçe atıkları yeşil konteynere gider. Kâğıt ve kartonu bir iple bağlayın.
Camları sokaktaki cam kumbarasına götürün.
{place} semtinde çöpü toplama günü saat {time}’dan önce dışarı koyun. Çok erken dışarı koymayın.
Büyük eşyaları geri dönüşüm parkına götürün.
Çöpü sokağa bırakan kişi para cezası alabilir.`,
  },
  medication: {
    title: 'İlaç kullanım çizelgesi – {place}',
    text: `{place} – İlaç kullanım çizelgesi

Hastanın adı: ..................
Doğum tarihi: ..........
İlaçlarınızı her gün aynı saatte alın.
İlaç: .......... — sabah: ..... — öğle: ..... — akşam: ..... — yatmadan önce: .....
İlacı yemekten önce / yemek sırasında / yemekten sonra alın.
Bir ilacı kendi kendinize bırakmayın. Önce doktorunuza sorun.
Yan etkiler mi yaşıyorsunuz? Aile hekiminizi veya eczaneyi arayın.
Bu çizelgeyi doktorunuzla her randevuya getirin.`,
  },
  housing: {
    title: 'Sosyal konut için kayıt – {place} danışma günü',
    text: `Sosyal konut için kayıt

Sosyal konut, kirası daha düşük olan bir evdir. Geliriniz çok yüksek değilse ve kendi eviniz yoksa kaydolabilirsiniz.
Konut şirketine kaydolursunuz. Kimlik kartınızı, vergi bildiriminizi ve ailenizin bilgilerini getirin.
Kayıttan sonra bekleme listesine girersiniz. Bu birkaç yıl sürebilir. Kayıtlı kalın ve yeni adresinizi her zaman bildirin.
Yardım mı lazım? {date} tarihinde saat {time}’da {place}, {address} adresindeki danışma gününe gelin.`,
  },
  ocmw: {
    title: 'Sosyal hizmet uzmanınızla görüşmeye davet – {place}',
    text: `{place} – Davet

Sayın hanımefendi, sayın beyefendi,
Sosyal hizmet uzmanınızla bir randevunuz var.
Tarih: {date}
Saat: {time}
Adres: {place}, {address}
Şu belgeleri getirin: kimlik kartınız, son üç ayın banka dökümleri, kira sözleşmeniz ve maaş bordrolarınız veya yardım belgeleriniz.
Gelemiyor musunuz? Bizi en az bir gün önceden arayın.
Tercümana mı ihtiyacınız var? Bize haber verin, biz ayarlarız.
Saygılarımızla,
sosyal hizmet uzmanınız`,
  },
  caw: {
    title: 'CAW danışma: dinliyor ve yardım ediyoruz – {place} görüşme saatleri',
    text: `CAW danışma: dinliyor ve yardım ediyoruz

Evinizle, paranızla, ilişkinizle veya belgelerinizle ilgili sorunlarınız mı var? CAW danışmaya gelin. Randevu almanız gerekmez.
Danışma ücretsizdir. Anlattıklarınız sizinle danışman arasında kalır.
{place} görüşme saatleri: her hafta, saat {time}’dan itibaren.
Danışman sorunuzu dinler. Birlikte bir çözüm ararız ya da sizin için doğru kurumu buluruz.
Az Felemenkçe mi konuşuyorsunuz? Tercümanlarla çalışıyoruz.`,
  },
  vaccination: {
    title: '{class} sınıfı okulda aşı – {school}',
    text: `{school} – Okulda aşı

Sevgili veliler,
{date} tarihinde CLB’nin okul doktoru okula geliyor. {class} sınıfındaki çocuklar o gün aşı olabilir.
Aşı ciddi hastalıklara karşı korur. Ücretsizdir.
Sadece sizin izninizle aşı yaparız. Formu doldurun ve öğretmene geri verin.
Çocuğunuzun aşı karnesini veya aşı kartını da verin.
Aşı hakkında sorularınız mı var? Okul doktorunu arayın veya aile hekiminize sorun.`,
  },
  conversation: {
    title: 'Sohbet masasında Felemenkçe pratik – {place}',
    text: `Sohbet masasında Felemenkçe pratik

Daha çok Felemenkçe konuşmak mı istiyorsunuz? {place} semtindeki Amal sohbet masasına gelin.
Küçük bir grupta bir gönüllüyle konuşursunuz. Gruplar seviyeye göredir: başlangıç ve ileri.
Her hafta saat {time}’dan itibaren. Sohbet masası ücretsizdir. Kaydolmanız gerekmez.
Sorularınızı getirin: iş, okul, doktor veya mahalle hakkında.
Kahve ve çay var. Hoş geldiniz!`,
  },
  job: {
    title: 'Amal’da iş arama bilgilendirme toplantısı – {date}',
    text: `Bilgilendirme toplantısı: Gent’te iş aramak

İş mi arıyorsunuz? {date} tarihinde saat {time}’da Amal’ın bilgilendirme toplantısına gelin.
İş ilanlarını nasıl bulacağınızı ve nasıl özgeçmiş hazırlayacağınızı anlatıyoruz.
Yabancı diplomanızı nasıl tanıtacağınızı ve hangi kursların ücretsiz olduğunu da öğrenirsiniz.
Varsa oturum belgenizi ve diplomalarınızı getirin.
Toplantı ücretsizdir. Arapça, Darice ve Tigrinya dili için tercümanlar vardır.
Kayıt gereklidir: Amal’ı arayın veya e-posta gönderin.`,
  },
};
