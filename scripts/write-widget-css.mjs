// Writes dist/coalition-widgets.css, the optional stylesheet for a site template, from the widget
// catalog and the measured heights (both compiled into dist/lib). Bare widget tags then keep about
// the room they will take before the kit's script has arrived, so the article does not jump.
import { writeFileSync } from 'node:fs';
import { widgetTags } from '../dist/lib/embed/widget-catalog.js';
import { columns, widgetHeights } from '../dist/lib/embed/widget-heights.js';

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
 * (phones) and a ${columns.desktop} px one (wider screens). Written by scripts/write-widget-css.mjs.
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
console.log('wrote dist/coalition-widgets.css');
