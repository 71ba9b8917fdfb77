import type { PortalKey } from './nl.ts';

export const portal: Record<PortalKey, string> = {
  'portal.tagline': 'Информация и помощ за новопристигнали и за всички, които работят с тях',
  'portal.nav.label': 'Главно меню',
  'portal.nav.home': 'Услуги',
  'portal.nav.library': 'Библиотека с преводи',
  'portal.nav.contact': 'Контакт',
  'portal.nav.privacy': 'Поверителност',
  'portal.nav.signIn': 'Вход',
  'portal.language.label': 'Език',
  'portal.footer.label': 'Долен колонтитул',
  'portal.home.heading': 'С какво можем да ви помогнем?',
  'portal.home.intro': 'Изберете услуга. Можете да четете този сайт на шест езика; изберете своя най-горе.',
  'portal.category.language': 'Език и устен превод',
  'portal.category.guidance': 'Посрещане и подкрепа',
  'portal.category.education': 'Образование и дипломи',
  'portal.category.participation': 'Запознанства с хора',
  'portal.category.community': 'Сдружения и празници',
  'portal.category.rights': 'Равни права',
  'portal.service.back': 'Всички услуги',
  'portal.service.comingSoon':
    'Скоро ще можете да кандидатствате за това онлайн тук. Дотогава с удоволствие ще ви помогнем по телефона, по имейл или на нашето гише.',
  'portal.service.contactCta': 'Контакт и работно време',
  'portal.contact.heading': 'Контакт и работно време',
  'portal.contact.intro':
    'Заповядайте при нас, обадете се или пишете по имейл. Говорите малко нидерландски? Заедно ще намерим преводач.',
  'portal.contact.address': 'Адрес',
  'portal.contact.phone': 'Телефон',
  'portal.contact.email': 'Имейл',
  'portal.contact.hours': 'Работно време',
  'portal.contact.closed': 'Затворено',
  'portal.contact.day': 'Ден',
  'portal.contact.time': 'Часове',
  'portal.privacy.heading': 'Декларация за поверителност',
  'portal.privacy.intro':
    '{brand} обработва лични данни само за да ви помогне и за да изпълни задачите, които градът ни възлага. Тук ще прочетете какво правим с вашите данни.',
  'portal.privacy.whoTitle': 'Кой отговаря?',
  'portal.privacy.who':
    '{brand} отговаря за вашите данни. Имате въпрос за поверителността? Пишете на нашето длъжностно лице по защита на данните: {email}.',
  'portal.privacy.whatTitle': 'Какви данни?',
  'portal.privacy.what':
    'Само това, от което една услуга има нужда: вашето име, данните ви за контакт, езикът ви и това, което ни казвате във формуляр. Някои услуги се нуждаят от чувствителни данни, например вашата религия (Курбан байрам) или информация за здравето ви (устен превод). Тогава изрично ви питаме за тях и ги защитаваме особено грижливо.',
  'portal.privacy.whyTitle': 'Защо?',
  'portal.privacy.why':
    'За да обработим молбата ви, да се свържем с вас по нея и да предоставим на града анонимни данни. Никога не продаваме данните ви и не ги използваме за реклама.',
  'portal.privacy.howLongTitle': 'Колко дълго?',
  'portal.privacy.howLong':
    'Не по-дълго от необходимото. Когато едно досие бъде приключено, го анонимизираме след срока за съхранение на съответната услуга.',
  'portal.privacy.rightsTitle': 'Вашите права',
  'portal.privacy.rights':
    'Можете да видите данните си, да поискате да бъдат поправени или изтрити и да получите копие от тях. Свържете се с нас; не е нужно да посочвате причина. Ако не сте доволни, можете да подадете жалба до надзорния орган по защита на данните.',
  'portal.privacy.cookiesTitle': 'Бисквитки',
  'portal.privacy.cookies':
    'Този сайт съхранява само избора ви на език (във вашия браузър и в бисквитка с име lang) и, когато влезете, бисквитка за сесията. Не ви проследяваме.',
  'portal.notFound.heading': 'Тази страница не съществува',
  'portal.notFound.body': 'Възможно е връзката да е остаряла. Изберете услуга по-долу.',
  'service.interpreting.title': 'Социален устен и писмен превод',
  'service.interpreting.summary':
    'Служби, училища и здравни организации заявяват тук преводач или превод, за да получите помощ на своя език.',
  'service.translation-library.title': 'Библиотека с преводи',
  'service.translation-library.summary':
    'Преведени писма, формуляри и брошури, които службите могат да използват веднага.',
  'service.newcomer-guidance.title': 'Посрещане на новопристигнали',
  'service.newcomer-guidance.summary':
    'Нов сте в града? Помагаме ви да се ориентирате: интеграция, изучаване на нидерландски, работа, жилище и здраве.',
  'service.education-info-point.title': 'Информационна точка за образование',
  'service.education-info-point.summary':
    'Въпроси за училище за детето ви, подготвителни класове (OKAN) или образование за възрастни.',
  'service.higher-education.title': 'Висше образование',
  'service.higher-education.summary':
    'Подкрепа, ако искате да започнете или продължите да учите в колеж или университет.',
  'service.diploma-recognition.title': 'Признаване на диплома',
  'service.diploma-recognition.summary':
    'Помощ за признаване на чуждестранната ви диплома чрез NARIC-Vlaanderen.',
  'service.uct-scholarship.title': 'Стипендия UCT',
  'service.uct-scholarship.summary':
    'Стипендия за курс по нидерландски в университетския езиков център (UCT).',
  'service.transit-site.title': 'Транзитен терен',
  'service.transit-site.summary': 'Запазете място за каравана си на транзитния терен за пътуващи семейства.',
  'service.offerfeest.title': 'Курбан байрам',
  'service.offerfeest.summary':
    'Запишете се за час за клане или поискайте възстановяване на разходите за клане за Курбан байрам.',
  'service.gentse-lente.title': 'Гентска пролет',
  'service.gentse-lente.summary':
    'Пролетният фестивал срещу расизма и за град на всички, около 21 март. Участвайте със своето сдружение.',
  'service.buddy-programme.title': 'Програма „Приятел“',
  'service.buddy-programme.summary':
    'Срещайте се в двойка с доброволец от града на всеки две седмици, около шест месеца.',
  'service.ambassadors.title': 'Посланици',
  'service.ambassadors.summary':
    'Хора с миграционен произход, които са пример за другите, разказват историята си в училища, сдружения и при работодатели. Поканете ги.',
  'service.conversation-groups.title': 'Разговорни групи',
  'service.conversation-groups.summary':
    'Упражнявайте нидерландския си в малка група с доброволци, според вашето ниво.',
  'service.leisure.title': 'Свободно време',
  'service.leisure.summary': 'Спорт, култура и занимания в свободното време, по-евтино с UiTPAS.',
  'service.self-organisations.title': 'Организации на мигранти',
  'service.self-organisations.summary':
    'Подкрепа, признаване и субсидии за дейност за сдружения на хора с миграционен произход.',
  'service.gender-network.title': 'Мрежа за пола',
  'service.gender-network.summary': 'Мрежа от организации и хора, които работят по темите пол и миграция.',
  'service.anti-racism-reports.title': 'Сигнал за дискриминация или расизъм',
  'service.anti-racism-reports.summary':
    'Преживели или видели сте дискриминация или расизъм? Подайте сигнал. Ще ви изслушаме и ще ви помогнем.',
};
