import type { LangTexts } from '../types.ts';

/** Romanian. */
export const ro: LangTexts = {
  absence: {
    title: 'Anunțarea bolii copilului – {school}',
    text: `{school} – Anunț de boală

Stimată doamnă învățătoare, stimate domnule învățător,
Copilul meu a lipsit. Cu acest formular anunț școala.
Numele copilului: ..................
Clasa: ..........
Absent de la ........ până la ........ inclusiv
Motivul: bolnav / programare la medic / motiv familial / altul: ..........
Copilul dumneavoastră a fost bolnav mai mult de trei zile la rând? Atunci școala cere un certificat medical.
Copilul nu poate veni la școală? Sunați la școală înainte de ora 8.30: {phone}.
Numele părintelui: ..................
Data și semnătura: ..................`,
  },
  enrol: {
    title: 'Înscrierea copilului la școala primară – sesiune de informare {date}',
    text: `Înscrierea copilului la școala primară

În Gent, mai întâi înregistrați copilul pe site-ul sistemului de înscriere. Apoi primiți o scrisoare cu școala unde copilul poate începe.
Cu această scrisoare mergeți la școală ca să înscrieți copilul. Luați cartea de identitate sau documentul de ședere al copilului.
Copilul poate merge la școală de la 2 ani și jumătate. De la 5 ani, copilul trebuie să meargă la școală în fiecare zi.
Aveți nevoie de ajutor? Veniți la sesiunea de informare de la Amal pe {date}, la ora {time}. Un angajat vă ajută cu înregistrarea. Este prezent un interpret.`,
  },
  materials: {
    title: 'Lista de rechizite clasa {class} – {school}',
    text: `{school} – Lista de rechizite clasa {class}

Dragi părinți,
În prima zi de școală copilul aduce:
- un ghiozdan și un penar
- două creioane, o radieră și o ascuțitoare
- o riglă de 30 cm și o foarfecă
- creioane colorate
- o sticlă de apă și o cutie pentru mâncare cu numele copilului
- echipament de sport: un tricou, pantaloni scurți și teniși într-o pungă
Caietele și cărțile le primește de la școală.
Scrieți numele copilului pe toate rechizitele.
Întrebări? Sunați la școală: {phone}.`,
  },
  parents: {
    title: 'Invitație la ședința cu părinții {date} – clasa {class} – {school}',
    text: `{school} – Invitație la ședința cu părinții

Dragi părinți,
Vă invităm la o discuție cu învățătorul clasei {class}. Vorbim despre cum învață copilul și cum se simte la școală.
Data: {date}
Ora: {time}
Discuția durează aproximativ 15 minute.
Nu vorbiți încă bine olandeza? Spuneți-ne. Atunci cerem un interpret.
Nu puteți veni? Sunați la școală pentru o altă programare: {phone}.
Cu stimă,
direcțiunea`,
  },
  swimming: {
    title: 'Lecții de înot clasa {class} – {school}',
    text: `{school} – Lecții de înot clasa {class}

Dragi părinți,
Începând cu {date}, clasa {class} merge la înot o dată la două săptămâni, la piscina orașului. Copiii merg cu autobuzul împreună cu învățătorul.
Dați-i copilului un costum de baie, un prosop și un pieptene într-o pungă.
Înotul face parte din lecții. Toți copiii participă. Copilul este bolnav? Atunci dați-i o scutire de la medic.
Lecția de înot costă 1,50 euro de fiecare dată. Plătiți cu factura școlii.
Întrebări? Sunați la școală: {phone}.`,
  },
  trip: {
    title: 'Acord pentru excursia clasei {class} la {place} – {school}',
    text: `{school} – Acord pentru excursie școlară

Dragi părinți,
Pe {date}, clasa {class} merge în excursie la {place}. Plecăm de la școală la ora {time} și ne întoarcem la ora 15.30.
Dați-i copilului un pachet cu mâncare, o sticlă de apă și o haină de ploaie.
Excursia costă 5 euro. Plătiți cu factura școlii.
Dați acest formular semnat înapoi învățătorului.

Subsemnatul/Subsemnata .................., părinte al lui .................., sunt de acord ca copilul meu să meargă în excursie la {place}.
Telefonul părintelui: ..................
Semnătura: ..................`,
  },
  lice: {
    title: 'Păduchi în clasa {class} – {school}',
    text: `{school} – Păduchi în clasă

Dragi părinți,
Câțiva copii din clasa {class} au păduchi. Păduchii nu sunt periculoși și nu au legătură cu murdăria.
Verificați astăzi părul copilului cu un pieptene fin pentru păduchi. Uitați-vă mai ales după urechi și la ceafă.
Ați găsit păduchi sau ouă? Cumpărați un produs contra păduchilor de la farmacie. Pieptănați părul în fiecare zi, timp de două săptămâni.
Spălați căciulile, fularele și fețele de pernă la 60 de grade.
Copilul poate veni la școală ca de obicei.
Întrebări? Sunați la școală: {phone}.`,
  },
  schoolbill: {
    title: 'Plan de plată în rate pentru factura școlii – {school}',
    text: `{school} – Plan de plată în rate

Dragi părinți,
Factura școlii este prea mare ca să o plătiți deodată? Atunci puteți plăti în rate mai mici. Vorbiți cu direcțiunea. Tratăm cererea dumneavoastră cu discreție.
Puteți primi și o alocație școlară de la Groeipakket. Amal sau Sociaal Huis vă ajută cu cererea.

Numele părintelui: ..................
Numele și clasa copilului: ..................
Plătesc suma de .......... euro în .......... rate, de fiecare dată pe ..... ale lunii.
Data și semnătura: ..................`,
  },
  waste: {
    title: 'Sortarea deșeurilor în {place}',
    text: `Sortarea deșeurilor în {place}

În Gent, toată lumea își sortează deșeurile. Așa putem refolosi multe deșeuri.
Deșeurile reziduale merg în sacul gri. PMD (sticle de plastic, doze și cutii de băuturi) merg în sacul albastru.
Legumele, fructele și deșeurile din grădină merg în containerul verde. Legați hârtia și cartonul cu o sfoară.
Duceți sticla la containerul de sticlă din stradă.
În {place} scoateți deșeurile înainte de ora {time} în ziua colectării. Nu le scoateți prea devreme.
Obiectele mari le duceți la parcul de reciclare.
Cine lasă deșeuri pe stradă poate primi o amendă.`,
  },
  medication: {
    title: 'Schema de medicație – {place}',
    text: `{place} – Schema de medicație

Numele pacientului: ..................
Data nașterii: ..........
Luați medicamentele în fiecare zi la aceeași oră.
Medicament: .......... — dimineața: ..... — la prânz: ..... — seara: ..... — înainte de culcare: .....
Luați medicamentul înainte de / în timpul / după masă.
Nu opriți singur un medicament. Întrebați mai întâi medicul.
Aveți efecte secundare? Sunați medicul de familie sau farmacia.
Aduceți această schemă la fiecare programare la medic.`,
  },
  housing: {
    title: 'Înscrierea pentru o locuință socială – zi de consultații {place}',
    text: `Înscrierea pentru o locuință socială

O locuință socială este o locuință cu o chirie mai mică. Vă puteți înscrie dacă venitul nu este prea mare și nu aveți o locuință proprie.
Vă înscrieți la compania de locuințe. Luați cartea de identitate, decizia de impunere și datele familiei.
După înscriere, sunteți pe o listă de așteptare. Poate dura câțiva ani. Rămâneți înscris și comunicați mereu adresa nouă.
Aveți nevoie de ajutor? Veniți la ziua de consultații în {place}, {address}, pe {date} la ora {time}.`,
  },
  ocmw: {
    title: 'Invitație la o discuție cu asistentul social – {place}',
    text: `{place} – Invitație

Stimată doamnă, stimate domn,
Aveți o programare la asistentul social.
Data: {date}
Ora: {time}
Adresa: {place}, {address}
Aduceți aceste documente: cartea de identitate, extrasele bancare din ultimele trei luni, contractul de închiriere și fluturașii de salariu sau alocațiile.
Nu puteți veni? Sunați-ne cu cel puțin o zi înainte.
Aveți nevoie de un interpret? Spuneți-ne și ne ocupăm noi.
Cu stimă,
asistentul dumneavoastră social`,
  },
  caw: {
    title: 'Recepția CAW: ascultăm și ajutăm – program în {place}',
    text: `Recepția CAW: ascultăm și ajutăm

Aveți probleme cu locuința, banii, relația sau actele? Veniți la recepția CAW. Nu aveți nevoie de programare.
Recepția este gratuită. Ce povestiți rămâne între dumneavoastră și consilier.
Program în {place}: în fiecare săptămână, de la ora {time}.
Consilierul ascultă întrebarea dumneavoastră. Împreună căutăm o soluție sau găsim serviciul potrivit pentru dumneavoastră.
Vorbiți puțină olandeză? Lucrăm cu interpreți.`,
  },
  vaccination: {
    title: 'Vaccinare la școală clasa {class} – {school}',
    text: `{school} – Vaccinare la școală

Dragi părinți,
Pe {date}, medicul școlar de la CLB vine la școală. Copiii din clasa {class} pot primi atunci un vaccin.
Vaccinul protejează împotriva unor boli grave. Este gratuit.
Vaccinăm numai cu acordul dumneavoastră. Completați formularul și dați-l înapoi învățătorului.
Dați și carnetul sau cardul de vaccinare al copilului.
Aveți întrebări despre vaccin? Sunați medicul școlar sau întrebați medicul de familie.`,
  },
  conversation: {
    title: 'Exersați olandeza la masa de conversație – {place}',
    text: `Exersați olandeza la masa de conversație

Vreți să vorbiți mai mult olandeză? Veniți la masa de conversație Amal în {place}.
Vorbiți într-un grup mic cu un voluntar. Grupurile sunt pe niveluri: începători și avansați.
În fiecare săptămână de la ora {time}. Masa de conversație este gratuită. Nu trebuie să vă înscrieți.
Aduceți-vă întrebările: despre muncă, școală, medic sau cartier.
Este cafea și ceai. Bine ați venit!`,
  },
  job: {
    title: 'Sesiune de informare despre căutarea unui loc de muncă la Amal – {date}',
    text: `Sesiune de informare: căutarea unui loc de muncă în Gent

Căutați de lucru? Veniți la sesiunea de informare Amal pe {date} la ora {time}.
Vă explicăm cum găsiți locuri de muncă și cum faceți un CV.
Aflați și cum vă recunoașteți diploma din străinătate și ce cursuri sunt gratuite.
Aduceți documentul de ședere și diplomele, dacă le aveți.
Sesiunea este gratuită. Sunt interpreți pentru arabă, dari și tigrină.
Înscrierea este obligatorie: sunați sau trimiteți un e-mail la Amal.`,
  },
};
