import type { Evidence, Original, Story } from '../story-schema.js';

// French, as the press writes it: « guillemets » and a no-break space before : ; ? ! and inside the
// guillemets (U+00A0, as the kit's French catalogue has it), a narrow no-break space between thousands
// (10 000, as the catalogue formats numbers). The conditional carries the report's hedging
// ("envisageraient", "pourraient", "sécuriseraient"). Each translated quote or excerpt keeps the
// English words verbatim in `original`.

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
  'Outre un soutien politique, la coalition souhaite bénéficier du partage du renseignement, de la surveillance et d’autres formes de capacités américaines reposant sur le système de 249\u00a0satellites militaires.',
  'Next to political backing, the coalition is interested to receive the intelligence sharing, the surveillance, and other forms of the U.S. capabilities based on the system of 249 military satellites.',
);
const objectives = [
  fromReport(
    '«\u00a0Nos plans sont bien avancés et nous avons des objectifs clairs pour l’Ukraine\u00a0: premièrement, sécuriser le ciel\u00a0; deuxièmement, sécuriser la mer\u00a0; troisièmement, soutenir la paix sur terre\u00a0; et quatrièmement, aider les forces armées ukrainiennes à devenir elles-mêmes la dissuasion la plus forte possible\u00a0», a-t-il [Healey] poursuivi.',
    '“Our plans are well developed, and we have clear objectives for Ukraine: First, to secure safe skies; second, to secure safe sea; third, to support a peace on the land; and fourth to support the Ukrainian Armed Forces to become their own strongest possible deterrent,” he [Healey] continued.',
  ),
];
const afpSix =
  'Seuls six des 30\u00a0pays participant à la «\u00a0coalition des volontaires\u00a0» ont exprimé leur volonté d’envoyer des troupes en Ukraine — AFP';
const afpSixOriginal =
  'Only six of the 30 countries participating in the "Coalition of the Willing" have expressed their willingness to send troops to Ukraine, — AFP';
const afpNamed =
  'Des responsables européens ont indiqué à l’agence que les six comprennent le Royaume-Uni, la France et les pays baltes…';
const afpNamedOriginal =
  'European officials told the agency that the six include the United Kingdom, France, and the Baltic…';

const healey = { speaker: 'John Healey', role: 'Ministre britannique de la Défense' };

/** The default story in French: the same facts, figures and dates as the English one (default-story.ts). */
export const story: Story = {
  schemaVersion: 1,
  lang: 'fr',
  headline: 'La coalition des volontaires se réunit au siège de l’OTAN',
  meeting: {
    name: 'Réunion des ministres de la Défense de la coalition des volontaires',
    venue: 'siège de l’OTAN',
    city: 'Bruxelles',
    date: '2025-04-10',
  },
  coalition: {
    name: 'Coalition des volontaires',
    participantCount: 30,
    description:
      'Des pays d’Europe, du Pacifique et du Commonwealth\u00a0: surtout des alliés de l’OTAN, mais aussi l’Autriche, la Nouvelle-Zélande et le Japon',
    namedParticipants: [
      { code: 'UK', name: 'Royaume-Uni' },
      { code: 'FR', name: 'France' },
      { code: 'AT', name: 'Autriche' },
      { code: 'NZ', name: 'Nouvelle-Zélande' },
      { code: 'JP', name: 'Japon' },
    ],
    leadPartners: [
      { code: 'UK', name: 'Royaume-Uni' },
      { code: 'FR', name: 'France' },
    ],
    initiative: 'Une initiative du président Macron',
    evidence: [
      fromReport(
        'la détermination de la Grande-Bretagne et de la France, partenaires les plus proches dans l’initiative de la coalition, et l’impressionnant rassemblement de 30\u00a0pays, principalement des alliés de l’OTAN, mais aussi l’Autriche, la Nouvelle-Zélande et le Japon',
        'determination of Great Britain, and France as closest partners in the coalition initiative, and the impressive assembly of 30 countries, mainly NATO allies, but also Austria, New Zealand, and Japan',
      ),
      fromReport(
        'En promouvant son initiative, le président Macron a souligné que les projets de la coalition des volontaires iraient de l’avant «\u00a0avec ou sans les États-Unis\u00a0».',
        'While promoting his initiative President Macron underlined that the plans of Coalition of Willing would go ahead “with or without the U.S.”',
      ),
    ],
  },
  troops: {
    readyCount: 6,
    namedReady: [
      { code: 'UK', name: 'Royaume-Uni' },
      { code: 'FR', name: 'France' },
    ],
    caveat:
      'Un message publié sur X citant l’AFP nomme le Royaume-Uni, la France et «\u00a0les pays baltes…\u00a0» parmi les six, avant d’être tronqué.',
    otherContributions: 'Les autres proposent d’autres contributions militaires, notamment la formation.',
    evidence: [
      fromReport(
        'Parallèlement, 30\u00a0pays, dont des nations européennes, du Pacifique et du Commonwealth, ont pris part aux discussions de la coalition, et six d’entre eux envisageraient, selon certaines informations, de fournir des troupes.',
        'Meanwhile 30 countries, including European, Pacific, and Commonwealth nations, have been engaged in the coalition’s talks, and six among them reportedly considering to contribute their troops.',
      ),
      fromAfpOnX(afpSix, afpSixOriginal),
      fromAfpOnX(afpNamed, afpNamedOriginal),
      fromReport(
        'Les autres partenaires de la coalition proposent d’autres formes de contribution militaire. La formation militaire, qui se poursuivra certainement, n’est pas la moindre d’entre elles.',
        'The other partners in the Coalition are offering the other forms of military contribution. Not least are the military training, which will certainly continue.',
      ),
    ],
  },
  force: {
    min: 10000,
    max: 30000,
    role: 'Ces troupes sécuriseraient des installations stratégiques à l’arrière',
    evidence: [
      fromReport(
        'les troupes alliées, dont le nombre pourrait se situer entre 10\u202f000 et 30\u202f000, sécuriseraient des installations stratégiques à l’arrière.',
        'the allied troops, which could number between 10,000 and 30,000, would secure strategic facilities in the rear.',
      ),
    ],
  },
  objectives: [
    { id: 'safe-skies', title: 'Un ciel sûr', text: 'Sécuriser le ciel', evidence: objectives },
    { id: 'safe-sea', title: 'Une mer sûre', text: 'Sécuriser la mer', evidence: objectives },
    { id: 'peace-on-land', title: 'La paix sur terre', text: 'Soutenir la paix sur terre', evidence: objectives },
    {
      id: 'own-deterrent',
      title: 'La propre dissuasion de l’Ukraine',
      text: 'Aider les forces armées ukrainiennes à devenir elles-mêmes la dissuasion la plus forte possible',
      evidence: objectives,
    },
  ],
  usPosition: {
    summary:
      'L’administration Trump a exclu la participation des États-Unis à la «\u00a0force de réassurance\u00a0». Des responsables britanniques insistent sur le caractère essentiel de la contribution américaine, a rapporté Bloomberg\u00a0; l’article estime que l’effort ne serait pas viable sans les États-Unis.',
    sought: ['Soutien politique', 'Partage du renseignement', 'Surveillance', 'Appui satellitaire'],
    evidence: [
      fromReport(
        'Auparavant, l’administration du président Trump avait exclu la participation des États-Unis à la «\u00a0force de réassurance\u00a0».',
        'Previously the President Trump administration has excluded the U.S. participation in the “reassurance force”.',
      ),
      {
        reportedBy: 'bloomberg',
        excerpt:
          'Les responsables britanniques insistent sur le fait que la contribution des États-Unis est un élément clé des intentions de la coalition des volontaires, a rapporté Bloomberg',
        original: english(
          'The U.K. officials insist that the U.S. contribution is a key part of the Coalition of willing intentions, Bloomberg reported',
        ),
      },
      fromReport(
        'Cependant, pour des raisons évidentes, ces efforts ne seraient pas viables sans une participation des États-Unis sous une forme ou une autre, y compris un soutien politique.',
        'However for obvious reasons these efforts wouldn’t be sustainable without the U.S. participation in one or the other form, including the political endorsement.',
      ),
      usCapabilities,
    ],
  },
  satellites: {
    countries: [
      { code: 'US', name: 'États-Unis', count: 249 },
      { code: 'FR', name: 'France', count: 17 },
      {
        code: 'UK',
        name: 'Royaume-Uni',
        count: 6,
        note: 'Satellites opérationnels\u00a0; le Royaume-Uni reçoit aussi des services des constellations américaines.',
      },
    ],
    source: 'l’article, qui ne précise pas d’où proviennent ses chiffres.',
    evidence: [
      usCapabilities,
      fromReport(
        'À titre de comparaison, la France dispose de 17\u00a0satellites militaires et le Royaume-Uni de six seulement en service, habitué qu’il est à recevoir des services des constellations américaines.',
        'For comparison France has 17 military satellites, and the UK has only six operational ones, being used to receive services from the U.S. constellations.',
      ),
    ],
  },
  quotes: [
    {
      id: 'healey-planning',
      text: 'Notre planification est réelle et substantielle. Nos plans sont bien avancés et nous avons des objectifs clairs pour l’Ukraine',
      original: english(
        'Our planning is real and substantial. Our plans are well developed and we have clear objectives for Ukraine',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Discours d’ouverture, siège de l’OTAN, Bruxelles',
    },
    {
      id: 'healey-strongest-position',
      lead: 'Healey a déclaré que la Grande-Bretagne s’engageait à placer l’Ukraine dans la',
      text: 'position la plus forte possible sur le champ de bataille et par la négociation, afin de contribuer à garantir une paix durable',
      original: english(
        'strongest possible position on the battlefield and through negotiations to help secure a lasting peace',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Discours d’ouverture, siège de l’OTAN, Bruxelles',
    },
    {
      id: 'healey-post',
      text: 'Aujourd’hui à Bruxelles, les ministres de la Défense et les chefs militaires se sont réunis pour consolider l’élan et les progrès de notre coalition des volontaires.\nNous sommes aux côtés de l’Ukraine dans le combat, et nous serons aux côtés de l’Ukraine dans la paix.',
      original: english(
        'In Brussels today, Defence Ministers and military leaders came together to build the momentum and progress of our Coalition of the Willing.\nWe stand by Ukraine in the fight, and we will stand by Ukraine in the peace.',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Publication sur X',
      post: { platform: 'X', handle: '@JohnHealey_MP', url: 'https://pic.twitter.com/Y0mJkTRH5u' },
    },
    {
      id: 'macron-with-or-without',
      lead: 'Macron a déclaré que les projets de la coalition iraient de l’avant',
      text: 'avec ou sans les États-Unis',
      original: english('with or without the U.S.'),
      speaker: 'Emmanuel Macron',
      role: 'Président de la République française',
      setting: 'En promouvant l’initiative de la coalition des volontaires',
    },
    {
      id: 'nauditt-post',
      text: `La coalition des non-volontaires.\n${afpSix}\n${afpNamed}`,
      original: english(`The coalition of the unwilling.\n${afpSixOriginal}\n${afpNamedOriginal}`),
      speaker: 'Jürgen Nauditt',
      role: 'Utilisateur de X, citant l’AFP',
      date: '2025-04-10',
      setting: 'Publication sur X',
      post: { platform: 'X', handle: '@jurgen_nauditt', url: 'https://pic.twitter.com/DpKHavv0Em' },
    },
    {
      id: 'healey-stepping-up',
      text: 'Nous nous mobilisons d’un seul bloc, prêts à garantir l’avenir de l’Ukraine après tout accord de paix. Nous donnons ici aujourd’hui un nouvel élan à cette planification, une planification visant à placer l’Ukraine dans la position la plus forte possible pour protéger sa souveraineté et dissuader toute nouvelle agression russe',
      original: english(
        'We are stepping up as one ready to secure Ukraine’s future following any peace deal. We advance the momentum of that planning here today, planning to put Ukraine in the strongest possible position to protect its sovereignty and to deter any further Russian aggression',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Ouverture de la réunion, siège de l’OTAN, Bruxelles',
    },
    {
      id: 'healey-objectives',
      text: 'Nos plans sont bien avancés et nous avons des objectifs clairs pour l’Ukraine\u00a0: premièrement, sécuriser le ciel\u00a0; deuxièmement, sécuriser la mer\u00a0; troisièmement, soutenir la paix sur terre\u00a0; et quatrièmement, aider les forces armées ukrainiennes à devenir elles-mêmes la dissuasion la plus forte possible',
      original: english(
        'Our plans are well developed, and we have clear objectives for Ukraine: First, to secure safe skies; second, to secure safe sea; third, to support a peace on the land; and fourth to support the Ukrainian Armed Forces to become their own strongest possible deterrent',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Siège de l’OTAN, Bruxelles',
    },
    {
      id: 'healey-pressure',
      text: 'Nous devons accentuer la pression sur le président [russe] [Vladimir] Poutine pour qu’il mette fin à sa guerre, et nous devons renforcer notre soutien à l’Ukraine, à la fois dans le combat et dans l’effort pour la paix',
      original: english(
        'We must put more pressure on [Russian] President [Vladimir] Putin to end his war, and we must step up our support for Ukraine, both in the fight and in the push for peace',
      ),
      ...healey,
      date: '2025-04-10',
      setting: 'Discours de clôture, siège de l’OTAN, Bruxelles',
    },
  ],
  report: {
    author: 'Anna van Densky',
    city: 'Bruxelles',
    date: '2025-04-10',
  },
  sources: [
    { id: 'report', name: 'l’article' },
    { id: 'afp-on-x', name: 'l’AFP, citée sur X par @jurgen_nauditt, un compte privé' },
    { id: 'bloomberg', name: 'Bloomberg' },
  ],
};
