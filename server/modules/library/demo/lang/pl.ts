import type { LangTexts } from '../types.ts';

/** Polish. */
export const pl: LangTexts = {
  absence: {
    title: 'Zgłoszenie choroby dziecka – {school}',
    text: `{school} – Zgłoszenie choroby

Szanowna Pani, Szanowny Panie,
Moje dziecko było nieobecne. Tym formularzem informuję o tym szkołę.
Imię i nazwisko dziecka: ..................
Klasa: ..........
Nieobecne od ........ do ........ włącznie
Powód: choroba / wizyta u lekarza / sprawy rodzinne / inny: ..........
Czy dziecko chorowało dłużej niż trzy dni z rzędu? Wtedy szkoła prosi o zaświadczenie lekarskie.
Dziecko nie może przyjść do szkoły? Proszę zadzwonić do szkoły przed 8.30: {phone}.
Imię i nazwisko rodzica: ..................
Data i podpis: ..................`,
  },
  enrol: {
    title: 'Zapisanie dziecka do szkoły podstawowej – spotkanie informacyjne {date}',
    text: `Zapisanie dziecka do szkoły podstawowej

W Gandawie najpierw rejestrujecie Państwo dziecko na stronie systemu zapisów. Potem otrzymujecie list ze szkołą, w której dziecko może zacząć naukę.
Z tym listem idziecie do szkoły, aby zapisać dziecko. Proszę zabrać dowód osobisty lub dokument pobytowy dziecka.
Dziecko może chodzić do szkoły od 2,5 roku. Od 5. roku życia dziecko musi chodzić do szkoły codziennie.
Potrzebujecie pomocy? Zapraszamy na spotkanie informacyjne w Amal {date} o godz. {time}. Pracownik pomoże w rejestracji. Obecny jest tłumacz.`,
  },
  materials: {
    title: 'Lista przyborów szkolnych klasa {class} – {school}',
    text: `{school} – Lista przyborów klasa {class}

Drodzy rodzice,
W pierwszym dniu szkoły dziecko przynosi:
- plecak i piórnik
- dwa ołówki, gumkę i temperówkę
- linijkę 30 cm i nożyczki
- kredki
- bidon i pudełko śniadaniowe z imieniem dziecka
- strój sportowy: koszulkę, spodenki i tenisówki w worku
Zeszyty i książki dziecko dostaje w szkole.
Proszę podpisać wszystkie przybory imieniem dziecka.
Pytania? Proszę zadzwonić do szkoły: {phone}.`,
  },
  parents: {
    title: 'Zaproszenie na wywiadówkę {date} – klasa {class} – {school}',
    text: `{school} – Zaproszenie na spotkanie z rodzicami

Drodzy rodzice,
Zapraszamy na rozmowę z nauczycielem klasy {class}. Porozmawiamy o tym, jak dziecko się uczy i jak czuje się w szkole.
Data: {date}
Godzina: {time}
Rozmowa trwa około 15 minut.
Nie mówią Państwo jeszcze dobrze po niderlandzku? Prosimy nam to zgłosić. Wtedy poprosimy o tłumacza.
Nie mogą Państwo przyjść? Proszę zadzwonić do szkoły, aby umówić inny termin: {phone}.
Z poważaniem,
dyrekcja`,
  },
  swimming: {
    title: 'Lekcje pływania klasa {class} – {school}',
    text: `{school} – Lekcje pływania klasa {class}

Drodzy rodzice,
Od {date} klasa {class} co dwa tygodnie chodzi na basen miejski. Dzieci jadą autobusem razem z nauczycielem.
Proszę dać dziecku strój kąpielowy, ręcznik i grzebień w worku.
Pływanie jest częścią lekcji. Uczestniczą wszystkie dzieci. Dziecko jest chore? Wtedy proszę dać zaświadczenie od lekarza.
Lekcja pływania kosztuje 1,50 euro za każdym razem. Płacą Państwo z rachunkiem szkolnym.
Pytania? Proszę zadzwonić do szkoły: {phone}.`,
  },
  trip: {
    title: 'Zgoda na wycieczkę klasy {class} do {place} – {school}',
    text: `{school} – Zgoda na wycieczkę szkolną

Drodzy rodzice,
{date} klasa {class} jedzie na wycieczkę do {place}. Wyjeżdżamy spod szkoły o {time} i wracamy o 15.30.
Proszę dać dziecku drugie śniadanie, bidon i kurtkę przeciwdeszczową.
Wycieczka kosztuje 5 euro. Płacą Państwo z rachunkiem szkolnym.
Proszę oddać podpisany formularz nauczycielowi.

Ja, .................., rodzic .................., wyrażam zgodę na udział mojego dziecka w wycieczce do {place}.
Telefon rodzica: ..................
Podpis: ..................`,
  },
  lice: {
    title: 'Wszy w klasie {class} – {school}',
    text: `{school} – Wszy w klasie

Drodzy rodzice,
Kilkoro dzieci w klasie {class} ma wszy. Wszy nie są groźne i nie mają nic wspólnego z brudem.
Proszę dziś sprawdzić włosy dziecka gęstym grzebieniem do wszy. Szczególnie za uszami i na karku.
Znaleźli Państwo wszy lub gnidy? Proszę kupić środek na wszy w aptece. Czesać włosy codziennie przez dwa tygodnie.
Czapki, szaliki i poszewki na poduszki wyprać w 60 stopniach.
Dziecko może normalnie przychodzić do szkoły.
Pytania? Proszę zadzwonić do szkoły: {phone}.`,
  },
  schoolbill: {
    title: 'Plan spłaty rachunku szkolnego w ratach – {school}',
    text: `{school} – Plan spłaty rachunku szkolnego

Drodzy rodzice,
Rachunek szkolny jest za wysoki, by zapłacić go naraz? Wtedy można płacić w mniejszych ratach. Proszę porozmawiać z dyrekcją. Traktujemy Państwa prośbę dyskretnie.
Można też otrzymać dodatek szkolny z Groeipakket. Amal lub Sociaal Huis pomoże złożyć wniosek.

Imię i nazwisko rodzica: ..................
Imię i klasa dziecka: ..................
Płacę kwotę .......... euro w .......... ratach, zawsze ..... dnia miesiąca.
Data i podpis: ..................`,
  },
  waste: {
    title: 'Segregacja odpadów w dzielnicy {place}',
    text: `Segregacja odpadów w dzielnicy {place}

W Gandawie wszyscy segregują odpady. Dzięki temu możemy ponownie wykorzystać dużo odpadów.
Odpady zmieszane wrzuca się do szarego worka. PMD (plastikowe butelki, puszki i kartony po napojach) wrzuca się do niebieskiego worka.
Warzywa, owoce i odpady z ogrodu idą do zielonego pojemnika. Papier i karton należy związać sznurkiem.
Szkło proszę zanieść do pojemnika na szkło na ulicy.
W dzielnicy {place} odpady wystawia się przed {time} w dniu odbioru. Proszę nie wystawiać ich za wcześnie.
Duże przedmioty należy zawieźć do punktu recyklingu.
Kto zostawia odpady na ulicy, może dostać mandat.`,
  },
  medication: {
    title: 'Schemat przyjmowania leków – {place}',
    text: `{place} – Schemat przyjmowania leków

Imię i nazwisko pacjenta: ..................
Data urodzenia: ..........
Proszę przyjmować leki codziennie o tej samej godzinie.
Lek: .......... — rano: ..... — w południe: ..... — wieczorem: ..... — przed snem: .....
Lek przyjmować przed / w trakcie / po jedzeniu.
Nie odstawiać leku samodzielnie. Najpierw zapytać lekarza.
Występują skutki uboczne? Proszę zadzwonić do lekarza rodzinnego lub do apteki.
Proszę zabierać ten schemat na każdą wizytę u lekarza.`,
  },
  housing: {
    title: 'Zapisy na mieszkanie socjalne – dyżur w {place}',
    text: `Zapisy na mieszkanie socjalne

Mieszkanie socjalne to mieszkanie z niższym czynszem. Można się zapisać, jeśli dochód nie jest zbyt wysoki i nie ma się własnego mieszkania.
Zapisuje się w spółce mieszkaniowej. Proszę zabrać dowód osobisty, decyzję podatkową i dane rodziny.
Po zapisaniu trafia się na listę oczekujących. Może to potrwać kilka lat. Proszę pozostać na liście i zawsze zgłaszać nowy adres.
Potrzebna pomoc? Zapraszamy na dyżur w {place}, {address}, {date} o godz. {time}.`,
  },
  ocmw: {
    title: 'Zaproszenie na rozmowę z pracownikiem socjalnym – {place}',
    text: `{place} – Zaproszenie

Szanowna Pani, Szanowny Panie,
Ma Pani/Pan spotkanie ze swoim pracownikiem socjalnym.
Data: {date}
Godzina: {time}
Adres: {place}, {address}
Proszę zabrać: dowód osobisty, wyciągi bankowe z ostatnich trzech miesięcy, umowę najmu oraz odcinki wypłat lub zasiłków.
Nie może Pani/Pan przyjść? Proszę zadzwonić co najmniej jeden dzień wcześniej.
Potrzebny tłumacz? Prosimy o informację, zorganizujemy to.
Z poważaniem,
pracownik socjalny`,
  },
  caw: {
    title: 'Punkt przyjęć CAW: słuchamy i pomagamy – dyżur w {place}',
    text: `Punkt przyjęć CAW: słuchamy i pomagamy

Ma Pani/Pan problemy z mieszkaniem, pieniędzmi, związkiem lub dokumentami? Zapraszamy do punktu przyjęć CAW. Nie trzeba się umawiać.
Przyjęcie jest bezpłatne. To, co Pani/Pan opowie, zostaje między Panią/Panem a doradcą.
Dyżur w {place}: co tydzień, od godz. {time}.
Doradca wysłucha pytania. Razem szukamy rozwiązania albo odpowiedniej instytucji.
Mówi Pani/Pan słabo po niderlandzku? Pracujemy z tłumaczami.`,
  },
  vaccination: {
    title: 'Szczepienie w szkole klasa {class} – {school}',
    text: `{school} – Szczepienie w szkole

Drodzy rodzice,
{date} do szkoły przyjdzie lekarz szkolny z CLB. Dzieci z klasy {class} mogą wtedy otrzymać szczepionkę.
Szczepionka chroni przed ciężkimi chorobami. Jest bezpłatna.
Szczepimy tylko za Państwa zgodą. Proszę wypełnić formularz i oddać go nauczycielowi.
Proszę też dać książeczkę lub kartę szczepień dziecka.
Pytania o szczepionkę? Proszę zadzwonić do lekarza szkolnego albo zapytać lekarza rodzinnego.`,
  },
  conversation: {
    title: 'Ćwicz niderlandzki przy stoliku konwersacyjnym – {place}',
    text: `Ćwicz niderlandzki przy stoliku konwersacyjnym

Chcesz więcej mówić po niderlandzku? Przyjdź do stolika konwersacyjnego Amal w {place}.
Rozmawiasz w małej grupie z wolontariuszem. Grupy są według poziomu: początkujący i zaawansowani.
Co tydzień od godz. {time}. Udział jest bezpłatny. Nie trzeba się zapisywać.
Przynieś swoje pytania: o pracę, szkołę, lekarza lub dzielnicę.
Jest kawa i herbata. Zapraszamy!`,
  },
  job: {
    title: 'Spotkanie informacyjne o szukaniu pracy w Amal – {date}',
    text: `Spotkanie informacyjne: szukanie pracy w Gandawie

Szukasz pracy? Przyjdź na spotkanie informacyjne Amal {date} o godz. {time}.
Wyjaśniamy, jak znaleźć oferty pracy i jak napisać CV.
Dowiesz się też, jak uznać zagraniczny dyplom i które kursy są bezpłatne.
Zabierz dokument pobytowy i dyplomy, jeśli je masz.
Spotkanie jest bezpłatne. Są tłumacze języka arabskiego, dari i tigrinia.
Trzeba się zapisać: zadzwoń lub napisz e-mail do Amal.`,
  },
};
