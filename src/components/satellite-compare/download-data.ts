import { satellitesCsv } from '../../story/csv.js';
import type { Story } from '../../story/story-schema.js';

/**
 * Downloads the chart's figures, with the note and the source, as military-satellites.csv, made in
 * the browser. Loaded on demand: a reader who never asks for the data never fetches this file.
 */
export function downloadCsv(story: Story, beside: Element): void {
  const url = URL.createObjectURL(new Blob([satellitesCsv(story)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'military-satellites.csv';
  // In the document while clicked: a detached link downloads nothing in some browsers.
  beside.after(link);
  link.click();
  link.remove();
  // Later, not at once: a browser may read the file after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
