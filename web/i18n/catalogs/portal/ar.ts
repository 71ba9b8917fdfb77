import type { PortalKey } from './nl.ts';

export const portal: Record<PortalKey, string> = {
  'portal.tagline': 'معلومات ومساعدة للقادمين الجدد ولكل من يعمل معهم',
  'portal.nav.label': 'القائمة الرئيسية',
  'portal.nav.home': 'الخدمات',
  'portal.nav.library': 'مكتبة الترجمات',
  'portal.nav.contact': 'اتصل بنا',
  'portal.nav.privacy': 'الخصوصية',
  'portal.nav.signIn': 'تسجيل الدخول',
  'portal.language.label': 'اللغة',
  'portal.footer.label': 'تذييل الصفحة',
  'portal.home.heading': 'كيف يمكننا مساعدتك؟',
  'portal.home.intro': 'اختر خدمة. يمكنك قراءة هذا الموقع بست لغات؛ اختر لغتك في أعلى الصفحة.',
  'portal.category.language': 'اللغة والترجمة الفورية',
  'portal.category.guidance': 'الاستقبال والمرافقة',
  'portal.category.education': 'التعليم والشهادات',
  'portal.category.participation': 'التعرّف على الناس',
  'portal.category.community': 'الجمعيات والمهرجانات',
  'portal.category.rights': 'المساواة في الحقوق',
  'portal.service.back': 'جميع الخدمات',
  'portal.service.comingSoon':
    'قريبًا ستتمكن من تقديم الطلب عبر الإنترنت هنا. وحتى ذلك الحين يسعدنا أن نساعدك عبر الهاتف أو البريد الإلكتروني أو في مكتب الاستقبال.',
  'portal.service.contactCta': 'الاتصال وأوقات الدوام',
  'portal.contact.heading': 'الاتصال وأوقات الدوام',
  'portal.contact.intro':
    'زرنا أو اتصل بنا أو أرسل بريدًا إلكترونيًا. هل تتحدث القليل من الهولندية؟ سنبحث معًا عن مترجم.',
  'portal.contact.address': 'العنوان',
  'portal.contact.phone': 'الهاتف',
  'portal.contact.email': 'البريد الإلكتروني',
  'portal.contact.hours': 'أوقات الدوام',
  'portal.contact.closed': 'مغلق',
  'portal.contact.day': 'اليوم',
  'portal.contact.time': 'الساعات',
  'portal.privacy.heading': 'بيان الخصوصية',
  'portal.privacy.intro':
    'تعالج {brand} البيانات الشخصية فقط لمساعدتك ولتنفيذ المهام التي تكلّفنا بها المدينة. هنا تقرأ ما نفعله ببياناتك.',
  'portal.privacy.whoTitle': 'من المسؤول؟',
  'portal.privacy.who':
    '{brand} هي المسؤولة عن بياناتك. هل لديك سؤال عن الخصوصية؟ اكتب إلى مسؤول حماية البيانات لدينا: {email}.',
  'portal.privacy.whatTitle': 'ما هي البيانات؟',
  'portal.privacy.what':
    'فقط ما تحتاجه الخدمة: اسمك وبيانات الاتصال بك ولغتك وما تخبرنا به في الاستمارة. تحتاج بعض الخدمات إلى بيانات حساسة، مثل دينك (عيد الأضحى) أو معلومات عن صحتك (الترجمة الفورية). عندها نطلبها منك صراحةً ونحميها حماية إضافية.',
  'portal.privacy.whyTitle': 'لماذا؟',
  'portal.privacy.why':
    'لمعالجة طلبك، وللتواصل معك بشأنه، ولتزويد المدينة بأرقام مجهولة الهوية. لا نبيع بياناتك أبدًا ولا نستخدمها للإعلانات.',
  'portal.privacy.howLongTitle': 'إلى متى؟',
  'portal.privacy.howLong':
    'ليس أطول من اللازم. عند إغلاق الملف نجعله مجهول الهوية بعد انتهاء مدة الحفظ الخاصة بتلك الخدمة.',
  'portal.privacy.rightsTitle': 'حقوقك',
  'portal.privacy.rights':
    'يحق لك الاطلاع على بياناتك وطلب تصحيحها أو حذفها والحصول على نسخة منها. تواصل معنا؛ لست مضطرًا لذكر السبب. وإذا لم تكن راضيًا، يمكنك تقديم شكوى إلى هيئة الرقابة على حماية البيانات.',
  'portal.privacy.cookiesTitle': 'ملفات تعريف الارتباط',
  'portal.privacy.cookies':
    'لا يحفظ هذا الموقع سوى اختيارك للغة (في متصفحك وفي ملف تعريف ارتباط اسمه lang)، وعند تسجيل الدخول ملف تعريف ارتباط للجلسة. نحن لا نتتبعك.',
  'portal.notFound.heading': 'هذه الصفحة غير موجودة',
  'portal.notFound.body': 'ربما يكون الرابط قديمًا. اختر خدمة من القائمة أدناه.',
  'service.interpreting.title': 'الترجمة الفورية الاجتماعية والترجمة التحريرية',
  'service.interpreting.summary':
    'تطلب المؤسسات والمدارس ومنظمات الرعاية هنا مترجمًا فوريًا أو ترجمة، لكي تحصل على المساعدة بلغتك.',
  'service.translation-library.title': 'مكتبة الترجمات',
  'service.translation-library.summary': 'رسائل واستمارات ومطويات مترجمة يمكن للمؤسسات استخدامها فورًا.',
  'service.newcomer-guidance.title': 'استقبال القادمين الجدد',
  'service.newcomer-guidance.summary':
    'هل أنت جديد في المدينة؟ نساعدك على إيجاد طريقك: الاندماج المدني، وتعلّم الهولندية، والعمل، والسكن، والصحة.',
  'service.education-info-point.title': 'نقطة معلومات التعليم',
  'service.education-info-point.summary': 'أسئلة عن مدرسة لطفلك، أو صفوف الاستقبال (OKAN)، أو تعليم الكبار.',
  'service.higher-education.title': 'التعليم العالي',
  'service.higher-education.summary': 'مرافقة إذا كنت تريد البدء بالدراسة أو متابعتها في معهد عالٍ أو جامعة.',
  'service.diploma-recognition.title': 'معادلة الشهادات',
  'service.diploma-recognition.summary': 'مساعدة في الاعتراف بشهادتك الأجنبية عن طريق NARIC-Vlaanderen.',
  'service.uct-scholarship.title': 'منحة UCT',
  'service.uct-scholarship.summary': 'منحة لدورة في اللغة الهولندية في مركز اللغات الجامعي (UCT).',
  'service.transit-site.title': 'موقع العبور',
  'service.transit-site.summary': 'احجز مكانًا لعربتك السكنية في موقع العبور المخصص للعائلات المتنقلة.',
  'service.offerfeest.title': 'عيد الأضحى',
  'service.offerfeest.summary': 'سجّل للحصول على موعد ذبح أو اطلب استرداد تكاليف الذبح في عيد الأضحى.',
  'service.gentse-lente.title': 'ربيع غنت',
  'service.gentse-lente.summary':
    'مهرجان الربيع ضد العنصرية ومن أجل مدينة للجميع، في حدود 21 مارس. شارك مع جمعيتك.',
  'service.buddy-programme.title': 'برنامج الرفيق',
  'service.buddy-programme.summary': 'التقِ مع متطوع من المدينة كثنائي مرة كل أسبوعين، لمدة ستة أشهر تقريبًا.',
  'service.ambassadors.title': 'السفراء',
  'service.ambassadors.summary':
    'قدوات من أصول مهاجرة يروون قصصهم في المدارس والجمعيات ولدى أصحاب العمل. اطلب شهادة حية.',
  'service.conversation-groups.title': 'مجموعات المحادثة',
  'service.conversation-groups.summary': 'تدرّب على اللغة الهولندية في مجموعة صغيرة مع متطوعين، حسب مستواك.',
  'service.leisure.title': 'أوقات الفراغ',
  'service.leisure.summary': 'رياضة وثقافة وأنشطة في وقت فراغك، بسعر أقل مع بطاقة UiTPAS.',
  'service.self-organisations.title': 'جمعيات المهاجرين',
  'service.self-organisations.summary': 'دعم واعتراف ومنح تشغيلية لجمعيات الأشخاص من أصول مهاجرة.',
  'service.gender-network.title': 'شبكة النوع الاجتماعي',
  'service.gender-network.summary':
    'شبكة من المنظمات والأشخاص الذين يعملون على قضايا النوع الاجتماعي والهجرة.',
  'service.anti-racism-reports.title': 'الإبلاغ عن التمييز أو العنصرية',
  'service.anti-racism-reports.summary':
    'هل تعرّضت للتمييز أو العنصرية أو شهدت ذلك؟ أبلغ عنه. نحن نستمع إليك ونساعدك.',
};
