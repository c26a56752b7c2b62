import * as v from 'valibot';

/**
 * The one definition of a story. Run-time validation uses it directly and the build
 * turns it into `dist/story.schema.json`, so the two can never disagree.
 */

const Text = v.pipe(v.string(), v.nonEmpty('non-empty text'));
const Count = v.pipe(v.number(), v.integer('a whole number'), v.minValue(0, 'a number of at least 0'));
const IsoDate = v.pipe(v.string(), v.isoDate('a date as YYYY-MM-DD'));
const WebLink = v.pipe(v.string(), v.url('a URL'), v.regex(/^https?:\/\//i, 'an http(s) URL'));
/** A number of countries: there are fewer than 250, and each is drawn as a mark. */
const CountryCount = v.pipe(Count, v.maxValue(250, 'a number of at most 250'));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase-kebab id'));

/** Up to `max` characters: an excerpt, a correction, a lead-in. */
const TextUpTo = (max: number) => v.pipe(Text, v.maxLength(max, `at most ${max} characters`));
const ListUpTo = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `at most ${max} items`));

/** Who reported a claim, as a reader is told: "the report", "Bloomberg". */
const SourceSchema = v.object({
  id: Id,
  name: TextUpTo(200),
});

/**
 * What a claim rests on: who reported it (an id of `sources`), and the report's own sentence,
 * verbatim (editorial insertions in [square brackets] only).
 */
const EvidenceSchema = v.object({
  reportedBy: Id,
  excerpt: TextUpTo(600),
});

const Evidence = v.optional(ListUpTo(EvidenceSchema, 5));

const CorrectionSchema = v.object({
  date: IsoDate,
  text: TextUpTo(600),
});

/** Two-letter code (UK for the United Kingdom, as ISO 3166 reserves it). */
const CountryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a two-letter country code'));

const CountrySchema = v.object({
  code: CountryCode,
  name: Text,
});

const SocialPostSchema = v.object({
  platform: v.literal('X'),
  handle: v.pipe(v.string(), v.regex(/^@\w{1,15}$/, 'an @handle')),
  url: WebLink,
});

const QuoteSchema = v.object({
  id: Id,
  /** Verbatim: only misspelled names corrected, editorial insertions in [square brackets]. */
  text: Text,
  /** What makes a fragment stand alone, shown before it: "Macron said the plans would go ahead". */
  lead: v.optional(TextUpTo(200)),
  speaker: Text,
  role: Text,
  /** Absent when the report does not say when the words were spoken. */
  date: v.optional(IsoDate),
  /** Where or how the words were said: "opening remarks at NATO Headquarters, Brussels". */
  setting: Text,
  /** Present when the quote is a post on a social network. */
  post: v.optional(SocialPostSchema),
});

const SatelliteCountSchema = v.object({
  code: CountryCode,
  name: Text,
  count: Count,
  note: v.optional(Text),
});

export const StorySchema = v.object({
  schemaVersion: v.literal(1),
  headline: Text,
  meeting: v.object({
    name: Text,
    venue: Text,
    city: Text,
    date: IsoDate,
  }),
  coalition: v.object({
    name: Text,
    participantCount: CountryCount,
    description: Text,
    namedParticipants: v.array(CountrySchema),
    leadPartners: v.array(CountrySchema),
    /** Whose initiative it is: "An initiative of President Macron". */
    initiative: v.optional(TextUpTo(200)),
    evidence: Evidence,
  }),
  troops: v.object({
    readyCount: Count,
    /** Superseded by `evidence`, which names each source; shown only when there is no evidence. */
    reportedBy: v.optional(Text),
    namedReady: v.array(CountrySchema),
    /** What the report leaves open about the list, in plain words. */
    caveat: Text,
    /** What the other participants offer instead. */
    otherContributions: v.optional(TextUpTo(200)),
    evidence: Evidence,
  }),
  force: v.object({
    min: Count,
    max: Count,
    role: Text,
    evidence: Evidence,
  }),
  objectives: v.array(
    v.object({
      id: Id,
      title: Text,
      text: Text,
      evidence: Evidence,
    }),
  ),
  usPosition: v.object({
    summary: Text,
    sought: v.array(Text),
    evidence: Evidence,
  }),
  satellites: v.object({
    countries: v.array(SatelliteCountSchema),
    source: Text,
    evidence: Evidence,
  }),
  quotes: v.array(QuoteSchema),
  report: v.object({
    author: Text,
    city: Text,
    date: IsoDate,
  }),
  /** Who reported what: each `evidence` names one of these. */
  sources: v.optional(ListUpTo(SourceSchema, 20)),
  /** When the story was last changed after publication. */
  updated: v.optional(IsoDate),
  /** Published corrections, oldest first, as the widgets show them. */
  corrections: v.optional(ListUpTo(CorrectionSchema, 20)),
});

export type Story = v.InferOutput<typeof StorySchema>;
export type Quote = Story['quotes'][number];
export type Country = Story['coalition']['namedParticipants'][number];
export type SatelliteCount = Story['satellites']['countries'][number];
export type Source = NonNullable<Story['sources']>[number];
export type Evidence = NonNullable<Story['force']['evidence']>[number];
export type Correction = NonNullable<Story['corrections']>[number];
