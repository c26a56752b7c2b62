// The reference catalogue: every text the kit writes itself, in British English, as the widgets write
// it today. Every other catalogue has the same keys and, in each form, the same {placeholders}
// (test/i18n/catalogues.test.ts). A message whose words depend on a number is a plural message here
// (even where English says both forms alike) and is given that number as `count`, shown or not; each
// catalogue has one form per plural category of its language (as Intl.PluralRules names them), and
// only plural messages here may have forms there.
// Dates, numbers and lists in English are formatted by src/story/format.ts: no tables here.
export const messages = {
  // <coalition-summary>
  closestPartners: 'Closest partners: {names}',
  countriesTakingPart: { one: '{figure} country taking part', other: '{figure} countries taking part' },
  readyOfTotal: '{ready} of {total}',
  consideringTroops: {
    one: '{figure} reportedly considering sending troops',
    other: '{figure} reportedly considering sending troops',
  },
  reportedBy: 'Reported by {name}.',
  forceSize: {
    one: '{figure} troop could make up the allied force',
    other: '{figure} troops could make up the allied force',
  },
  objectives: 'Objectives',
  usPosition: 'The U.S. position',
  soughtFromUs: 'What the coalition still seeks from the U.S.: {items}.',
  reportBy: 'Report by {author}, {city}, {date}',
  // The "More" disclosures: the line, and for screen readers what it is more about.
  more: 'More',
  aboutCoalition: 'about the coalition',
  aboutTroops: 'about the troops',
  aboutForce: 'about the force',
  aboutUs: 'about the U.S. position',

  // <satellite-compare>
  satellitesTitle: 'Military satellites by country',
  showTable: 'Show the figures as a table',
  country: 'Country',
  militarySatellites: 'Military satellites',
  source: 'Source: {source}',
  // The comparison sentence: "According to the report, the United States has 249 military satellites:
  // about 15 times as many as France (17), about 42 times as many as the United Kingdom (6) and 2 more."
  noSatellites: 'No satellite figures are given.',
  satellitesReported: {
    one: 'According to {reporters}, {country} has {count} military satellite',
    other: 'According to {reporters}, {country} has {count} military satellites',
  },
  satellitesUnreported: {
    one: '{country} has {count} military satellite',
    other: '{country} has {count} military satellites',
  },
  // {figure} is the other country's count, starred when it has a note; `count` is how many times.
  comparedTimes: {
    one: 'about {count} times as many as {country} ({figure})',
    other: 'about {count} times as many as {country} ({figure})',
  },
  comparedSame: 'about as many as {country} ({figure})',
  comparedNone: 'against none for {country} ({figure})',
  comparison: '{lead}: {comparisons}.',
  satellitesOnly: '{lead}.',
  // The chart's title states its finding: "The United States has about 15 times France’s military
  // satellites and 42 times the United Kingdom’s, according to the report". {country} in
  // findingTimes and findingMoreTimes is "France’s" in English; elsewhere the name as the language's
  // sentence takes it where its catalogue has `countries` ("la France", "della Francia").
  finding: '{country} has {phrases}',
  findingAccording: '{finding}, according to {reporters}',
  findingTimes: {
    one: 'about {count} times {country} military satellites',
    other: 'about {count} times {country} military satellites',
  },
  findingMoreTimes: { one: '{count} times {country}', other: '{count} times {country}' },
  findingSame: 'about as many military satellites as {country}',
  findingMoreSame: 'about as many as {country}',
  findingCount: { one: '{count} military satellite', other: '{count} military satellites' },
  // A bar read out: "United Kingdom: 6 military satellites (see note)".
  barSatellites: { one: 'military satellite', other: 'military satellites' },
  seeNote: '(see note)',
  highlightedRow: 'Highlighted:',
  getData: 'Get the data (CSV)',
  dataNotLoaded: 'The data could not be loaded.',

  // <quote-card>
  postLabel: 'Post on {platform} by {name}',
  viewPost: 'View the post on {platform}',
  viewPhoto: 'The post included a photo: view it on {platform}',
  // A quote shown in translation (a translated story) says so in the summary of a disclosure holding
  // the words as said: 'translated' where they were not said in English.
  translatedFromEnglish: 'Translated from English',
  translated: 'Translation',
  copyQuote: 'Copy quote',
  copyLink: 'Copy link',

  // Every widget
  sources: { one: 'Source: {names}', other: 'Sources: {names}' },
  updated: 'Updated {date}',
  correction: 'Correction ({date}): {text}',
  readFullStory: 'Read the full story',
  newTab: '(opens in a new tab)',
  andMore: { one: '{count} more', other: '{count} more' },
};
