import type { LangTexts } from '../types.ts';

/** Slovak (many Roma families in Ghent read Slovak). */
export const sk: LangTexts = {
  absence: {
    title: 'Ospravedlnenie choroby dieťaťa – {school}',
    text: `{school} – Ospravedlnenie choroby

Vážená pani učiteľka, vážený pán učiteľ,
moje dieťa chýbalo. Týmto formulárom to oznamujem škole.
Meno dieťaťa: ..................
Trieda: ..........
Chýbalo od ........ do ........ vrátane
Dôvod: choroba / návšteva lekára / rodinné dôvody / iné: ..........
Bolo vaše dieťa choré viac ako tri dni po sebe? Potom škola žiada potvrdenie od lekára.
Vaše dieťa nemôže prísť do školy? Zavolajte do školy pred 8.30: {phone}.
Meno rodiča: ..................
Dátum a podpis: ..................`,
  },
  enrol: {
    title: 'Zápis dieťaťa do základnej školy – informačné stretnutie {date}',
    text: `Zápis dieťaťa do základnej školy

V Gente najprv prihlásite dieťa na webovej stránke systému zápisu. Potom dostanete list so školou, kde môže vaše dieťa začať.
S týmto listom idete do školy a zapíšete dieťa. Prineste preukaz totožnosti alebo doklad o pobyte dieťaťa.
Dieťa môže chodiť do školy od 2,5 roka. Od 5 rokov musí dieťa chodiť do školy každý deň.
Potrebujete pomoc? Príďte na informačné stretnutie v Amal {date} o {time}. Pracovník vám pomôže s prihlásením. Bude tam tlmočník.`,
  },
  materials: {
    title: 'Zoznam školských pomôcok trieda {class} – {school}',
    text: `{school} – Zoznam pomôcok trieda {class}

Milí rodičia,
v prvý školský deň dieťa prinesie:
- školskú tašku a peračník
- dve ceruzky, gumu a strúhadlo
- pravítko 30 cm a nožnice
- farbičky
- fľašu na vodu a desiatový box s menom dieťaťa
- oblečenie na telocvik: tričko, krátke nohavice a cvičky vo vrecku
Zošity a knihy dostane dieťa v škole.
Napíšte meno dieťaťa na všetky pomôcky.
Otázky? Zavolajte do školy: {phone}.`,
  },
  parents: {
    title: 'Pozvánka na rodičovské združenie {date} – trieda {class} – {school}',
    text: `{school} – Pozvánka na stretnutie s rodičmi

Milí rodičia,
pozývame vás na rozhovor s učiteľom triedy {class}. Budeme hovoriť o tom, ako sa vaše dieťa učí a ako sa cíti v škole.
Dátum: {date}
Čas: {time}
Rozhovor trvá asi 15 minút.
Ešte dobre nehovoríte po holandsky? Povedzte nám to. Potom zavoláme tlmočníka.
Nemôžete prísť? Zavolajte do školy a dohodnite si iný termín: {phone}.
S pozdravom
riaditeľstvo školy`,
  },
  swimming: {
    title: 'Plavecký výcvik trieda {class} – {school}',
    text: `{school} – Plavecký výcvik trieda {class}

Milí rodičia,
od {date} chodí trieda {class} každé dva týždne plávať do mestskej plavárne. Deti idú autobusom s učiteľom.
Dajte dieťaťu plavky, uterák a hrebeň vo vrecku.
Plávanie je súčasťou vyučovania. Zúčastňujú sa všetky deti. Je vaše dieťa choré? Potom mu dajte potvrdenie od lekára.
Plávanie stojí 1,50 eura za každú hodinu. Platíte so školským účtom.
Otázky? Zavolajte do školy: {phone}.`,
  },
  trip: {
    title: 'Súhlas so školským výletom triedy {class} do {place} – {school}',
    text: `{school} – Súhlas so školským výletom

Milí rodičia,
{date} ide trieda {class} na výlet do {place}. Odchádzame od školy o {time} a vrátime sa o 15.30.
Dajte dieťaťu jedlo na obed, fľašu vody a pršiplášť.
Výlet stojí 5 eur. Platíte so školským účtom.
Podpísaný formulár vráťte učiteľovi.

Ja, .................., rodič dieťaťa .................., súhlasím, aby moje dieťa išlo na výlet do {place}.
Telefón rodiča: ..................
Podpis: ..................`,
  },
  lice: {
    title: 'Vši v triede {class} – {school}',
    text: `{school} – Vši v triede

Milí rodičia,
niekoľko detí v triede {class} má vši. Vši nie sú nebezpečné a nemajú nič spoločné so špinou.
Dnes skontrolujte vlasy dieťaťa hustým hrebeňom na vši. Pozrite sa hlavne za uši a na krk.
Našli ste vši alebo hnidy? Kúpte si v lekárni prípravok proti všiam. Vyčesávajte vlasy každý deň počas dvoch týždňov.
Čiapky, šály a obliečky na vankúše vyperte na 60 stupňov.
Dieťa môže normálne chodiť do školy.
Otázky? Zavolajte do školy: {phone}.`,
  },
  schoolbill: {
    title: 'Splátkový kalendár školského účtu – {school}',
    text: `{school} – Splátkový kalendár školského účtu

Milí rodičia,
je školský účet príliš vysoký, aby ste ho zaplatili naraz? Potom môžete platiť v menších splátkach. Porozprávajte sa s riaditeľstvom. Vašu žiadosť vybavíme diskrétne.
Môžete dostať aj školský príspevok z Groeipakket. Amal alebo Sociaal Huis vám pomôže so žiadosťou.

Meno rodiča: ..................
Meno a trieda dieťaťa: ..................
Sumu .......... eur zaplatím v .......... splátkach, vždy ..... dňa v mesiaci.
Dátum a podpis: ..................`,
  },
  vaccination: {
    title: 'Očkovanie v škole trieda {class} – {school}',
    text: `{school} – Očkovanie v škole

Milí rodičia,
{date} príde do školy školský lekár z CLB. Deti z triedy {class} môžu vtedy dostať očkovanie.
Očkovanie chráni pred vážnymi chorobami. Je zadarmo.
Očkujeme iba s vaším súhlasom. Vyplňte formulár a vráťte ho učiteľovi.
Dajte aj očkovací preukaz dieťaťa.
Máte otázky o očkovaní? Zavolajte školskému lekárovi alebo sa opýtajte svojho obvodného lekára.`,
  },
  housing: {
    title: 'Prihláška na sociálny byt – úradné hodiny {place}',
    text: `Prihláška na sociálny byt

Sociálny byt je byt s nižším nájmom. Môžete sa prihlásiť, ak váš príjem nie je príliš vysoký a nemáte vlastný byt.
Prihlásite sa v bytovej spoločnosti. Prineste si preukaz totožnosti, daňové rozhodnutie a údaje o vašej rodine.
Po prihlásení ste v poradovníku. Môže to trvať niekoľko rokov. Zostaňte prihlásení a vždy nahláste novú adresu.
Potrebujete pomoc? Príďte na úradné hodiny v {place}, {address}, {date} o {time}.`,
  },
  ocmw: {
    title: 'Pozvánka na rozhovor so sociálnym pracovníkom – {place}',
    text: `{place} – Pozvánka

Vážená pani, vážený pán,
máte stretnutie so svojím sociálnym pracovníkom.
Dátum: {date}
Čas: {time}
Adresa: {place}, {address}
Prineste tieto doklady: preukaz totožnosti, bankové výpisy za posledné tri mesiace, nájomnú zmluvu a výplatné pásky alebo dávky.
Nemôžete prísť? Zavolajte nám aspoň deň vopred.
Potrebujete tlmočníka? Povedzte nám to a zariadime to.
S pozdravom
váš sociálny pracovník`,
  },
  waste: {
    title: 'Triedenie odpadu v štvrti {place}',
    text: `Triedenie odpadu v štvrti {place}

V Gente každý triedi svoj odpad. Tak môžeme veľa odpadu znova použiť.
Zmesový odpad patrí do sivého vreca. PMD (plastové fľaše, plechovky a nápojové kartóny) patrí do modrého vreca.
Zelenina, ovocie a odpad zo záhrady patria do zeleného kontajnera. Papier a kartón zviažte špagátom.
Sklo odneste do kontajnera na sklo na ulici.
V štvrti {place} vyložte odpad pred {time} v deň odvozu. Nevykladajte ho príliš skoro.
Veľké veci odvezte do zberného dvora.
Kto nechá odpad na ulici, môže dostať pokutu.`,
  },
};
