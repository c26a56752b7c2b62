/**
 * Which stories the embed page shows: only from its own origin and the origins its
 * Content-Security-Policy allows to connect to (the one list a newsroom edits, in embed.html). A
 * story from anywhere else would put another site's words under the newsroom's name. No DOM.
 */

/** Bidi controls, which could make text shown from a URL reorder the words around it. */
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a URL as a message may show it: at most 60 characters, isolated for direction. */
export function quoteFromUrl(text: string): string {
  const plain = text.replace(bidiControls, '');
  const short = plain.length > 60 ? `${plain.slice(0, 59)}…` : plain;
  return `\u2068${short}\u2069`;
}

/** The exact origins a policy's connect-src names; `'self'` is `selfOrigin`. */
export function allowedOrigins(policy: string, selfOrigin: string): string[] {
  const sources = /(?:^|;)\s*connect-src\s+([^;]*)/i.exec(policy)?.[1].trim().split(/\s+/) ?? ["'self'"];
  return sources.flatMap((source) => {
    if (source === "'self'") return [selfOrigin];
    try {
      const url = new URL(source);
      return /^https?:$/.test(url.protocol) && !url.hostname.includes('*') ? [url.origin] : [];
    } catch {
      return [];
    }
  });
}

/** Why the embed page refuses the story at `src`, or undefined when it may show it. */
export function refuseStory(src: string, pageUrl: string, allowed: string[]): string | undefined {
  let origin: string | undefined;
  try {
    const url = new URL(src, pageUrl);
    if (/^https?:$/.test(url.protocol)) origin = url.origin;
  } catch {
    // not a URL: refused below
  }
  if (origin && allowed.includes(origin)) return undefined;
  return `This embed shows stories only from ${allowed.join(', ')}; src=${quoteFromUrl(src)} is not one of them.`;
}
