import { fromSearchParams } from './embed-options.js';
import { widgetCatalog } from './widget-catalog.js';

/**
 * Runs in dist/embed.html: shows the one widget its URL asks for, full-bleed, and tells the page
 * around the iframe how tall it is whenever that changes. Loads nothing but the kit.
 */

const read = fromSearchParams(new URLSearchParams(location.search));
const root = document.querySelector('main')!;

if (read.ok) {
  const { widget, attributes, src, background } = read.options;
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
    console.warn(`[coalition-widgets] embed: ignored unknown options ${read.ignored.join(', ')}.`);
} else {
  const message = document.createElement('p');
  message.className = 'problem';
  message.setAttribute('role', 'alert');
  message.textContent = read.problem;
  root.append(message);
  console.warn(`[coalition-widgets] embed: ${read.problem}`);
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
