import * as v from 'valibot';
import { X_POST_LINK } from './post-link.js';

/**
 * The one definition of a story. Run-time validation uses it directly and the build
 * turns it into `dist/story.schema.json`, so the two can never disagree.
 */

// The schema's helpers call nothing but valibot (whose functions are marked pure), so that a
// bundle importing this module for its types keeps none of it: numbers are written out by hand.

/** Non-empty text of at most `max` characters: what a widget has room for. */
const Text = (max: number, written = `${max}`) =>
  v.pipe(v.string(), v.nonEmpty('non-empty text'), v.maxLength(max, `at most ${written} characters`));
/** A name: of a country, a person, a city. */
const Name = Text(200);
/** One line: a headline, a role, where words were said. */
const Line = Text(300);
/** A few sentences: a description, a caveat, a note. */
const Paragraph = Text(1000, '1,000');

/** A list of at most `max` items. Its length is checked before its items, so a list of a million costs nothing. */
const List = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(v.unknown()), v.maxLength(max, `at most ${max} items`), v.array(item));

/** A whole number from 0 to `max`. */
const Count = (max: number, written: string) =>
  v.pipe(
    v.number(),
    v.integer('a whole number'),
    v.minValue(0, 'a number of at least 0'),
    v.maxValue(max, `a number of at most ${written}`),
  );
/** Troops, anything counted in the story: up to ten million. */
const StoryCount = Count(10_000_000, '10,000,000');
/** A number of countries: there are fewer than 250, and each is drawn as a mark. */
const CountryCount = Count(250, '250');

const IsoDate = v.pipe(
  v.string(),
  v.isoDate('a date as YYYY-MM-DD'),
  // isoDate takes 2025-02-31; a date must exist. (A malformed one is isoDate's to report.)
  v.check(dayExists, 'a real date as YYYY-MM-DD'),
  v.description('A date that exists, as YYYY-MM-DD.'),
);
/** A language tag (BCP 47): "en", "fr", "pt-BR". */
const Lang = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[a-z\d]{1,8})*$/i, 'a language tag such as "en" or "pt-BR"'));
const Id = v.pipe(
  v.string(),
  v.maxLength(60, 'at most 60 characters'),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase-kebab id'),
);

/** Two-letter code (UK for the United Kingdom, as ISO 3166 reserves it). */
const CountryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a two-letter country code'));

function dayExists(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return !(month >= 1 && month <= 12 && day >= 1) || day <= daysInMonth;
}

/** Who reported a claim, as a reader is told: "the report", "Bloomberg". */
const SourceSchema = v.object({
  id: Id,
  name: Name,
});

/**
 * What a claim rests on: who reported it (an id of `sources`), and the report's own sentence,
 * verbatim (editorial insertions in [square brackets] only).
 */
const EvidenceSchema = v.object({
  reportedBy: Id,
  excerpt: Text(600),
});

const Evidence = v.optional(List(EvidenceSchema, 5));

const CorrectionSchema = v.object({
  date: IsoDate,
  text: Text(600),
});

const CountrySchema = v.object({
  code: CountryCode,
  name: Name,
});

const SocialPostSchema = v.object({
  platform: v.literal('X'),
  handle: v.pipe(v.string(), v.regex(/^@\w{1,15}$/, 'an @handle')),
  /** A link must lead where it says: to a post on the platform named. */
  url: v.pipe(
    v.string(),
    v.maxLength(300, 'at most 300 characters'),
    v.regex(X_POST_LINK, 'an https link on x.com or twitter.com (no user name, no port)'),
  ),
});

const QuoteSchema = v.object({
  id: Id,
  /** Verbatim: only misspelled names corrected, editorial insertions in [square brackets]. */
  text: Text(3000, '3,000'),
  /** What makes a fragment stand alone, shown before it: "Macron said the plans would go ahead". */
  lead: v.optional(Text(200)),
  speaker: Name,
  role: Line,
  /** Absent when the report does not say when the words were spoken. */
  date: v.optional(IsoDate),
  /** Where or how the words were said: "opening remarks at NATO Headquarters, Brussels". */
  setting: Line,
  /** The language of the words, when it is not the story's. */
  lang: v.optional(Lang),
  /** Present when the quote is a post on a social network. */
  post: v.optional(SocialPostSchema),
});

const SatelliteCountSchema = v.object({
  code: CountryCode,
  name: Name,
  count: Count(100_000, '100,000'),
  note: v.optional(Paragraph),
});

// Every list and text has a cap: what a widget can show, and more than a real story needs.
export const StorySchema = v.object({
  schemaVersion: v.literal(1),
  /** The language of the story's words: English ("en") when absent. */
  lang: v.optional(Lang),
  headline: Line,
  meeting: v.object({
    name: Line,
    venue: Line,
    city: Name,
    date: IsoDate,
  }),
  coalition: v.object({
    name: Line,
    participantCount: CountryCount,
    description: Paragraph,
    namedParticipants: List(CountrySchema, 50),
    leadPartners: List(CountrySchema, 10),
    /** Whose initiative it is: "An initiative of President Macron". */
    initiative: v.optional(Text(200)),
    evidence: Evidence,
  }),
  troops: v.object({
    readyCount: CountryCount,
    /** Superseded by `evidence`, which names each source; shown only when there is no evidence. */
    reportedBy: v.optional(Line),
    namedReady: List(CountrySchema, 50),
    /** What the report leaves open about the list, in plain words. */
    caveat: Paragraph,
    /** What the other participants offer instead. */
    otherContributions: v.optional(Text(200)),
    evidence: Evidence,
  }),
  force: v.object({
    min: StoryCount,
    max: StoryCount,
    role: Paragraph,
    evidence: Evidence,
  }),
  objectives: List(
    v.object({
      id: Id,
      title: Name,
      text: Line,
      evidence: Evidence,
    }),
    12,
  ),
  usPosition: v.object({
    summary: Paragraph,
    sought: List(Name, 12),
    evidence: Evidence,
  }),
  satellites: v.object({
    countries: List(SatelliteCountSchema, 12),
    source: Paragraph,
    evidence: Evidence,
  }),
  quotes: List(QuoteSchema, 50),
  report: v.object({
    author: Name,
    city: Name,
    date: IsoDate,
  }),
  /** Who reported what: each `evidence` names one of these. */
  sources: v.optional(List(SourceSchema, 20)),
  /** When the story was last changed after publication. */
  updated: v.optional(IsoDate),
  /** Published corrections, oldest first, as the widgets show them. */
  corrections: v.optional(List(CorrectionSchema, 20)),
});

export type Story = v.InferOutput<typeof StorySchema>;
export type Quote = Story['quotes'][number];
export type Country = Story['coalition']['namedParticipants'][number];
export type SatelliteCount = Story['satellites']['countries'][number];
export type Source = NonNullable<Story['sources']>[number];
export type Evidence = NonNullable<Story['force']['evidence']>[number];
export type Correction = NonNullable<Story['corrections']>[number];
