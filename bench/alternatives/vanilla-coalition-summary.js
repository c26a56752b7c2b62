// A hand-written custom element producing the same DOM (and using the same CSS) as <coalition-summary>.
import { css } from '../.build/kit-css.js';
import { element, formatCount, formatDate, formatList, sheet, story, template, withArticle } from './format.js';

const styles = sheet(css['coalition-summary']);
const summary = template(
  '<article part="base" aria-labelledby="headline"><header><span class="kicker"><time></time></span>' +
    '<h2 id="headline" part="headline"></h2><p class="meta"></p></header><div class="figures" part="figures">' +
    '<div class="figure"><span class="number"></span><h3>countries taking part</h3></div>' +
    '<div class="figure"><span class="number"></span><h3>ready to send troops</h3><div class="marks" role="img"></div><p class="note"></p></div>' +
    '<div class="figure force"><span class="number"></span><h3>troops in the reassurance force</h3>' +
    '<svg class="range" preserveAspectRatio="none" role="img"><rect class="track" height="1"></rect><rect class="band" height="1"></rect></svg>' +
    '<div class="scale" aria-hidden="true"><span>0</span><span></span></div></div></div>' +
    '<p class="source" part="source">Report by <time></time></p></article>',
);
const details = template(
  '<div class="section"><h3>Objectives</h3><ol class="objectives" part="objectives"></ol></div>' +
    '<div class="section us" part="us-position"><h3>The U.S. position</h3><p></p>' +
    '<p class="note">What the coalition still seeks from the U.S.:</p><ul class="sought"></ul></div>',
);

class VanillaCoalitionSummary extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    const data = story();
    const { meeting, coalition, troops, force, report } = data;
    const compact = this.getAttribute('layout') === 'compact';
    const card = summary();
    const article = card.firstChild;
    const [header, figures, source] = article.children;

    const [kicker, headline, meta] = header.children;
    kicker.prepend(`${meeting.city} · `);
    setTime(kicker.lastChild, meeting.date);
    headline.textContent = data.headline;
    meta.textContent = `${meeting.name}, ${meeting.venue}`;
    if (!compact)
      meta.append(
        ` · Closest partners: ${formatList(coalition.leadPartners.map((country) => withArticle(country.name)))}`,
      );

    const [countries, ready, range] = figures.children;
    countries.firstChild.textContent = formatCount(coalition.participantCount);
    if (!compact) {
      const named = coalition.namedParticipants.map((country) => country.name);
      countries.append(
        element(
          'p',
          { class: 'note' },
          `${coalition.description}${named.length ? `, among them ${formatList(named)}` : ''}.`,
        ),
      );
    }

    const total = coalition.participantCount;
    const readyCount = Math.min(troops.readyCount, total);
    ready.firstChild.textContent = `${formatCount(readyCount)} of ${formatCount(total)}`;
    const marks = ready.children[2];
    marks.setAttribute(
      'aria-label',
      `${formatCount(readyCount)} of ${formatCount(total)} countries are ready to send troops`,
    );
    for (let index = 0; index < total; index++)
      marks.append(element('span', { class: index < readyCount ? 'mark ready' : 'mark' }));
    ready.lastChild.textContent = `Reported by ${troops.reportedBy}.${compact ? '' : ` ${troops.caveat}`}`;

    const scaleMax = force.max || 1;
    const span = `${formatCount(force.min)}–${formatCount(force.max)}`;
    range.firstChild.textContent = span;
    const svg = range.children[2];
    svg.setAttribute('viewBox', `0 0 ${scaleMax} 1`);
    svg.setAttribute('aria-label', `A force of ${span} troops, on a scale from 0 to ${formatCount(scaleMax)}`);
    svg.firstChild.setAttribute('width', scaleMax);
    svg.lastChild.setAttribute('x', force.min);
    svg.lastChild.setAttribute('width', force.max - force.min);
    range.lastChild.lastChild.textContent = formatCount(scaleMax);
    if (!compact) range.append(element('p', { class: 'note' }, `${force.role}.`));

    if (!compact) {
      const more = details();
      const [objectives, us] = more.children;
      for (const objective of data.objectives) {
        const item = element('li');
        const text = item.appendChild(element('span'));
        text.append(element('strong', null, objective.title), objective.text);
        objectives.lastChild.append(item);
      }
      us.children[1].textContent = data.usPosition.summary;
      for (const sought of data.usPosition.sought) us.lastChild.append(element('li', null, sought));
      article.insertBefore(more, source);
    }

    source.append(`${report.author}, ${report.city}, `);
    source.append(source.firstElementChild);
    setTime(source.lastChild, report.date);
    root.append(card);
  }
}

function setTime(time, date) {
  time.setAttribute('datetime', date);
  time.textContent = formatDate(date);
}

customElements.define('vanilla-coalition-summary', VanillaCoalitionSummary);
