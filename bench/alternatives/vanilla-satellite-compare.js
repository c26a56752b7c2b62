// A hand-written custom element producing the same DOM (SVG bars, table, same CSS) as <satellite-compare>.
import { css } from '../.build/kit-css.js';
import {
  element,
  evidence,
  formatCount,
  isHighlighted,
  isolate,
  noteLine,
  reportersOf,
  satelliteFinding,
  sheet,
  story,
  template,
  updates,
} from './format.js';

const styles = sheet(css['satellite-compare']);
const chart = template(
  '<figure part="base"><figcaption><span class="title" part="title" role="heading" aria-level="2"></span>' +
    '<span class="summary" part="summary">Military satellites by country</span></figcaption>' +
    '<ul class="bars" part="chart"></ul><details><summary>Show the figures as a table</summary><table part="table">' +
    '<caption class="visually-hidden">Military satellites by country</caption>' +
    '<thead><tr><th scope="col">Country</th><th scope="col" class="number">Military satellites</th></tr></thead>' +
    '<tbody></tbody></table></details><p class="data"><button type="button" part="get-data">Get the data (CSV)</button>' +
    '<span class="problem" role="status"></span></p><div class="source" part="source"></div></figure>',
);
const barRow = template(
  '<li class="bar-row"><span class="name"><span class="visually-hidden">:</span></span>' +
    '<span class="count"><span class="visually-hidden"></span></span><span class="track"></span></li>',
);
const bar = template('<svg class="bar" aria-hidden="true"><rect width="100%" height="100%"></rect></svg>');
const tableRow = template('<tr><th scope="row"></th><td class="number"></td></tr>');

// The data as CSV, made in the page at the click, as the kit does.
function getData(event) {
  const { countries, source } = story().satellites;
  const rows = [['Country', 'Military satellites'], ...countries.map((country) => [country.name, country.count])];
  const csv = `${rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\n')}\nSource: ${source}\n`;
  const link = element('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv' })), download: 'data.csv' });
  event.currentTarget.after(link);
  link.click();
  link.remove();
}

class VanillaSatelliteCompare extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    const data = story();
    const { countries, source, evidence: sentences = [] } = data.satellites;
    const highlight = this.getAttribute('highlight') ?? undefined;
    const largest = Math.max(1, ...countries.map((country) => country.count));
    const card = chart();
    const figure = card.firstChild;
    const lang = data.lang ?? 'en';
    figure.setAttribute('lang', lang);
    const [caption, bars, table, dataLine, sourceBlock] = figure.children;
    caption.firstChild.textContent = satelliteFinding(countries, reportersOf(data, sentences), highlight);
    const body = table.querySelector('tbody');
    for (const country of countries) {
      const highlighted = isHighlighted(country, highlight);
      const row = barRow();
      const li = row.firstChild;
      if (highlighted) li.className = 'bar-row highlighted';
      const [name, count, track] = li.children;
      name.prepend(isolate(country.name));
      if (country.note) name.firstChild.after(element('span', { 'aria-hidden': 'true' }, '*'));
      count.setAttribute('data-largest', formatCount(largest));
      count.prepend(formatCount(country.count));
      count.lastChild.textContent = ` military satellites${country.note ? ' (see note)' : ''}`;
      const drawn = bar();
      drawn.firstChild.setAttribute('width', `${(100 * country.count) / largest}%`); // the <svg>
      track.append(drawn);
      bars.append(row);
      const tr = tableRow();
      const [th, td] = tr.firstChild.children;
      if (highlighted) {
        tr.firstChild.className = 'highlighted';
        th.append(element('span', { class: 'visually-hidden' }, 'Highlighted: '));
      } else tr.firstChild.setAttribute('class', '');
      th.append(country.name);
      td.textContent = formatCount(country.count);
      body.append(tr);
    }
    dataLine.firstChild.addEventListener('click', getData);
    for (const country of countries.filter((each) => each.note))
      sourceBlock.append(element('p', null, noteLine(isolate(country.name), isolate(country.note), data.lang)));
    // The story's words carry no lang of their own where the story's language is the card's, as in the kit.
    const sourceLine = () => ['Source: ', source];
    const line = element('p');
    line.append(...sourceLine());
    sourceBlock.append(...(sentences.length ? evidence(data, sentences, sourceLine()) : [line]));
    figure.append(...updates(data));
    root.append(card);
  }
}
customElements.define('vanilla-satellite-compare', VanillaSatelliteCompare);
