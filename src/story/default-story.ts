import type { Evidence, Story } from './story-schema.js';

// Sentences of the report that more than one claim rests on.
const fromReport = (excerpt: string): Evidence => ({ reportedBy: 'report', excerpt });
const usCapabilities = fromReport(
  'Next to political backing, the coalition is interested to receive the intelligence sharing, the surveillance, and other forms of the U.S. capabilities based on the system of 249 military satellites.',
);
const objectives = [
  fromReport(
    '“Our plans are well developed, and we have clear objectives for Ukraine: First, to secure safe skies; second, to secure safe sea; third, to support a peace on the land; and fourth to support the Ukrainian Armed Forces to become their own strongest possible deterrent,” he [Healey] continued.',
  ),
];

/**
 * The story as reported from NATO Headquarters, Brussels, on 10 April 2025
 * (the report is test/fixtures/article.txt). It says what the report says, as firmly as the report
 * says it, and each claim carries the report's sentences it rests on. Quotes and excerpts are
 * verbatim: only misspelled names are corrected (New Zeeland, NAGO), editorial insertions are in
 * [square brackets].
 */
export const defaultStory: Story = {
  schemaVersion: 1,
  lang: 'en',
  headline: 'Coalition of the Willing meets at NATO Headquarters',
  meeting: {
    name: 'Coalition of the Willing defence ministers’ meeting',
    venue: 'NATO Headquarters',
    city: 'Brussels',
    date: '2025-04-10',
  },
  coalition: {
    name: 'Coalition of the Willing',
    participantCount: 30,
    description:
      'European, Pacific and Commonwealth nations: mainly NATO allies, but also Austria, New Zealand and Japan',
    namedParticipants: [
      { code: 'UK', name: 'United Kingdom' },
      { code: 'FR', name: 'France' },
      { code: 'AT', name: 'Austria' },
      { code: 'NZ', name: 'New Zealand' },
      { code: 'JP', name: 'Japan' },
    ],
    leadPartners: [
      { code: 'UK', name: 'United Kingdom' },
      { code: 'FR', name: 'France' },
    ],
    initiative: 'An initiative of President Macron',
    evidence: [
      fromReport(
        'determination of Great Britain, and France as closest partners in the coalition initiative, and the impressive assembly of 30 countries, mainly NATO allies, but also Austria, New Zealand, and Japan',
      ),
      fromReport(
        'While promoting his initiative President Macron underlined that the plans of Coalition of Willing would go ahead “with or without the U.S.”',
      ),
    ],
  },
  troops: {
    readyCount: 6,
    namedReady: [
      { code: 'UK', name: 'United Kingdom' },
      { code: 'FR', name: 'France' },
    ],
    caveat:
      'A post on X quoting AFP names the United Kingdom, France and “the Baltic…” among the six before it is cut off.',
    otherContributions: 'The others offer other military contributions, not least training.',
    evidence: [
      fromReport(
        'Meanwhile 30 countries, including European, Pacific, and Commonwealth nations, have been engaged in the coalition’s talks, and six among them reportedly considering to contribute their troops.',
      ),
      {
        reportedBy: 'afp-on-x',
        excerpt:
          'Only six of the 30 countries participating in the "Coalition of the Willing" have expressed their willingness to send troops to Ukraine, — AFP',
      },
      {
        reportedBy: 'afp-on-x',
        excerpt: 'European officials told the agency that the six include the United Kingdom, France, and the Baltic…',
      },
      fromReport(
        'The other partners in the Coalition are offering the other forms of military contribution. Not least are the military training, which will certainly continue.',
      ),
    ],
  },
  force: {
    min: 10000,
    max: 30000,
    role: 'They would secure strategic facilities in the rear',
    evidence: [
      fromReport(
        'the allied troops, which could number between 10,000 and 30,000, would secure strategic facilities in the rear.',
      ),
    ],
  },
  objectives: [
    { id: 'safe-skies', title: 'Safe skies', text: 'Secure safe skies', evidence: objectives },
    { id: 'safe-sea', title: 'Safe sea', text: 'Secure safe sea', evidence: objectives },
    { id: 'peace-on-land', title: 'Peace on the land', text: 'Support a peace on the land', evidence: objectives },
    {
      id: 'own-deterrent',
      title: 'Ukraine’s own deterrent',
      text: 'Support the Ukrainian Armed Forces to become their own strongest possible deterrent',
      evidence: objectives,
    },
  ],
  usPosition: {
    summary:
      'The Trump administration has excluded U.S. participation in the “reassurance force”. UK officials insist the U.S. contribution is key, Bloomberg reported; the report judges that the effort would not be sustainable without the U.S.',
    sought: ['Political backing', 'Intelligence sharing', 'Surveillance', 'Satellite support'],
    evidence: [
      fromReport(
        'Previously the President Trump administration has excluded the U.S. participation in the “reassurance force”.',
      ),
      {
        reportedBy: 'bloomberg',
        excerpt:
          'The U.K. officials insist that the U.S. contribution is a key part of the Coalition of willing intentions, Bloomberg reported',
      },
      fromReport(
        'However for obvious reasons these efforts wouldn’t be sustainable without the U.S. participation in one or the other form, including the political endorsement.',
      ),
      usCapabilities,
    ],
  },
  satellites: {
    countries: [
      { code: 'US', name: 'United States', count: 249 },
      { code: 'FR', name: 'France', count: 17 },
      {
        code: 'UK',
        name: 'United Kingdom',
        count: 6,
        note: 'Operational satellites; the UK also receives services from U.S. constellations.',
      },
    ],
    source: 'the report, which does not say where its figures come from.',
    evidence: [
      usCapabilities,
      fromReport(
        'For comparison France has 17 military satellites, and the UK has only six operational ones, being used to receive services from the U.S. constellations.',
      ),
    ],
  },
  quotes: [
    {
      id: 'healey-planning',
      text: 'Our planning is real and substantial. Our plans are well developed and we have clear objectives for Ukraine',
      speaker: 'John Healey',
      role: 'UK Defence Secretary',
      date: '2025-04-10',
      setting: 'Opening remarks, NATO Headquarters, Brussels',
    },
    {
      id: 'healey-strongest-position',
      lead: 'Healey said Britain is committed to putting Ukraine in the',
      text: 'strongest possible position on the battlefield and through negotiations to help secure a lasting peace',
      speaker: 'John Healey',
      role: 'UK Defence Secretary',
      date: '2025-04-10',
      setting: 'Opening remarks, NATO Headquarters, Brussels',
    },
    {
      id: 'healey-post',
      text: 'In Brussels today, Defence Ministers and military leaders came together to build the momentum and progress of our Coalition of the Willing.\nWe stand by Ukraine in the fight, and we will stand by Ukraine in the peace.',
      speaker: 'John Healey',
      role: 'UK Defence Secretary',
      date: '2025-04-10',
      setting: 'Post on X',
      post: { platform: 'X', handle: '@JohnHealey_MP', url: 'https://pic.twitter.com/Y0mJkTRH5u' },
    },
    {
      id: 'macron-with-or-without',
      lead: 'Macron said the coalition’s plans would go ahead',
      text: 'with or without the U.S.',
      speaker: 'Emmanuel Macron',
      role: 'President of France',
      setting: 'While promoting the Coalition of the Willing initiative',
    },
    {
      id: 'nauditt-post',
      text: 'The coalition of the unwilling.\nOnly six of the 30 countries participating in the "Coalition of the Willing" have expressed their willingness to send troops to Ukraine, — AFP\nEuropean officials told the agency that the six include the United Kingdom, France, and the Baltic…',
      speaker: 'Jürgen Nauditt',
      role: 'X user, citing AFP',
      date: '2025-04-10',
      setting: 'Post on X',
      post: { platform: 'X', handle: '@jurgen_nauditt', url: 'https://pic.twitter.com/DpKHavv0Em' },
    },
    {
      id: 'healey-stepping-up',
      text: 'We are stepping up as one ready to secure Ukraine’s future following any peace deal. We advance the momentum of that planning here today, planning to put Ukraine in the strongest possible position to protect its sovereignty and to deter any further Russian aggression',
      speaker: 'John Healey',
      role: 'UK Defence Secretary',
      date: '2025-04-10',
      setting: 'Opening of the meeting, NATO Headquarters, Brussels',
    },
    {
      id: 'healey-objectives',
      text: 'Our plans are well developed, and we have clear objectives for Ukraine: First, to secure safe skies; second, to secure safe sea; third, to support a peace on the land; and fourth to support the Ukrainian Armed Forces to become their own strongest possible deterrent',
      speaker: 'John Healey',
      role: 'UK Defence Secretary',
      date: '2025-04-10',
      setting: 'NATO Headquarters, Brussels',
    },
    {
      id: 'healey-pressure',
      text: 'We must put more pressure on [Russian] President [Vladimir] Putin to end his war, and we must step up our support for Ukraine, both in the fight and in the push for peace',
      speaker: 'John Healey',
      role: 'UK Defence Secretary',
      date: '2025-04-10',
      setting: 'Closing remarks, NATO Headquarters, Brussels',
    },
  ],
  report: {
    author: 'Anna van Densky',
    city: 'Brussels',
    date: '2025-04-10',
  },
  sources: [
    { id: 'report', name: 'the report' },
    { id: 'afp-on-x', name: 'AFP, as quoted on X by @jurgen_nauditt, a private account' },
    { id: 'bloomberg', name: 'Bloomberg' },
  ],
};
