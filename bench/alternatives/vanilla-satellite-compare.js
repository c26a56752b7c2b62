// A hand-written custom element producing the same DOM (SVG bars, table, same CSS) as <satellite-compare>.
import { css } from '../.build/kit-css.js';
import { describeSatellites, formatCount, sheet, story, template } from './format.js';

const styles = sheet(css['satellite-compare']);
const chart = template(
  '<figure part="base"><figcaption><span class="title" part="title">Military satellites by country</span>' +
    '<span class="summary" part="summary"></span></figcaption><ul class="bars" part="chart"></ul>' +
    '<details><summary>Show the figures as a table</summary><table part="table">' +
    '<caption class="visually-hidden">Military satellites by country</caption>' +
    '<thead><tr><th scope="col">Country</th><th scope="col" class="number">Military satellites</th></tr></thead>' +
    '<tbody></tbody></table></details><p class="source" part="source"></p></figure>',
);
const barRow = template(
  '<li class="bar-row"><span class="name"></span><svg class="bar" aria-hidden="true" preserveAspectRatio="none">' +
    '<rect height="1"></rect></svg><span class="count"></span></li>',
);
const tableRow = template('<tr><th scope="row"></th><td class="number"></td></tr>');

class VanillaSatelliteCompare extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    const { countries, source } = story().satellites;
    const wanted = this.getAttribute('highlight')?.trim().toLowerCase();
    const largest = Math.max(1, ...countries.map((country) => country.count));
    const card = chart();
    const figure = card.firstChild;
    const [caption, bars, details, sourceLine] = figure.children;
    caption.lastChild.textContent = describeSatellites(countries);
    const body = details.querySelector('tbody');
    for (const country of countries) {
      const row = barRow();
      const li = row.firstChild;
      if (wanted && (country.code.toLowerCase() === wanted || country.name.toLowerCase() === wanted))
        li.className = 'bar-row highlighted';
      const [name, svg, count] = li.children;
      name.textContent = country.note ? `${country.name}*` : country.name;
      svg.setAttribute('viewBox', `0 0 ${largest} 1`);
      svg.firstChild.setAttribute('width', country.count);
      count.textContent = formatCount(country.count);
      bars.append(row);
      const tr = tableRow();
      tr.firstChild.firstChild.textContent = country.name;
      tr.firstChild.lastChild.textContent = formatCount(country.count);
      body.append(tr);
    }
    sourceLine.textContent =
      countries
        .filter((country) => country.note)
        .map((country) => `* ${country.name}: ${country.note} `)
        .join('') + `Source: ${source}`;
    root.append(card);
  }
}

customElements.define('vanilla-satellite-compare', VanillaSatelliteCompare);
