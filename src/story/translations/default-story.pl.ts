import type { Evidence, Original, Story } from '../story-schema.js';

// Polish, as the press writes it: „cudzysłów”, thousands with a no-break space (10 000, as the kit's
// Polish catalogue formats numbers). "Według doniesień", "mogłaby" and "zabezpieczałyby" carry the
// report's hedging. Each translated quote or excerpt keeps the English words verbatim in `original`.

const english = (text: string): Original => ({ lang: 'en', text });
const fromReport = (excerpt: string, original: string): Evidence => ({
  reportedBy: 'report',
  excerpt,
  original: english(original),
});
const fromAfpOnX = (excerpt: string, original: string): Evidence => ({
  reportedBy: 'afp-on-x',
  excerpt,
  original: english(original),
});

const usCapabilities = fromReport(
  'Oprócz poparcia politycznego koalicja jest zainteresowana uzyskaniem wymiany informacji wywiadowczych, obserwacji i innych form zdolności USA, opartych na systemie 249 satelitów wojskowych.',
  'Next to political backing, the coalition is interested to receive the intelligence sharing, the surveillance, and other forms of the U.S. capabilities based on the system of 249 military satellites.',
);
const objectives = [
  fromReport(
    '„Nasze plany są dobrze dopracowane i mamy jasne cele dla Ukrainy: po pierwsze, zapewnić bezpieczne niebo; po drugie, zapewnić bezpieczne morze; po trzecie, wspierać pokój na lądzie; i po czwarte, wspierać Siły Zbrojne Ukrainy, by same stały się jak najsilniejszym czynnikiem odstraszania” – kontynuował [Healey].',
    '“Our plans are well developed, and we have clear objectives for Ukraine: First, to secure safe skies; second, to secure safe sea; third, to support a peace on the land; and fourth to support the Ukrainian Armed Forces to become their own strongest possible deterrent,” he [Healey] continued.',
  ),
];
const afpSix =
  'Tylko sześć z 30 państw uczestniczących w „koalicji chętnych” wyraziło gotowość wysłania wojsk na Ukrainę – AFP';
const afpSixOriginal =
  'Only six of the 30 countries participating in the "Coalition of the Willing" have expressed their willingness to send troops to Ukraine, — AFP';
const afpNamed =
  'Europejscy urzędnicy przekazali agencji, że do tej szóstki należą Wielka Brytania, Francja i państwa bałtyckie…';
const afpNamedOriginal =
  'European officials told the agency that the six include the United Kingdom, France, and the Baltic…';

const healey = { speaker: 'John Healey', role: 'Minister obrony Wielkiej Brytanii' };

/** The default story in Polish: the same facts, figures and dates as the English one (default-story.ts). */
export const story: Story = {
  schemaVersion: 1,
  lang: 'pl',
  headline: 'Koalicja chętnych spotyka się w kwaterze głównej NATO',
  meeting: {
    name: 'Spotkanie ministrów obrony koalicji chętnych',
    venue: 'kwatera główna NATO',
    city: 'Bruksela',
    date: '2025-04-10',
  },
  coalition: {
    name: 'Koalicja chętnych',
    participantCount: 30,
    description:
      'Państwa Europy, regionu Pacyfiku i Wspólnoty Narodów: głównie sojusznicy z NATO, ale także Austria, Nowa Zelandia i Japonia',
    namedParticipants: [
      { code: 'UK', name: 'Wielka Brytania' },
      { code: 'FR', name: 'Francja' },
      { code: 'AT', name: 'Austria' },
      { code: 'NZ', name: 'Nowa Zelandia' },
      { code: 'JP', name: 'Japonia' },
    ],
    leadPartners: [
      { code: 'UK', name: 'Wielka Brytania' },
      { code: 'FR', name: 'Francja' },
    ],
    initiative: 'Inicjatywa prezydenta Macrona',
    evidence: [
      fromReport(
        'determinacja Wielkiej Brytanii i Francji jako najbliższych partnerów w inicjatywie koalicji oraz imponujące zgromadzenie 30 państw, głównie sojuszników z NATO, ale także Austrii, Nowej Zelandii i Japonii',
        'determination of Great Britain, and France as closest partners in the coalition initiative, and the impressive assembly of 30 countries, mainly NATO allies, but also Austria, New Zealand, and Japan',
      ),
      fromReport(
        'Promując swoją inicjatywę, prezydent Macron podkreślił, że plany koalicji chętnych będą realizowane „z USA lub bez nich”.',
        'While promoting his initiative President Macron underlined that the plans of Coalition of Willing would go ahead “with or without the U.S.”',
      ),
    ],
  },
  troops: {
    readyCount: 6,
    namedReady: [
      { code: 'UK', name: 'Wielka Brytania' },
      { code: 'FR', name: 'Francja' },
    ],
    caveat:
      'Wpis na X cytujący AFP wymienia wśród sześciu Wielką Brytanię, Francję i „państwa bałtyckie…”, po czym się urywa.',
    otherContributions: 'Pozostali oferują inne formy wkładu wojskowego, w tym – co nie mniej ważne – szkolenia.',
    evidence: [
      fromReport(
        'Tymczasem 30 państw, w tym kraje europejskie, regionu Pacyfiku i Wspólnoty Narodów, uczestniczy w rozmowach koalicji, a sześć z nich według doniesień rozważa wysłanie swoich wojsk.',
        'Meanwhile 30 countries, including European, Pacific, and Commonwealth nations, have been engaged in the coalition’s talks, and six among them reportedly considering to contribute their troops.',
      ),
      fromAfpOnX(afpSix, afpSixOriginal),
      fromAfpOnX(afpNamed, afpNamedOriginal),
      fromReport(
        'Pozostali partnerzy koalicji oferują inne formy wkładu wojskowego. Nie mniej ważne są szkolenia wojskowe, które z pewnością będą kontynuowane.',
        'The other partners in the Coalition are offering the other forms of military contribution. Not least are the military training, which will certainly continue.',
      ),
    ],
  },
  force: {
    min: 10000,
    max: 30000,
    role: 'Wojska te zabezpieczałyby obiekty strategiczne na tyłach',
    evidence: [
      fromReport(
        'wojska sojusznicze, których liczebność mogłaby wynosić od 10\u00a0000 do 30\u00a0000, zabezpieczałyby obiekty strategiczne na tyłach.',
        'the allied troops, which could number between 10,000 and 30,000, would secure strategic facilities in the rear.',
      ),
    ],
  },
  objectives: [
    { id: 'safe-skies', title: 'Bezpieczne niebo', text: 'Zapewnić bezpieczne niebo', evidence: objectives },
    { id: 'safe-sea', title: 'Bezpieczne morze', text: 'Zapewnić bezpieczne morze', evidence: objectives },
    { id: 'peace-on-land', title: 'Pokój na lądzie', text: 'Wspierać pokój na lądzie', evidence: objectives },
    {
      id: 'own-deterrent',
      title: 'Własne odstraszanie Ukrainy',
      text: 'Wspierać Siły Zbrojne Ukrainy, by same stały się jak najsilniejszym czynnikiem odstraszania',
      evidence: objectives,
    },
  ],
  usPosition: {
    summary:
      'Administracja Trumpa wykluczyła udział USA w „siłach reasekuracyjnych”. Brytyjscy urzędnicy podkreślają, że wkład USA jest kluczowy, podała agencja Bloomberg; artykuł ocenia, że bez USA te wysiłki nie byłyby trwałe.',
    sought: ['Poparcie polityczne', 'Wymiana informacji wywiadowczych', 'Obserwacja', 'Wsparcie satelitarne'],
    evidence: [
      fromReport(
        'Wcześniej administracja prezydenta Trumpa wykluczyła udział USA w „siłach reasekuracyjnych”.',
        'Previously the President Trump administration has excluded the U.S. participation in the “reassurance force”.',
      ),
      {
        reportedBy: 'bloomberg',
        excerpt:
          'Brytyjscy urzędnicy podkreślają, że wkład USA jest kluczową częścią zamierzeń koalicji chętnych, podała agencja Bloomberg',
        original: english(
          'The U.K. officials insist that the U.S. contribution is a key part of the Coalition of willing intentions, Bloomberg reported',
        ),
      },
      fromReport(
        'Jednak z oczywistych powodów te wysiłki nie byłyby trwałe bez udziału USA w takiej czy innej formie, w tym poparcia politycznego.',
        'However for obvious reasons these efforts wouldn’t be sustainable without the U.S. participation in one or the other form, including the political endorsement.',
      ),
      usCapabilities,
    ],
  },
  satellites: {
    countries: [
      { code: 'US', name: 'Stany Zjednoczone', count: 249 },
      { code: 'FR', name: 'Francja', count: 17 },
      {
        code: 'UK',
        name: 'Wielka Brytania',
        count: 6,
        note: 'Satelity operacyjne; Wielka Brytania korzysta też z usług amerykańskich konstelacji satelitów.',
      },
    ],
    source: 'artykuł, który nie podaje, skąd pochodzą te dane.',
    evidence: [
      usCapabilities,
      fromReport(
        'Dla porównania Francja ma 17 satelitów wojskowych, a Wielka Brytania tylko sześć operacyjnych, ponieważ przywykła do korzystania z usług amerykańskich konstelacji satelitów.',
        'For comparison France has 17 military satellites, and the UK has only six operational ones, being used to receive services from the U.S. constellations.',
      ),
    ],
  },
  quotes: [
    {
      id: 'healey-planning',
      text: 'Nasze planowanie jest realne i konkretne. Nasze plany są dobrze dopracowane i mamy jasne cele dla Ukrainy',
      original: english(
        'Our planning is real and substantial. Our plans are well developed and we have clear objectives for Ukraine',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Przemówienie otwierające, kwatera główna NATO, Bruksela',
    },
    {
      id: 'healey-strongest-position',
      lead: 'Healey powiedział, że Wielka Brytania jest zdecydowana zapewnić Ukrainie',
      text: 'jak najsilniejszą pozycję na polu bitwy i w negocjacjach, aby pomóc w zagwarantowaniu trwałego pokoju',
      original: english(
        'strongest possible position on the battlefield and through negotiations to help secure a lasting peace',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Przemówienie otwierające, kwatera główna NATO, Bruksela',
    },
    {
      id: 'healey-post',
      text: 'Dziś w Brukseli ministrowie obrony i dowódcy wojskowi spotkali się, by wzmocnić impet i postępy naszej koalicji chętnych.\nStoimy u boku Ukrainy w walce i będziemy stać u boku Ukrainy w czasie pokoju.',
      original: english(
        'In Brussels today, Defence Ministers and military leaders came together to build the momentum and progress of our Coalition of the Willing.\nWe stand by Ukraine in the fight, and we will stand by Ukraine in the peace.',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Wpis na X',
      post: { platform: 'X', handle: '@JohnHealey_MP', url: 'https://pic.twitter.com/Y0mJkTRH5u' },
    },
    {
      id: 'macron-with-or-without',
      lead: 'Macron powiedział, że plany koalicji będą realizowane',
      text: 'z USA lub bez nich',
      original: english('with or without the U.S.'),
      speaker: 'Emmanuel Macron',
      role: 'Prezydent Francji',
      setting: 'Podczas promowania inicjatywy koalicji chętnych',
    },
    {
      id: 'nauditt-post',
      text: `Koalicja niechętnych.\n${afpSix}\n${afpNamed}`,
      original: english(`The coalition of the unwilling.\n${afpSixOriginal}\n${afpNamedOriginal}`),
      speaker: 'Jürgen Nauditt',
      role: 'Użytkownik X powołujący się na AFP',
      date: '2025-04-10',
      setting: 'Wpis na X',
      post: { platform: 'X', handle: '@jurgen_nauditt', url: 'https://pic.twitter.com/DpKHavv0Em' },
    },
    {
      id: 'healey-stepping-up',
      text: 'Działamy wspólnie, gotowi zabezpieczyć przyszłość Ukrainy po zawarciu jakiegokolwiek porozumienia pokojowego. Nadajemy dziś tutaj rozpędu temu planowaniu, planując zapewnić Ukrainie jak najsilniejszą pozycję, by mogła chronić swoją suwerenność i odstraszać od wszelkiej dalszej rosyjskiej agresji',
      original: english(
        'We are stepping up as one ready to secure Ukraine’s future following any peace deal. We advance the momentum of that planning here today, planning to put Ukraine in the strongest possible position to protect its sovereignty and to deter any further Russian aggression',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Otwarcie spotkania, kwatera główna NATO, Bruksela',
    },
    {
      id: 'healey-objectives',
      text: 'Nasze plany są dobrze dopracowane i mamy jasne cele dla Ukrainy: po pierwsze, zapewnić bezpieczne niebo; po drugie, zapewnić bezpieczne morze; po trzecie, wspierać pokój na lądzie; i po czwarte, wspierać Siły Zbrojne Ukrainy, by same stały się jak najsilniejszym czynnikiem odstraszania',
      original: english(
        'Our plans are well developed, and we have clear objectives for Ukraine: First, to secure safe skies; second, to secure safe sea; third, to support a peace on the land; and fourth to support the Ukrainian Armed Forces to become their own strongest possible deterrent',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Kwatera główna NATO, Bruksela',
    },
    {
      id: 'healey-pressure',
      text: 'Musimy wywrzeć większą presję na [rosyjskiego] prezydenta [Władimira] Putina, by zakończył swoją wojnę, i musimy zwiększyć nasze wsparcie dla Ukrainy, zarówno w walce, jak i w dążeniu do pokoju',
      original: english(
        'We must put more pressure on [Russian] President [Vladimir] Putin to end his war, and we must step up our support for Ukraine, both in the fight and in the push for peace',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Przemówienie końcowe, kwatera główna NATO, Bruksela',
    },
  ],
  report: {
    author: 'Anna van Densky',
    city: 'Bruksela',
    date: '2025-04-10',
  },
  sources: [
    { id: 'report', name: 'artykuł' },
    { id: 'afp-on-x', name: 'AFP, cytowana na X przez prywatne konto @jurgen_nauditt' },
    { id: 'bloomberg', name: 'Bloomberg' },
  ],
};
