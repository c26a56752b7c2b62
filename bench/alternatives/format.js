// The few formatting helpers the hand-written vanilla elements need (same output as the kit's).
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const countFormat = new Intl.NumberFormat('en-GB');
const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

export const formatDate = (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
export const formatCount = (count) => countFormat.format(count);
export const formatList = (items) => listFormat.format(items);
export const withArticle = (name) =>
  /^(United|Netherlands|Philippines|Czech Republic)\b/.test(name) ? `the ${name}` : name;

export function describeSatellites(countries) {
  if (countries.length === 0) return 'No satellite figures are given.';
  const [largest, ...others] = [...countries].sort((a, b) => b.count - a.count);
  const name = withArticle(largest.name);
  const lead = `${name.charAt(0).toUpperCase()}${name.slice(1)} has ${formatCount(largest.count)} military satellites`;
  if (others.length === 0) return `${lead}.`;
  const compare = (larger, smaller) => {
    if (smaller === 0) return 'against none for';
    const ratio = larger / smaller;
    if (ratio < 1.05) return 'about as many as';
    return `about ${formatCount(ratio < 10 ? Math.round(ratio * 10) / 10 : Math.round(ratio))} times as many as`;
  };
  return `${lead}: ${formatList(others.map((other) => `${compare(largest.count, other.count)} ${withArticle(other.name)} (${formatCount(other.count)})`))}.`;
}

/** A template made once and cloned for every instance: the usual hand-written way to stamp DOM. */
export function template(html) {
  const element = document.createElement('template');
  element.innerHTML = html;
  return () => element.content.cloneNode(true);
}

/** One shared constructable stylesheet per element class, as Lit does. */
export function sheet(cssText) {
  let made;
  return () => {
    if (!made) {
      made = new CSSStyleSheet();
      made.replaceSync(cssText);
    }
    return made;
  };
}

export function element(name, attributes, text) {
  const made = document.createElement(name);
  for (const key in attributes) made.setAttribute(key, attributes[key]);
  if (text != null) made.textContent = text;
  return made;
}

/** The story the page handed over (the benchmark's pages set it from dist/story.json). */
export const story = () => globalThis.benchStory;
