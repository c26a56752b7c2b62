import type { Evidence, Original, Story } from '../story-schema.js';

// Ukrainian, as the press writes it: «лапки» („…“ inside them), thousands with a no-break space
// (10 000, as the kit's Ukrainian catalogue formats numbers), ", — AFP" after a quoted statement.
// "За повідомленнями", "могла б" and "мали б" carry the report's hedging. Names as the Ukrainian
// press writes them (Джон Гілі, Емманюель Макрон). Each translated quote or excerpt keeps the English
// words verbatim in `original`.

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
  'Окрім політичної підтримки, коаліція зацікавлена в обміні розвідданими, спостереженні та інших формах можливостей США, що ґрунтуються на системі з 249 військових супутників.',
  'Next to political backing, the coalition is interested to receive the intelligence sharing, the surveillance, and other forms of the U.S. capabilities based on the system of 249 military satellites.',
);
const objectives = [
  fromReport(
    '«Наші плани добре опрацьовані, і ми маємо чіткі цілі щодо України: по-перше, забезпечити безпечне небо; по-друге, забезпечити безпечне море; по-третє, підтримати мир на суходолі; і по-четверте, підтримати Збройні сили України, щоб вони самі стали якнайсильнішим засобом стримування», — продовжив він [Гілі].',
    '“Our plans are well developed, and we have clear objectives for Ukraine: First, to secure safe skies; second, to secure safe sea; third, to support a peace on the land; and fourth to support the Ukrainian Armed Forces to become their own strongest possible deterrent,” he [Healey] continued.',
  ),
];
const afpSix =
  'Лише шість із 30 країн, які беруть участь у «коаліції охочих», висловили готовність відправити війська в Україну, — AFP';
const afpSixOriginal =
  'Only six of the 30 countries participating in the "Coalition of the Willing" have expressed their willingness to send troops to Ukraine, — AFP';
const afpNamed =
  'Європейські посадовці повідомили агентству, що до цієї шістки входять Велика Британія, Франція та балтійські…';
const afpNamedOriginal =
  'European officials told the agency that the six include the United Kingdom, France, and the Baltic…';

const healey = { speaker: 'Джон Гілі', role: 'Міністр оборони Великої Британії' };

/** The default story in Ukrainian: the same facts, figures and dates as the English one (default-story.ts). */
export const story: Story = {
  schemaVersion: 1,
  lang: 'uk',
  headline: 'Коаліція охочих зустрічається в штаб-квартирі НАТО',
  meeting: {
    name: 'Зустріч міністрів оборони коаліції охочих',
    venue: 'штаб-квартира НАТО',
    city: 'Брюссель',
    date: '2025-04-10',
  },
  coalition: {
    name: 'Коаліція охочих',
    participantCount: 30,
    description:
      'Країни Європи, Тихоокеанського регіону та Співдружності націй: переважно союзники по НАТО, але також Австрія, Нова Зеландія та Японія',
    namedParticipants: [
      { code: 'UK', name: 'Велика Британія' },
      { code: 'FR', name: 'Франція' },
      { code: 'AT', name: 'Австрія' },
      { code: 'NZ', name: 'Нова Зеландія' },
      { code: 'JP', name: 'Японія' },
    ],
    leadPartners: [
      { code: 'UK', name: 'Велика Британія' },
      { code: 'FR', name: 'Франція' },
    ],
    initiative: 'Ініціатива президента Макрона',
    evidence: [
      fromReport(
        'рішучість Великої Британії та Франції як найближчих партнерів в ініціативі коаліції, а також вражаюче зібрання 30 країн, переважно союзників по НАТО, але також Австрії, Нової Зеландії та Японії',
        'determination of Great Britain, and France as closest partners in the coalition initiative, and the impressive assembly of 30 countries, mainly NATO allies, but also Austria, New Zealand, and Japan',
      ),
      fromReport(
        'Просуваючи свою ініціативу, президент Макрон наголосив, що плани коаліції охочих буде втілено «зі США чи без них».',
        'While promoting his initiative President Macron underlined that the plans of Coalition of Willing would go ahead “with or without the U.S.”',
      ),
    ],
  },
  troops: {
    readyCount: 6,
    namedReady: [
      { code: 'UK', name: 'Велика Британія' },
      { code: 'FR', name: 'Франція' },
    ],
    caveat:
      'Допис в X, що цитує AFP, називає серед шести Велику Британію, Францію та «балтійські…», після чого текст обривається.',
    otherContributions: 'Інші пропонують інші форми військового внеску, не в останню чергу навчання.',
    evidence: [
      fromReport(
        'Тим часом 30 країн, зокрема європейські, тихоокеанські держави та країни Співдружності, долучилися до переговорів коаліції, і шість із них, за повідомленнями, розглядають можливість надати свої війська.',
        'Meanwhile 30 countries, including European, Pacific, and Commonwealth nations, have been engaged in the coalition’s talks, and six among them reportedly considering to contribute their troops.',
      ),
      fromAfpOnX(afpSix, afpSixOriginal),
      fromAfpOnX(afpNamed, afpNamedOriginal),
      fromReport(
        'Інші партнери коаліції пропонують інші форми військового внеску. Не в останню чергу це військове навчання, яке, безумовно, триватиме.',
        'The other partners in the Coalition are offering the other forms of military contribution. Not least are the military training, which will certainly continue.',
      ),
    ],
  },
  force: {
    min: 10000,
    max: 30000,
    role: 'Ці війська мали б охороняти стратегічні об’єкти в тилу',
    evidence: [
      fromReport(
        'союзні війська, чисельність яких могла б становити від 10\u00a0000 до 30\u00a0000, мали б охороняти стратегічні об’єкти в тилу.',
        'the allied troops, which could number between 10,000 and 30,000, would secure strategic facilities in the rear.',
      ),
    ],
  },
  objectives: [
    { id: 'safe-skies', title: 'Безпечне небо', text: 'Забезпечити безпечне небо', evidence: objectives },
    { id: 'safe-sea', title: 'Безпечне море', text: 'Забезпечити безпечне море', evidence: objectives },
    { id: 'peace-on-land', title: 'Мир на суходолі', text: 'Підтримати мир на суходолі', evidence: objectives },
    {
      id: 'own-deterrent',
      title: 'Власне стримування України',
      text: 'Підтримати Збройні сили України, щоб вони самі стали якнайсильнішим засобом стримування',
      evidence: objectives,
    },
  ],
  usPosition: {
    summary:
      'Адміністрація Трампа виключила участь США в «силах заспокоєння». Британські посадовці наполягають, що внесок США є ключовим, повідомило агентство Bloomberg; репортаж оцінює, що без США ці зусилля не були б стійкими.',
    sought: ['Політична підтримка', 'Обмін розвідданими', 'Спостереження', 'Супутникова підтримка'],
    evidence: [
      fromReport(
        'Раніше адміністрація президента Трампа виключила участь США в «силах заспокоєння».',
        'Previously the President Trump administration has excluded the U.S. participation in the “reassurance force”.',
      ),
      {
        reportedBy: 'bloomberg',
        excerpt:
          'Британські посадовці наполягають, що внесок США є ключовою частиною намірів коаліції охочих, повідомило агентство Bloomberg',
        original: english(
          'The U.K. officials insist that the U.S. contribution is a key part of the Coalition of willing intentions, Bloomberg reported',
        ),
      },
      fromReport(
        'Проте зі зрозумілих причин ці зусилля не були б стійкими без участі США в тій чи іншій формі, зокрема без політичної підтримки.',
        'However for obvious reasons these efforts wouldn’t be sustainable without the U.S. participation in one or the other form, including the political endorsement.',
      ),
      usCapabilities,
    ],
  },
  satellites: {
    countries: [
      { code: 'US', name: 'США', count: 249 },
      { code: 'FR', name: 'Франція', count: 17 },
      {
        code: 'UK',
        name: 'Велика Британія',
        count: 6,
        note: 'Діючі супутники; Велика Британія також отримує послуги від супутникових угруповань США.',
      },
    ],
    source: 'репортаж, який не вказує, звідки взято ці цифри.',
    evidence: [
      usCapabilities,
      fromReport(
        'Для порівняння: Франція має 17 військових супутників, а Велика Британія — лише шість діючих, адже звикла отримувати послуги від супутникових угруповань США.',
        'For comparison France has 17 military satellites, and the UK has only six operational ones, being used to receive services from the U.S. constellations.',
      ),
    ],
  },
  quotes: [
    {
      id: 'healey-planning',
      text: 'Наше планування є реальним і суттєвим. Наші плани добре опрацьовані, і ми маємо чіткі цілі щодо України',
      original: english(
        'Our planning is real and substantial. Our plans are well developed and we have clear objectives for Ukraine',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Вступне слово, штаб-квартира НАТО, Брюссель',
    },
    {
      id: 'healey-strongest-position',
      lead: 'Гілі заявив, що Британія налаштована поставити Україну в',
      text: 'якомога сильнішу позицію на полі бою та через переговори, щоб допомогти забезпечити тривалий мир',
      original: english(
        'strongest possible position on the battlefield and through negotiations to help secure a lasting peace',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Вступне слово, штаб-квартира НАТО, Брюссель',
    },
    {
      id: 'healey-post',
      text: 'Сьогодні в Брюсселі міністри оборони та військові керівники зібралися разом, щоб розвинути динаміку й поступ нашої коаліції охочих.\nМи стоїмо пліч-о-пліч з Україною в боротьбі й стоятимемо пліч-о-пліч з Україною в мирі.',
      original: english(
        'In Brussels today, Defence Ministers and military leaders came together to build the momentum and progress of our Coalition of the Willing.\nWe stand by Ukraine in the fight, and we will stand by Ukraine in the peace.',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Допис в X',
      post: { platform: 'X', handle: '@JohnHealey_MP', url: 'https://pic.twitter.com/Y0mJkTRH5u' },
    },
    {
      id: 'macron-with-or-without',
      lead: 'Макрон заявив, що плани коаліції буде втілено',
      text: 'зі США чи без них',
      original: english('with or without the U.S.'),
      speaker: 'Емманюель Макрон',
      role: 'Президент Франції',
      setting: 'Під час просування ініціативи коаліції охочих',
    },
    {
      id: 'nauditt-post',
      text: `Коаліція неохочих.\n${afpSix}\n${afpNamed}`,
      original: english(`The coalition of the unwilling.\n${afpSixOriginal}\n${afpNamedOriginal}`),
      speaker: 'Юрген Наудітт',
      role: 'Користувач X, посилається на AFP',
      date: '2025-04-10',
      setting: 'Допис в X',
      post: { platform: 'X', handle: '@jurgen_nauditt', url: 'https://pic.twitter.com/DpKHavv0Em' },
    },
    {
      id: 'healey-stepping-up',
      text: 'Ми діємо як одне ціле, готові забезпечити майбутнє України після будь-якої мирної угоди. Сьогодні тут ми надаємо цьому плануванню нового імпульсу, плануючи поставити Україну в якомога сильнішу позицію, щоб захистити її суверенітет і стримати будь-яку подальшу російську агресію',
      original: english(
        'We are stepping up as one ready to secure Ukraine’s future following any peace deal. We advance the momentum of that planning here today, planning to put Ukraine in the strongest possible position to protect its sovereignty and to deter any further Russian aggression',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Відкриття зустрічі, штаб-квартира НАТО, Брюссель',
    },
    {
      id: 'healey-objectives',
      text: 'Наші плани добре опрацьовані, і ми маємо чіткі цілі щодо України: по-перше, забезпечити безпечне небо; по-друге, забезпечити безпечне море; по-третє, підтримати мир на суходолі; і по-четверте, підтримати Збройні сили України, щоб вони самі стали якнайсильнішим засобом стримування',
      original: english(
        'Our plans are well developed, and we have clear objectives for Ukraine: First, to secure safe skies; second, to secure safe sea; third, to support a peace on the land; and fourth to support the Ukrainian Armed Forces to become their own strongest possible deterrent',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Штаб-квартира НАТО, Брюссель',
    },
    {
      id: 'healey-pressure',
      text: 'Ми маємо посилити тиск на [російського] президента [Володимира] Путіна, щоб він припинив свою війну, і ми маємо наростити нашу підтримку України — як у боротьбі, так і в зусиллях заради миру',
      original: english(
        'We must put more pressure on [Russian] President [Vladimir] Putin to end his war, and we must step up our support for Ukraine, both in the fight and in the push for peace',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Заключне слово, штаб-квартира НАТО, Брюссель',
    },
  ],
  report: {
    author: 'Анна ван Денскі',
    city: 'Брюссель',
    date: '2025-04-10',
  },
  sources: [
    { id: 'report', name: 'репортаж' },
    { id: 'afp-on-x', name: 'AFP, як цитує в X приватний акаунт @jurgen_nauditt' },
    { id: 'bloomberg', name: 'Bloomberg' },
  ],
};
