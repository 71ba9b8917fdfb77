import type { PortalKey } from './nl.ts';

export const portal: Record<PortalKey, string> = {
  'portal.tagline': 'Information and help for newcomers and everyone who works with them',
  'portal.nav.label': 'Main menu',
  'portal.nav.home': 'Services',
  'portal.nav.library': 'Translation library',
  'portal.nav.contact': 'Contact',
  'portal.nav.privacy': 'Privacy',
  'portal.nav.signIn': 'Sign in',
  'portal.language.label': 'Language',
  'portal.footer.label': 'Footer',
  'portal.home.heading': 'How can we help you?',
  'portal.home.intro':
    'Choose a service. You can read this website in six languages; choose yours at the top.',
  'portal.category.language': 'Language and interpreting',
  'portal.category.guidance': 'Welcome and guidance',
  'portal.category.education': 'Education and diplomas',
  'portal.category.participation': 'Meeting people',
  'portal.category.community': 'Associations and festivals',
  'portal.category.rights': 'Equal rights',
  'portal.service.back': 'All services',
  'portal.service.comingSoon':
    'Soon you will be able to apply for this online here. Until then, we are happy to help you by phone, by e-mail or at our desk.',
  'portal.service.contactCta': 'Contact and opening hours',
  'portal.contact.heading': 'Contact and opening hours',
  'portal.contact.intro':
    'Visit us, call or send an e-mail. Do you speak little Dutch? We will find an interpreter together.',
  'portal.contact.address': 'Address',
  'portal.contact.phone': 'Phone',
  'portal.contact.email': 'E-mail',
  'portal.contact.hours': 'Opening hours',
  'portal.contact.closed': 'Closed',
  'portal.contact.day': 'Day',
  'portal.contact.time': 'Hours',
  'portal.privacy.heading': 'Privacy notice',
  'portal.privacy.intro':
    '{brand} processes personal data only to help you and to carry out the tasks the city gives us. Here you can read what we do with your data.',
  'portal.privacy.whoTitle': 'Who is responsible?',
  'portal.privacy.who':
    '{brand} is responsible for your data. Do you have a question about privacy? Write to our data protection officer: {email}.',
  'portal.privacy.whatTitle': 'Which data?',
  'portal.privacy.what':
    'Only what a service needs: your name, your contact details, your language and what you tell us in a form. Some services need sensitive data, such as your religion (Eid al-Adha) or information about your health (interpreting). We then ask for it explicitly and protect it extra carefully.',
  'portal.privacy.whyTitle': 'Why?',
  'portal.privacy.why':
    'To handle your request, to contact you about it and to give the city anonymous figures. We never sell your data and never use it for advertising.',
  'portal.privacy.howLongTitle': 'For how long?',
  'portal.privacy.howLong':
    'No longer than needed. When a file is closed, we make it anonymous after the retention period of that service.',
  'portal.privacy.rightsTitle': 'Your rights',
  'portal.privacy.rights':
    'You may see your data, have it corrected or deleted, and get a copy of it. Contact us; you do not have to give a reason. If you are not satisfied, you can file a complaint with the data protection supervisory authority.',
  'portal.privacy.cookiesTitle': 'Cookies',
  'portal.privacy.cookies':
    'This website only stores your language choice (in your browser and in a cookie named lang) and, when you sign in, a session cookie. We do not track you.',
  'portal.notFound.heading': 'This page does not exist',
  'portal.notFound.body': 'The link may be out of date. Choose a service below.',
  'service.interpreting.title': 'Social interpreting and translation',
  'service.interpreting.summary':
    'Services, schools and care organisations book an interpreter or a translation here, so that you are helped in your own language.',
  'service.translation-library.title': 'Translation library',
  'service.translation-library.summary':
    'Translated letters, forms and leaflets that services can use right away.',
  'service.newcomer-guidance.title': 'Welcome for newcomers',
  'service.newcomer-guidance.summary':
    'New in the city? We help you find your way: civic integration, learning Dutch, work, housing and health.',
  'service.education-info-point.title': 'Education info point',
  'service.education-info-point.summary':
    'Questions about a school for your child, reception classes (OKAN) or education for adults.',
  'service.higher-education.title': 'Higher education',
  'service.higher-education.summary':
    'Guidance if you want to start or continue studying at a university college or university.',
  'service.diploma-recognition.title': 'Diploma recognition',
  'service.diploma-recognition.summary':
    'Help to have your foreign diploma recognised through NARIC-Vlaanderen.',
  'service.uct-scholarship.title': 'UCT scholarship',
  'service.uct-scholarship.summary': 'A grant for a Dutch course at the university language centre (UCT).',
  'service.transit-site.title': 'Transit site',
  'service.transit-site.summary':
    'Book a pitch for your caravan on the transit site for travelling families.',
  'service.offerfeest.title': 'Eid al-Adha',
  'service.offerfeest.summary':
    'Register for a slaughter slot or ask for a refund of the slaughter costs for Eid al-Adha.',
  'service.gentse-lente.title': 'Ghent Spring festival',
  'service.gentse-lente.summary':
    'The spring festival against racism and for a city of everyone, around 21 March. Take part with your association.',
  'service.buddy-programme.title': 'Buddy programme',
  'service.buddy-programme.summary':
    'Meet a volunteer from the city as a duo every two weeks, for about six months.',
  'service.ambassadors.title': 'Ambassadors',
  'service.ambassadors.summary':
    'Role models with a migration background tell their story at schools, associations and employers. Book a testimony.',
  'service.conversation-groups.title': 'Conversation groups',
  'service.conversation-groups.summary':
    'Practise your Dutch in a small group with volunteers, at your level.',
  'service.leisure.title': 'Leisure',
  'service.leisure.summary': 'Sport, culture and activities in your free time, cheaper with an UiTPAS.',
  'service.self-organisations.title': 'Self-organisations',
  'service.self-organisations.summary':
    'Support, recognition and operating grants for associations of people with a migration background.',
  'service.gender-network.title': 'Gender network',
  'service.gender-network.summary': 'A network of organisations and people working on gender and migration.',
  'service.anti-racism-reports.title': 'Report discrimination or racism',
  'service.anti-racism-reports.summary':
    'Have you experienced or seen discrimination or racism? Report it. We listen and help you further.',
};
