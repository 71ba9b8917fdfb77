import type { LangTexts } from '../types.ts';

/** Somali. */
export const so: LangTexts = {
  absence: {
    title: 'Ogeysiis jirro ilmahaaga – {school}',
    text: `{school} – Ogeysiis jirro

Macallimad sharafta leh, macallin sharafta leh,
Ilmahaygu wuu maqnaa. Foomkan waxaan ku ogeysiinayaa dugsiga.
Magaca ilmaha: ..................
Fasalka: ..........
Maqnaa laga bilaabo ........ ilaa ........
Sababta: jirro / ballan dhakhtar / sabab qoys / wax kale: ..........
Ilmahaagu ma ka badnaa saddex maalmood oo isku xiga oo uu jiranayay? Markaas dugsigu wuxuu weydiinayaa warqad dhakhtar.
Ilmahaagu ma iman karo dugsiga? Wac dugsiga ka hor 8.30: {phone}.
Magaca waalidka: ..................
Taariikhda iyo saxiixa: ..................`,
  },
  enrol: {
    title: 'Diiwaangelinta ilmahaaga dugsiga hoose – kulan macluumaad {date}',
    text: `Diiwaangelinta ilmahaaga dugsiga hoose

Magaalada Gent marka hore ilmahaaga waxaad ka diiwaangelisaa bogga nidaamka diiwaangelinta. Kadib waxaad heleysaa warqad ay ku qoran tahay dugsiga uu ilmahaagu ka bilaabi karo.
Warqaddaas waxaad u qaadataa dugsiga si aad ilmaha u diiwaangeliso. Keen kaarka aqoonsiga ama dukumentiga deganaanshaha ilmaha.
Ilmahaagu wuxuu dugsiga aadi karaa marka uu gaaro 2,5 sano. Laga bilaabo 5 sano ilmahaagu waa inuu maalin kasta dugsiga aadaa.
Caawimaad ma u baahan tahay? Kaalay kulanka macluumaadka ee Amal {date} saacadda {time}. Shaqaale ayaa kaa caawinaya diiwaangelinta. Turjubaan ayaa joogi doona.`,
  },
  parents: {
    title: 'Casuumaad kulanka waalidiinta {date} – fasalka {class} – {school}',
    text: `{school} – Casuumaad kulanka waalidiinta

Waalidiin sharafta leh,
Waxaan idinku casuumeynaa wada hadal lala yeesho macallinka fasalka {class}. Waxaan ka hadleynaa sida ilmahaagu wax u barto iyo sida uu dugsiga ugu dareemo.
Taariikhda: {date}
Saacadda: {time}
Wada hadalku wuxuu qaadanayaa qiyaastii 15 daqiiqo.
Weli si fiican uma hadasho Nederlandiska? Noo sheeg. Markaas waxaan codsaneynaa turjubaan.
Ma iman kartid? Wac dugsiga si aad ballan kale u qabsato: {phone}.
Salaan diiran,
maamulka dugsiga`,
  },
  medication: {
    title: 'Jadwalka daawada – {place}',
    text: `{place} – Jadwalka daawada

Magaca bukaanka: ..................
Taariikhda dhalashada: ..........
Daawooyinkaaga qaado maalin kasta isla saacad.
Daawada: .......... — subax: ..... — duhur: ..... — fiid: ..... — ka hor hurdada: .....
Daawada qaado ka hor / inta lagu jiro / kadib cuntada.
Ha joojin daawo adigoo keligaa go'aansaday. Marka hore weydii dhakhtarkaaga.
Ma leedahay waxyeelo dhinaca ah? Wac dhakhtarka qoyska ama farmashiyaha.
Jadwalkan la imow ballan kasta oo aad la leedahay dhakhtarkaaga.`,
  },
  vaccination: {
    title: 'Tallaal dugsiga fasalka {class} – {school}',
    text: `{school} – Tallaal dugsiga

Waalidiin sharafta leh,
{date} dhakhtarka dugsiga ee CLB ayaa imanaya dugsiga. Carruurta fasalka {class} waxay markaas heli karaan tallaal.
Tallaalku wuxuu ka ilaaliyaa cudurro halis ah. Waa bilaash.
Waxaan tallaalnaa oo keliya ogolaanshahaaga. Buuxi foomka oo u celi macallinka.
Sidoo kale sii buugga ama kaarka tallaalka ilmahaaga.
Su'aalo ma ka qabtaa tallaalka? Wac dhakhtarka dugsiga ama weydii dhakhtarka qoyska.`,
  },
  swimming: {
    title: 'Casharka dabaasha fasalka {class} – {school}',
    text: `{school} – Casharka dabaasha fasalka {class}

Waalidiin sharafta leh,
Laga bilaabo {date} fasalka {class} wuxuu aadayaa dabaasha labadii toddobaadba mar, barkadda magaalada. Carruurtu waxay baska la raacayaan macallinka.
Ilmahaaga sii dharka dabaasha, shukumaan iyo shanlo ku jira bac.
Dabaashu waa qayb ka mid ah casharrada. Carruurta oo dhan ayaa ka qaybgalaya. Ilmahaagu ma jiran yahay? Markaas sii warqad dhakhtar.
Casharka dabaashu wuxuu ku kacayaa 1,50 euro mar kasta. Waxaad ku bixinaysaa biilka dugsiga.
Su'aalo? Wac dugsiga: {phone}.`,
  },
  ocmw: {
    title: 'Casuumaad wada hadal lala yeesho shaqaalaha bulshada – {place}',
    text: `{place} – Casuumaad

Marwo sharafta leh, mudane sharafta leh,
Waxaad ballan la leedahay shaqaalahaaga arrimaha bulshada.
Taariikhda: {date}
Saacadda: {time}
Cinwaanka: {place}, {address}
Keen dukumentiyadan: kaarka aqoonsiga, warbixinta bangiga saddexdii bilood ee u dambeeyay, heshiiska kirada iyo warqadaha mushaarka ama gargaarka.
Ma iman kartid? Na soo wac ugu yaraan hal maalin ka hor.
Turjubaan ma u baahan tahay? Noo sheeg, annagaa diyaarinayna.
Salaan diiran,
shaqaalahaaga arrimaha bulshada`,
  },
};
