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
    '<div class="marks" aria-hidden="true"></div></div>' +
    '<div class="figure force"><h3 aria-level="3"><span class="number"></span> troops could make up the allied force</h3>' +
    '</div></div></article>',
);
const details = template(
  '<div class="section"><h3 aria-level="3">Objectives</h3><ol class="objectives" part="objectives"></ol></div>' +
    '<div class="section us" part="us-position"><h3 aria-level="3">The U.S. position</h3><p></p></div>',
);
const source = template('<p class="source" part="source">Report by <time></time></p>');

/** What does not fit at a glance, behind a native disclosure, then the sources' disclosure. */
function more(topic, text, sources) {
  const block = element('div', { class: 'disclosures' });
  const disclosure = block.appendChild(element('details', { class: 'more' }));
  const summary = disclosure.appendChild(element('summary', null, 'More'));
  summary.append(element('span', { class: 'visually-hidden' }, ` about ${topic}`));
  disclosure.append(element('p', null, text));
  block.append(...sources);
  return block;
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
    article.setAttribute('lang', data.lang ?? 'en');
    const [header, figures] = article.children;

    const [kicker, headline, meta] = header.children;
    kicker.prepend(`${isolate(meeting.city)} · `);
    setTime(kicker.lastChild, meeting.date);
    headline.textContent = data.headline;
    const leads = formatList(coalition.leadPartners.map((country) => isolate(withArticle(country.name))));
    meta.textContent = `${isolate(meeting.name)}, ${isolate(meeting.venue)}${compact ? '' : ` · Closest partners: ${leads}`}`;

    const [countries, ready, range] = figures.children;
    countries.querySelector('.number').textContent = formatCount(coalition.participantCount);
    if (!compact) {
      const description = `${isolate(coalition.description)}.${coalition.initiative ? ` ${isolate(coalition.initiative)}.` : ''}`;
      countries.append(more('the coalition', description, evidence(data, coalition.evidence)));
    }

    const total = coalition.participantCount;
    const readyCount = Math.min(troops.readyCount, total);
    ready.querySelector('.number').textContent = `${formatCount(readyCount)} of ${formatCount(total)}`;
    const marks = ready.lastChild;
    for (let ten = 0; ten * 10 < total; ten++) {
      const row = marks.appendChild(element('span', { class: 'ten' }));
      for (let index = ten * 10; index < Math.min(total, ten * 10 + 10); index++)
        row.append(element('span', { class: index < readyCount ? 'mark ready' : 'mark' }));
    }
    if (!troops.evidence && troops.reportedBy)
      ready.append(element('p', { class: 'note' }, `Reported by ${isolate(troops.reportedBy)}.`));
    const others = compact || !troops.otherContributions ? '' : ` ${troops.otherContributions}`;
    ready.append(more('the six', `${troops.caveat}${others}`, evidence(data, troops.evidence)));

    range.querySelector('.number').textContent = `${formatCount(force.min)}–${formatCount(force.max)}`;
    range.append(
      ...(compact
        ? evidence(data, force.evidence)
        : [more('the force', `${force.role}.`, evidence(data, force.evidence))]),
    );

    if (!compact) {
      const sections = details();
      const [goals, us] = sections.children;
      const list = goals.lastChild;
      for (const objective of objectives) list.append(element('li', null, objective.title));
      // Objectives often rest on one sentence: shown once.
      const sentences = objectives
        .flatMap((objective) => objective.evidence ?? [])
        .filter((item, index, all) => all.findIndex((other) => other.excerpt === item.excerpt) === index);
      goals.append(...evidence(data, sentences));
      us.lastChild.textContent = usPosition.summary;
      const sought = `What the coalition still seeks from the U.S.: ${formatList(usPosition.sought.map(inSentence))}.`;
      us.append(more('the U.S. position', sought, evidence(data, usPosition.evidence)));
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
