import type { Story } from '../story/story-schema.js';
import { VERSION } from './version.js';

/**
 * The comment that opens a pre-rendered widget's shadow root: which version of the kit drew it, from
 * which story, in which language (but English). The kit hydrates a copy only when both are those it would render now, since Lit's
 * hydration keeps the text it finds (a corrected story, or a kit whose templates changed, would
 * leave the old words on screen); any other copy is replaced by a fresh render.
 */
export function copyMarker(story: Story, language = 'en'): string {
  // A copy in another language than the widget's is drawn anew, as Lit would keep its words.
  return `coalition-widgets ${VERSION} ${fingerprint(JSON.stringify(story))}${language === 'en' ? '' : ` ${language}`}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: tells two stories apart, nothing more. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
