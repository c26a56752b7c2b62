// Writes, from the widget catalog and the measured heights (both compiled into dist/lib):
// - dist/coalition-widgets.css, the optional stylesheet for a site template: bare widget tags keep
//   about the room they will take before the kit's script has arrived, so the article does not jump;
// - dist/embed.html, the iframe embed page, with each widget's facts (default story) written into it
//   for readers without JavaScript: the iframe's URL names the one to show after `#`;
// - dist/story.html, the whole default story, every widget pre-rendered: where those facts link to.
import { readFileSync, writeFileSync } from 'node:fs';
import { prerender } from '../dist/lib/publish/prerender.js';
import { styleHashes } from '../dist/lib/publish/publish.js';
import { heightVariants, widgetCatalog, widgetTags } from '../dist/lib/embed/widget-catalog.js';
import { withoutScriptId } from '../dist/lib/embed/embed-options.js';
import { columns, widgetHeights } from '../dist/lib/embed/widget-heights.js';
import { defaultStory } from '../dist/lib/story/default-story.js';

/** Heights are measured in 16 px text; in em they follow the page's own text size. */
const em = (px) => `${Math.round((px / 16) * 10) / 10}em`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

function selector(tag, attributes) {
  const values = Object.entries(attributes).map(([name, value]) => `[${name}='${value}']`);
  return `${tag}${values.join('')}:not(:defined)`;
}

/** One rule per measured variant; a tag measured only with attributes gets their median as its own. */
function rules(size) {
  return widgetTags.flatMap((tag) => {
    const measured = widgetHeights[tag];
    const bare = measured.some((entry) => Object.keys(entry.attributes).length === 0)
      ? []
      : [`${selector(tag, {})} { min-height: ${em(median(measured.map((entry) => entry[size])))}; }`];
    return [
      ...bare,
      ...measured.map((entry) => `${selector(tag, entry.attributes)} { min-height: ${em(entry[size])}; }`),
    ];
  });
}

const css = `/*
 * Optional, for a site template: <link rel="stylesheet" href="…/dist/coalition-widgets.css">.
 * Bare widget tags (pasted without the builder's fallback content) then keep about the room they
 * will take before the kit's script has arrived, so the article does not jump when it does.
 * Heights are in em of the page's text, measured with the default story in a ${columns.phone} px column
 * (phones) and a ${columns.desktop} px one (wider screens). Written by scripts/write-embed-files.mjs.
 */
${widgetTags.join(',\n')} {
  display: block;
}

coalition-data {
  display: contents;
}

${rules('phone').join('\n')}

@media (min-width: 720px) {
${rules('desktop')
  .map((rule) => `  ${rule}`)
  .join('\n')}
}
`;
writeFileSync('dist/coalition-widgets.css', css);

// A new tab: the embed may sit in an iframe a few lines tall.
const storyLink =
  '<p><a href="story.html" target="_blank" rel="noopener">The whole story, with its sources (opens in a new tab)</a></p>';
const withoutScript = widgetTags.flatMap((tag) =>
  heightVariants(tag, defaultStory).map(
    (attributes) =>
      `<section class="without-script" id="${withoutScriptId(tag, attributes)}">\n` +
      `${widgetCatalog[tag].fallback(defaultStory, attributes)}\n${storyLink}\n</section>`,
  ),
);
withoutScript.push('<p class="without-script-notice">This embed needs JavaScript to show its story.</p>');
const page = readFileSync('src/embed/embed.html', 'utf8');
if (!page.includes('<!-- without-script -->'))
  throw new Error('src/embed/embed.html lost its <!-- without-script --> mark');
writeFileSync(
  'dist/embed.html',
  page.replace('<!-- without-script -->', withoutScript.join('\n').replace(/\n/g, '\n      ')),
);

const storyWidgets = [
  '<coalition-summary></coalition-summary>',
  '<satellite-compare></satellite-compare>',
  ...defaultStory.quotes.map((quote) => `<quote-card quote="${quote.id}"></quote-card>`),
];
const story = await prerender(storyWidgets.join('\n'), { page: 'dist/story.html', root: 'dist' });
if (story.problems.length || story.warnings.length)
  throw new Error(`dist/story.html: ${[...story.problems, ...story.warnings]}`);
const storyPage = readFileSync('src/embed/story.html', 'utf8');
if (!storyPage.includes('<!-- story -->')) throw new Error('src/embed/story.html lost its <!-- story --> mark');
writeFileSync(
  'dist/story.html',
  storyPage
    .replace("style-src 'self'", `style-src 'self' ${styleHashes(story.html).join(' ')}`)
    .replace('<!-- story -->', story.html.replace(/\n/g, '\n      ')),
);
console.log('wrote dist/coalition-widgets.css, dist/embed.html and dist/story.html');
