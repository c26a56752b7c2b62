// Chart.js, tree-shaken to one horizontal bar chart, wrapped in a custom element so that it is inserted
// like the widgets. Animation and responsiveness off: it draws once, synchronously, at a fixed size.
import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

class ChartjsBars extends HTMLElement {
  connectedCallback() {
    if (this.chart) return;
    const countries = globalThis.benchStory?.satellites.countries ?? [];
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 220;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'Military satellites by country');
    this.append(canvas);
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: countries.map((country) => country.name),
        datasets: [
          { label: 'Military satellites', data: countries.map((country) => country.count), backgroundColor: '#0b57a4' },
        ],
      },
      options: { indexAxis: 'y', animation: false, responsive: false, events: [] },
    });
  }
}
customElements.define('chartjs-bars', ChartjsBars);
