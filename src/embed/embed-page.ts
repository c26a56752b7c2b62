import { fromSearchParams } from './embed-options.js';
import { widgetCatalog } from './widget-catalog.js';
import { allowedOrigins, refuseStory } from './story-origins.js';
import { isLocalUrl } from './local-url.js';

/**
 * Runs in dist/embed.html: shows the one widget its URL asks for, full-bleed, and tells the page
 * around the iframe how tall it is whenever that changes. Loads nothing but the kit. In a page the
 * `publish` command wrote, the widget is there already.
 */

const read = fromSearchParams(new URLSearchParams(location.search));
const root = document.querySelector('main')!;
const policy = document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')?.content ?? '';
const refusal =
  read.ok && read.options.src && refuseStory(read.options.src, location.href, allowedOrigins(policy, location.origin));

// Readers with JavaScript get the widget itself, not the copy written for those without.
for (const copy of document.querySelectorAll('.without-script, .without-script-notice')) copy.remove();

const around = location.ancestorOrigins?.[0] ?? (document.referrer && new URL(document.referrer).origin);
if (around && !isLocalUrl(around) && isLocalUrl(location.href)) {
  console.warn(
    `[coalition-widgets] embed: this embed is served from ${location.origin}, which readers' browsers cannot reach; serve the kit's dist/ folder from a public address (the builder's "Where readers load the kit from").`,
  );
}

// A page written by `coalition-widgets publish` holds its widget already, pre-rendered: it only reports its height.
const published = root.querySelector(':scope > :is(coalition-data, [data-coalition-widget])');

if (published) {
  // Nothing to add.
} else if (refusal) {
  showProblem(refusal);
} else if (read.ok) {
  const { widget, attributes, src, background, lang } = read.options;
  // The widgets take the page's language; the page's own heading stays English.
  if (lang) document.documentElement.lang = lang;
  document.querySelector('h1')!.lang = 'en';
  document.documentElement.classList.toggle('transparent', background === 'transparent');
  document.documentElement.dataset.theme = attributes.theme ?? 'light';
  document.querySelector('h1')!.textContent = `${widgetCatalog[widget].pageTitle}: Coalition of the Willing`;
  const element = document.createElement(widget);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (src) {
    const data = document.createElement('coalition-data');
    data.setAttribute('src', src);
    data.append(element);
    root.append(data);
  } else {
    root.append(element);
  }
  if (read.ignored.length)
    console.warn(
      `[coalition-widgets] embed: ignored ${read.ignored.join(', ')}: not options of <${read.options.widget}>.`,
    );
  for (const problem of read.problems) console.warn(`[coalition-widgets] embed: ${problem}`);
} else {
  showProblem(read.problem);
}

function showProblem(problem: string) {
  const message = document.createElement('p');
  message.className = 'problem';
  message.setAttribute('role', 'alert');
  message.textContent = problem;
  root.append(message);
  console.warn(`[coalition-widgets] embed: ${problem}`);
}

let reported = 0;
new ResizeObserver(() => {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === reported || window.parent === window) return;
  reported = height;
  // The AMP message is understood by Datawrapper-, Flourish- and Pym-style hosts; the second is ours.
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  window.parent.postMessage({ type: 'coalition-widgets:embed-size', height }, '*');
}).observe(root);
