import type { Formats, Messages } from '../catalogue.js';

// Lithuanian: "kaip pranešama" and "galėtų" carry the report's hedging. Numerals govern the
// noun (1 šalis, 2 šalys, 10 šalių, 1,5 šalies), hence one/few/many/other. Names stand in the
// nominative, as labels or after "nei".
export const messages: Messages = {
  closestPartners: 'Artimiausi partneriai: {names}',
  countriesTakingPart: {
    one: '{figure} šalis dalyvauja',
    few: '{figure} šalys dalyvauja',
    many: '{figure} šalies dalyvauja',
    other: '{figure} šalių dalyvauja',
  },
  readyOfTotal: '{ready} iš {total}',
  consideringTroops: '{figure}, kaip pranešama, svarsto siųsti karius',
  reportedBy: 'Praneša {name}.',
  forceSize: {
    one: '{figure} karys galėtų sudaryti sąjungininkų pajėgas',
    few: '{figure} kariai galėtų sudaryti sąjungininkų pajėgas',
    many: '{figure} kario galėtų sudaryti sąjungininkų pajėgas',
    other: '{figure} karių galėtų sudaryti sąjungininkų pajėgas',
  },
  objectives: 'Tikslai',
  usPosition: 'JAV pozicija',
  soughtFromUs: 'Ko koalicija vis dar tikisi iš JAV: {items}.',
  reportBy: 'Autorius: {author}, {city}, {date}',
  more: 'Daugiau',
  aboutCoalition: 'apie koaliciją',
  aboutTroops: 'apie karius',
  aboutForce: 'apie sąjungininkų pajėgas',
  aboutUs: 'apie JAV poziciją',
  satellitesTitle: 'Kariniai palydovai pagal šalis',
  showTable: 'Rodyti skaičius lentelėje',
  country: 'Šalis',
  militarySatellites: 'Kariniai palydovai',
  source: 'Šaltinis: {source}',
  noSatellites: 'Duomenų apie palydovus nepateikta.',
  satellitesReported: {
    one: '{country}: {count} karinis palydovas (šaltinis: {reporters})',
    few: '{country}: {count} kariniai palydovai (šaltinis: {reporters})',
    many: '{country}: {count} karinio palydovo (šaltinis: {reporters})',
    other: '{country}: {count} karinių palydovų (šaltinis: {reporters})',
  },
  satellitesUnreported: {
    one: '{country}: {count} karinis palydovas',
    few: '{country}: {count} kariniai palydovai',
    many: '{country}: {count} karinio palydovo',
    other: '{country}: {count} karinių palydovų',
  },
  comparedTimes: {
    one: 'maždaug {count} kartą daugiau nei {country} ({figure})',
    few: 'maždaug {count} kartus daugiau nei {country} ({figure})',
    many: 'maždaug {count} karto daugiau nei {country} ({figure})',
    other: 'maždaug {count} kartų daugiau nei {country} ({figure})',
  },
  comparedSame: 'maždaug tiek pat, kiek {country} ({figure})',
  comparedNone: 'o {country} neturi nė vieno ({figure})',
  comparison: '{lead} – {comparisons}.',
  finding: '{country}: {phrases}',
  findingAccording: '{finding} (šaltinis: {reporters})',
  findingTimes: {
    one: 'maždaug {count} kartą daugiau karinių palydovų nei {country}',
    few: 'maždaug {count} kartus daugiau karinių palydovų nei {country}',
    many: 'maždaug {count} karto daugiau karinių palydovų nei {country}',
    other: 'maždaug {count} kartų daugiau karinių palydovų nei {country}',
  },
  findingMoreTimes: {
    one: '{count} kartą daugiau nei {country}',
    few: '{count} kartus daugiau nei {country}',
    many: '{count} karto daugiau nei {country}',
    other: '{count} kartų daugiau nei {country}',
  },
  findingSame: 'maždaug tiek pat karinių palydovų, kiek {country}',
  findingMoreSame: 'maždaug tiek pat, kiek {country}',
  findingCount: {
    one: '{count} karinis palydovas',
    few: '{count} kariniai palydovai',
    many: '{count} karinio palydovo',
    other: '{count} karinių palydovų',
  },
  satellitesOnly: '{lead}.',
  getData: 'Atsisiųsti duomenis (CSV)',
  dataNotLoaded: 'Duomenų įkelti nepavyko.',
  highlightedRow: 'Paryškinta:',
  barSatellites: {
    one: 'karinis palydovas',
    few: 'kariniai palydovai',
    many: 'karinio palydovo',
    other: 'karinių palydovų',
  },
  seeNote: '(žr. pastabą)',
  postLabel: 'Įrašas platformoje {platform}, autorius: {name}',
  viewPost: 'Žiūrėti įrašą platformoje {platform}',
  viewPhoto: 'Įraše buvo nuotrauka: žiūrėti ją platformoje {platform}',
  translatedFromEnglish: 'Išversta iš anglų kalbos',
  translated: 'Vertimas',
  copyQuote: 'Kopijuoti citatą',
  copyLink: 'Kopijuoti nuorodą',
  sources: {
    one: 'Šaltinis: {names}',
    few: 'Šaltiniai: {names}',
    many: 'Šaltiniai: {names}',
    other: 'Šaltiniai: {names}',
  },
  updated: 'Atnaujinta {date}',
  correction: 'Pataisymas ({date}): {text}',
  readFullStory: 'Skaityti visą straipsnį',
  newTab: '(atsidaro naujame skirtuke)',
  andMore: 'dar {count}',
};

export const formats: Formats = {
  plural: (n) =>
    !Number.isInteger(n)
      ? 'many'
      : n % 100 > 10 && n % 100 < 20
        ? 'other'
        : n % 10 === 1
          ? 'one'
          : n % 10 > 1
            ? 'few'
            : 'other',
  number: ['\u00a0', ','],
  range: '{min}–{max}',
  months: [
    'sausio',
    'vasario',
    'kovo',
    'balandžio',
    'gegužės',
    'birželio',
    'liepos',
    'rugpjūčio',
    'rugsėjo',
    'spalio',
    'lapkričio',
    'gruodžio',
  ],
  date: '{year}\u00a0m. {month} {day}\u00a0d.',
  list: [', ', ' ir '],
};
