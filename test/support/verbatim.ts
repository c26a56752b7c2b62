// Whether the kit's quotes and evidence are the report's own words. News style allows two changes
// only: a misspelled name corrected, and an editorial insertion in [square brackets] (which the
// report may have in parentheses, or not at all).

/** Names the report misspells, as the kit writes them and as the report does. */
const nameCorrections = [
  ['New Zealand', 'New Zeeland'],
  ['NATO', 'NAGO'],
] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function literal(text: string): string {
  return nameCorrections.reduce(
    (pattern, [right, wrong]) => pattern.replaceAll(right, `(?:${right}|${wrong})`),
    escape(text),
  );
}

/** The words of `excerpt` as a pattern over the article; each "[insertion]" may be there, in () or [], or not. */
export function verbatimPattern(excerpt: string): RegExp {
  const pattern = excerpt
    .split(/( ?\[[^\]]+\])/)
    .map((part, index) => {
      if (index % 2 === 0) return literal(part);
      const space = part.startsWith(' ') ? ' ' : '';
      return `(?:${space}[[(]${escape(part.trim().slice(1, -1))}[\\])])?`;
    })
    .join('');
  return new RegExp(pattern);
}

/** Whether `excerpt` is a verbatim excerpt of `article`, as news style allows. */
export function isVerbatimIn(article: string, excerpt: string): boolean {
  return verbatimPattern(excerpt).test(article);
}

/** The report the story is told from (test/fixtures/article.txt). */
export async function fetchArticle(): Promise<string> {
  const response = await fetch('/test/fixtures/article.txt');
  if (!response.ok) throw new Error(`GET /test/fixtures/article.txt: ${response.status}`);
  return response.text();
}
