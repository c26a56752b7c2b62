// A hand-written custom element producing the same DOM (and using the same CSS) as <coalition-summary>.
import { css } from '../.build/kit-css.js';
import {
  element,
  evidence,
  formatCount,
  formatDate,
  formatList,
  inSentence,
  isolate,
  sheet,
  story,
  template,
  updates,
  withArticle,
} from './format.js';

const styles = sheet(css['coalition-summary']);
const summary = template(
  '<article part="base" aria-labelledby="headline"><header><span class="kicker"><time></time></span>' +
    '<h2 id="headline" part="headline" aria-level="2"></h2><p class="meta"></p></header>' +
    '<div class="figures" part="figures">' +
    '<div class="figure"><h3 aria-level="3"><span class="number"></span> countries taking part</h3></div>' +
    '<div class="figure"><h3 aria-level="3"><span class="number"></span> reportedly considering sending troops</h3>' +
    '</div>' +
    '<div class="figure force"><h3 aria-level="3"><span class="number"></span> troops could make up the allied force</h3>' +
    '</div></div></article>',
);
const details = template(
  '<div class="section"><h3 aria-level="3">Objectives</h3><ol class="objectives" part="objectives"></ol></div>' +
    '<div class="section us" part="us-position"><h3 aria-level="3">The U.S. position</h3><p></p></div>',
);
const source = template('<p class="source" part="source">Report by <time></time></p>');

/** What does not fit at a glance and the claim's sources, behind one native disclosure. */
function more(data, topic, text, items, lang) {
  const [details] = evidence(data, items, undefined, {
    name: `More about ${topic}`,
    line: element('span', { class: 'more' }, items?.length ? 'More · ' : 'More'),
    note: element('p', lang ? { lang } : null, text),
  });
  return details;
}

/** The 30 marks: one SVG, the ready dots in one path, the others in another (as the kit draws them). */
function marks(ready, total) {
  const width = Math.min(3, Math.ceil(total / 10)) * 96 - 4;
  const height = Math.ceil(total / 30) * 12 - 1;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [key, value] of Object.entries({ class: 'marks', 'aria-hidden': 'true', width, height }))
    svg.setAttribute(key, value);
  svg.setAttribute('viewBox', `-2 -2 ${width} ${height}`);
  for (const [from, to, attributes] of [
    [0, ready, { class: 'ready' }],
    [ready, total, {}],
  ]) {
    const path = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
    for (const key in attributes) path.setAttribute(key, attributes[key]);
    let d = '';
    for (let index = from; index < to; index++) {
      const ten = Math.floor(index / 10);
      d += `M${(ten % 3) * 96 + (index % 10) * 9 + 0.75} ${Math.floor(ten / 3) * 12 + 3.5}a2.75 2.75 0 0 0 5.5 0a2.75 2.75 0 0 0-5.5 0`;
    }
    path.setAttribute('d', d);
  }
  return svg;
}

function setTime(time, isoDate) {
  time.setAttribute('datetime', isoDate);
  time.textContent = formatDate(isoDate);
}

class VanillaCoalitionSummary extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    const data = story();
    const { meeting, coalition, troops, force, report, objectives, usPosition } = data;
    const compact = this.getAttribute('layout') === 'compact';
    const card = summary();
    const article = card.firstChild;
    const lang = data.lang ?? 'en';
    article.setAttribute('lang', lang);
    const [header, figures] = article.children;

    const [kicker, headline, meta] = header.children;
    kicker.prepend(`${isolate(meeting.city)} · `);
    setTime(kicker.lastChild, meeting.date);
    headline.textContent = data.headline;
    headline.setAttribute('lang', lang);
    const leads = formatList(coalition.leadPartners.map((country) => isolate(withArticle(country.name))));
    meta.textContent = `${isolate(`${meeting.name}, ${meeting.venue}`)}${compact ? '' : ` · Closest partners: ${leads}`}`;

    const [countries, ready, range] = figures.children;
    countries.querySelector('.number').textContent = formatCount(coalition.participantCount);
    if (!compact) {
      const description = `${isolate(coalition.description)}.${coalition.initiative ? ` ${isolate(coalition.initiative)}.` : ''}`;
      countries.append(more(data, 'the coalition', description, coalition.evidence, lang));
    }

    const total = coalition.participantCount;
    const readyCount = Math.min(troops.readyCount, total);
    ready.querySelector('.number').textContent = `${formatCount(readyCount)} of ${formatCount(total)}`;
    ready.append(marks(readyCount, total));
    if (!troops.evidence && troops.reportedBy)
      ready.append(element('p', { class: 'note' }, `Reported by ${isolate(troops.reportedBy)}.`));
    const others = compact || !troops.otherContributions ? '' : ` ${troops.otherContributions}`;
    ready.append(more(data, 'the troops', `${troops.caveat}${others}`, troops.evidence, lang));

    range.querySelector('.number').textContent = `${formatCount(force.min)}–${formatCount(force.max)}`;
    range.append(
      ...(compact ? evidence(data, force.evidence) : [more(data, 'the force', `${force.role}.`, force.evidence, lang)]),
    );

    if (!compact) {
      const sections = details();
      const [goals, us] = sections.children;
      const list = goals.lastChild;
      list.setAttribute('lang', lang);
      for (const objective of objectives) list.append(element('li', null, objective.title));
      // Objectives often rest on one sentence: shown once.
      const sentences = objectives
        .flatMap((objective) => objective.evidence ?? [])
        .filter((item, index, all) => all.findIndex((other) => other.excerpt === item.excerpt) === index);
      goals.append(...evidence(data, sentences));
      us.lastChild.textContent = usPosition.summary;
      us.lastChild.setAttribute('lang', lang);
      const sought = `What the coalition still seeks from the U.S.: ${formatList(usPosition.sought.map(inSentence))}.`;
      us.append(more(data, 'the U.S. position', sought, usPosition.evidence));
      article.append(sections);
    }

    const byline = source();
    const time = byline.firstChild.lastChild;
    time.before(`${isolate(report.author)}, ${isolate(report.city)}, `);
    setTime(time, report.date);
    article.append(byline, ...updates(data));
    root.append(card);
  }
}
customElements.define('vanilla-coalition-summary', VanillaCoalitionSummary);
