import type { Evidence, Original, Story } from '../story-schema.js';

// German, as the press writes it: „Anführungszeichen“, thousands with a point (10.000, as the kit's
// German catalogue formats numbers). "Berichten zufolge", "könnten" and "würden" carry the report's
// hedging. Each translated quote or excerpt keeps the English words verbatim in `original`.

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
  'Neben politischer Rückendeckung möchte die Koalition den Austausch nachrichtendienstlicher Erkenntnisse, die Überwachung und andere Formen der Fähigkeiten der USA erhalten, die auf dem System von 249 Militärsatelliten beruhen.',
  'Next to political backing, the coalition is interested to receive the intelligence sharing, the surveillance, and other forms of the U.S. capabilities based on the system of 249 military satellites.',
);
const objectives = [
  fromReport(
    '„Unsere Pläne sind weit fortgeschritten, und wir haben klare Ziele für die Ukraine: erstens einen sicheren Luftraum zu gewährleisten; zweitens ein sicheres Meer zu gewährleisten; drittens einen Frieden an Land zu unterstützen; und viertens die ukrainischen Streitkräfte darin zu unterstützen, selbst zur stärkstmöglichen Abschreckung zu werden“, fuhr er [Healey] fort.',
    '“Our plans are well developed, and we have clear objectives for Ukraine: First, to secure safe skies; second, to secure safe sea; third, to support a peace on the land; and fourth to support the Ukrainian Armed Forces to become their own strongest possible deterrent,” he [Healey] continued.',
  ),
];
const afpSix =
  'Nur sechs der 30 Länder, die an der „Koalition der Willigen“ teilnehmen, haben ihre Bereitschaft erklärt, Truppen in die Ukraine zu entsenden – AFP';
const afpSixOriginal =
  'Only six of the 30 countries participating in the "Coalition of the Willing" have expressed their willingness to send troops to Ukraine, — AFP';
const afpNamed =
  'Europäische Regierungsvertreter sagten der Agentur, zu den sechs gehörten das Vereinigte Königreich, Frankreich und die baltischen…';
const afpNamedOriginal =
  'European officials told the agency that the six include the United Kingdom, France, and the Baltic…';

const healey = { speaker: 'John Healey', role: 'Britischer Verteidigungsminister' };

/** The default story in German: the same facts, figures and dates as the English one (default-story.ts). */
export const story: Story = {
  schemaVersion: 1,
  lang: 'de',
  headline: 'Koalition der Willigen trifft sich im NATO-Hauptquartier',
  meeting: {
    name: 'Treffen der Verteidigungsminister der Koalition der Willigen',
    venue: 'NATO-Hauptquartier',
    city: 'Brüssel',
    date: '2025-04-10',
  },
  coalition: {
    name: 'Koalition der Willigen',
    participantCount: 30,
    description:
      'Staaten aus Europa, dem Pazifikraum und dem Commonwealth: vor allem NATO-Verbündete, aber auch Österreich, Neuseeland und Japan',
    namedParticipants: [
      { code: 'UK', name: 'Vereinigtes Königreich' },
      { code: 'FR', name: 'Frankreich' },
      { code: 'AT', name: 'Österreich' },
      { code: 'NZ', name: 'Neuseeland' },
      { code: 'JP', name: 'Japan' },
    ],
    leadPartners: [
      { code: 'UK', name: 'Vereinigtes Königreich' },
      { code: 'FR', name: 'Frankreich' },
    ],
    initiative: 'Eine Initiative von Präsident Macron',
    evidence: [
      fromReport(
        'die Entschlossenheit Großbritanniens und Frankreichs als engste Partner der Koalitionsinitiative und die beeindruckende Versammlung von 30 Ländern, vor allem NATO-Verbündeten, aber auch Österreich, Neuseeland und Japan',
        'determination of Great Britain, and France as closest partners in the coalition initiative, and the impressive assembly of 30 countries, mainly NATO allies, but also Austria, New Zealand, and Japan',
      ),
      fromReport(
        'Bei der Werbung für seine Initiative betonte Präsident Macron, die Pläne der Koalition der Willigen würden „mit oder ohne die USA“ vorangetrieben.',
        'While promoting his initiative President Macron underlined that the plans of Coalition of Willing would go ahead “with or without the U.S.”',
      ),
    ],
  },
  troops: {
    readyCount: 6,
    namedReady: [
      { code: 'UK', name: 'Vereinigtes Königreich' },
      { code: 'FR', name: 'Frankreich' },
    ],
    caveat:
      'Ein Beitrag auf X, der AFP zitiert, nennt unter den sechs das Vereinigte Königreich, Frankreich und „die baltischen…“, bevor er abbricht.',
    otherContributions: 'Die übrigen bieten andere militärische Beiträge an, nicht zuletzt Ausbildung.',
    evidence: [
      fromReport(
        'Inzwischen sind 30 Länder, darunter europäische und pazifische Staaten sowie Staaten des Commonwealth, an den Gesprächen der Koalition beteiligt, und sechs von ihnen erwägen Berichten zufolge, eigene Truppen zu stellen.',
        'Meanwhile 30 countries, including European, Pacific, and Commonwealth nations, have been engaged in the coalition’s talks, and six among them reportedly considering to contribute their troops.',
      ),
      fromAfpOnX(afpSix, afpSixOriginal),
      fromAfpOnX(afpNamed, afpNamedOriginal),
      fromReport(
        'Die anderen Partner der Koalition bieten andere Formen militärischer Beiträge an. Nicht zuletzt gehört dazu die militärische Ausbildung, die sicherlich fortgesetzt wird.',
        'The other partners in the Coalition are offering the other forms of military contribution. Not least are the military training, which will certainly continue.',
      ),
    ],
  },
  force: {
    min: 10000,
    max: 30000,
    role: 'Die Truppen würden strategische Einrichtungen im rückwärtigen Raum sichern',
    evidence: [
      fromReport(
        'die alliierten Truppen, die zwischen 10.000 und 30.000 Soldaten umfassen könnten, würden strategische Einrichtungen im rückwärtigen Raum sichern.',
        'the allied troops, which could number between 10,000 and 30,000, would secure strategic facilities in the rear.',
      ),
    ],
  },
  objectives: [
    {
      id: 'safe-skies',
      title: 'Sicherer Luftraum',
      text: 'Einen sicheren Luftraum gewährleisten',
      evidence: objectives,
    },
    { id: 'safe-sea', title: 'Sicheres Meer', text: 'Ein sicheres Meer gewährleisten', evidence: objectives },
    { id: 'peace-on-land', title: 'Frieden an Land', text: 'Einen Frieden an Land unterstützen', evidence: objectives },
    {
      id: 'own-deterrent',
      title: 'Die eigene Abschreckung der Ukraine',
      text: 'Die ukrainischen Streitkräfte darin unterstützen, selbst zur stärkstmöglichen Abschreckung zu werden',
      evidence: objectives,
    },
  ],
  usPosition: {
    summary:
      'Die Trump-Regierung hat eine Beteiligung der USA an der „Rückversicherungstruppe“ ausgeschlossen. Britische Regierungsvertreter bestehen darauf, dass der Beitrag der USA entscheidend sei, berichtete Bloomberg; der Bericht urteilt, dass die Bemühungen ohne die USA nicht tragfähig wären.',
    sought: [
      'Politische Rückendeckung',
      'Austausch nachrichtendienstlicher Erkenntnisse',
      'Überwachung',
      'Unterstützung durch Satelliten',
    ],
    evidence: [
      fromReport(
        'Zuvor hatte die Regierung von Präsident Trump eine Beteiligung der USA an der „Rückversicherungstruppe“ ausgeschlossen.',
        'Previously the President Trump administration has excluded the U.S. participation in the “reassurance force”.',
      ),
      {
        reportedBy: 'bloomberg',
        excerpt:
          'Die britischen Regierungsvertreter bestehen darauf, dass der Beitrag der USA ein zentraler Bestandteil der Absichten der Koalition der Willigen ist, berichtete Bloomberg',
        original: english(
          'The U.K. officials insist that the U.S. contribution is a key part of the Coalition of willing intentions, Bloomberg reported',
        ),
      },
      fromReport(
        'Aus naheliegenden Gründen wären diese Bemühungen jedoch ohne eine Beteiligung der USA in der einen oder anderen Form, einschließlich der politischen Unterstützung, nicht tragfähig.',
        'However for obvious reasons these efforts wouldn’t be sustainable without the U.S. participation in one or the other form, including the political endorsement.',
      ),
      usCapabilities,
    ],
  },
  satellites: {
    countries: [
      { code: 'US', name: 'Vereinigte Staaten', count: 249 },
      { code: 'FR', name: 'Frankreich', count: 17 },
      {
        code: 'UK',
        name: 'Vereinigtes Königreich',
        count: 6,
        note: 'Einsatzbereite Satelliten; das Vereinigte Königreich nutzt zudem Dienste von US-Satellitenkonstellationen.',
      },
    ],
    source: 'der Bericht, der nicht angibt, woher seine Zahlen stammen.',
    evidence: [
      usCapabilities,
      fromReport(
        'Zum Vergleich: Frankreich verfügt über 17 Militärsatelliten und das Vereinigte Königreich nur über sechs einsatzbereite, da es gewohnt ist, Dienste von US-Satellitenkonstellationen zu nutzen.',
        'For comparison France has 17 military satellites, and the UK has only six operational ones, being used to receive services from the U.S. constellations.',
      ),
    ],
  },
  quotes: [
    {
      id: 'healey-planning',
      text: 'Unsere Planung ist real und substanziell. Unsere Pläne sind weit fortgeschritten, und wir haben klare Ziele für die Ukraine',
      original: english(
        'Our planning is real and substantial. Our plans are well developed and we have clear objectives for Ukraine',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Eröffnungsrede, NATO-Hauptquartier, Brüssel',
    },
    {
      id: 'healey-strongest-position',
      lead: 'Healey sagte, Großbritannien habe sich verpflichtet, die Ukraine in die',
      text: 'stärkstmögliche Position auf dem Schlachtfeld und in Verhandlungen zu bringen, um einen dauerhaften Frieden sichern zu helfen',
      original: english(
        'strongest possible position on the battlefield and through negotiations to help secure a lasting peace',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Eröffnungsrede, NATO-Hauptquartier, Brüssel',
    },
    {
      id: 'healey-post',
      text: 'Heute sind in Brüssel Verteidigungsminister und militärische Führungskräfte zusammengekommen, um die Dynamik und die Fortschritte unserer Koalition der Willigen auszubauen.\nWir stehen der Ukraine im Kampf zur Seite, und wir werden der Ukraine im Frieden zur Seite stehen.',
      original: english(
        'In Brussels today, Defence Ministers and military leaders came together to build the momentum and progress of our Coalition of the Willing.\nWe stand by Ukraine in the fight, and we will stand by Ukraine in the peace.',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Beitrag auf X',
      post: { platform: 'X', handle: '@JohnHealey_MP', url: 'https://pic.twitter.com/Y0mJkTRH5u' },
    },
    {
      id: 'macron-with-or-without',
      lead: 'Macron sagte, die Pläne der Koalition würden vorangetrieben,',
      text: 'mit oder ohne die USA',
      original: english('with or without the U.S.'),
      speaker: 'Emmanuel Macron',
      role: 'Französischer Staatspräsident',
      setting: 'Bei der Werbung für die Initiative der Koalition der Willigen',
    },
    {
      id: 'nauditt-post',
      text: `Die Koalition der Unwilligen.\n${afpSix}\n${afpNamed}`,
      original: english(`The coalition of the unwilling.\n${afpSixOriginal}\n${afpNamedOriginal}`),
      speaker: 'Jürgen Nauditt',
      role: 'Nutzer auf X, unter Berufung auf AFP',
      date: '2025-04-10',
      setting: 'Beitrag auf X',
      post: { platform: 'X', handle: '@jurgen_nauditt', url: 'https://pic.twitter.com/DpKHavv0Em' },
    },
    {
      id: 'healey-stepping-up',
      text: 'Wir treten geschlossen an, bereit, die Zukunft der Ukraine nach jedem Friedensabkommen zu sichern. Wir treiben diese Planung heute hier voran, eine Planung, die die Ukraine in die stärkstmögliche Position bringen soll, um ihre Souveränität zu schützen und von jeder weiteren russischen Aggression abzuschrecken',
      original: english(
        'We are stepping up as one ready to secure Ukraine’s future following any peace deal. We advance the momentum of that planning here today, planning to put Ukraine in the strongest possible position to protect its sovereignty and to deter any further Russian aggression',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Eröffnung des Treffens, NATO-Hauptquartier, Brüssel',
    },
    {
      id: 'healey-objectives',
      text: 'Unsere Pläne sind weit fortgeschritten, und wir haben klare Ziele für die Ukraine: erstens einen sicheren Luftraum zu gewährleisten; zweitens ein sicheres Meer zu gewährleisten; drittens einen Frieden an Land zu unterstützen; und viertens die ukrainischen Streitkräfte darin zu unterstützen, selbst zur stärkstmöglichen Abschreckung zu werden',
      original: english(
        'Our plans are well developed, and we have clear objectives for Ukraine: First, to secure safe skies; second, to secure safe sea; third, to support a peace on the land; and fourth to support the Ukrainian Armed Forces to become their own strongest possible deterrent',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'NATO-Hauptquartier, Brüssel',
    },
    {
      id: 'healey-pressure',
      text: 'Wir müssen den Druck auf den [russischen] Präsidenten [Wladimir] Putin erhöhen, damit er seinen Krieg beendet, und wir müssen unsere Unterstützung für die Ukraine verstärken, sowohl im Kampf als auch im Ringen um Frieden',
      original: english(
        'We must put more pressure on [Russian] President [Vladimir] Putin to end his war, and we must step up our support for Ukraine, both in the fight and in the push for peace',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Schlussworte, NATO-Hauptquartier, Brüssel',
    },
  ],
  report: {
    author: 'Anna van Densky',
    city: 'Brüssel',
    date: '2025-04-10',
  },
  sources: [
    { id: 'report', name: 'der Bericht' },
    { id: 'afp-on-x', name: 'AFP, zitiert auf X von @jurgen_nauditt, einem privaten Konto' },
    { id: 'bloomberg', name: 'Bloomberg' },
  ],
};
