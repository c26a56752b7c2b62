import type { Story } from './story-schema.js';

/**
 * The story as reported from NATO Headquarters, Brussels, on 10 April 2025
 * (the report is test/fixtures/article.txt). Quotes are copied verbatim; only
 * misspelled names are corrected (New Zeeland, NAGO).
 */
export const defaultStory: Story = {
  schemaVersion: 1,
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
    description: 'European, Pacific and Commonwealth nations, mainly NATO allies',
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
  },
  troops: {
    readyCount: 6,
    reportedBy: 'AFP',
    namedReady: [
      { code: 'UK', name: 'United Kingdom' },
      { code: 'FR', name: 'France' },
    ],
    caveat:
      'The report names the United Kingdom, France and “the Baltic…” before it is cut off; the other countries are not named.',
  },
  force: {
    min: 10000,
    max: 30000,
    role: 'Secure strategic facilities in the rear',
  },
  objectives: [
    { id: 'safe-skies', title: 'Safe skies', text: 'Secure safe skies' },
    { id: 'safe-sea', title: 'Safe sea', text: 'Secure safe sea' },
    { id: 'peace-on-land', title: 'Peace on the land', text: 'Support a peace on the land' },
    {
      id: 'own-deterrent',
      title: 'Ukraine’s own deterrent',
      text: 'Support the Ukrainian Armed Forces to become their own strongest possible deterrent',
    },
  ],
  usPosition: {
    summary:
      'The U.S. takes no part: the Trump administration has excluded U.S. participation in the reassurance force.',
    sought: ['Intelligence sharing', 'Surveillance', 'Satellite support'],
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
    source: 'Military satellites as given in the report from NATO Headquarters, Brussels, 10 April 2025.',
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
      text: 'We must put more pressure on (Russian) President (Vladimir) Putin to end his war, and we must step up our support for Ukraine, both in the fight and in the push for peace',
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
};
