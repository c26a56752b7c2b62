// Type tests, checked by `npm run check`: each marked line must be a type error, so the check
// fails if the kit's types stop catching these mistakes. Never rendered.
import { useRef } from 'react';
import type {} from 'coalition-widgets/types/react';
import type { QuoteCard as QuoteCardElement } from 'coalition-widgets';
import { CoalitionData, QuoteCard } from 'coalition-widgets/react';

export const wrongThemeValue = (
  // @ts-expect-error theme is 'light' | 'dark' | 'auto'
  <QuoteCard theme="drak" />
);

export const misspelledEvent = (
  // @ts-expect-error there is no event coalition-lod
  <CoalitionData onCoalitionLod={() => {}} />
);

export const wrongEventDetail = (
  // @ts-expect-error coalition-error's detail has a message, no story
  <CoalitionData onCoalitionError={(e) => e.detail.story} />
);

// The plain tags are typed too (coalition-widgets/types/react): values and handler types are checked…
export const wrongThemeValueOnTag = (
  // @ts-expect-error theme is 'light' | 'dark' | 'auto'
  <quote-card theme="drak" />
);
export const wrongEventDetailOnTag = (
  // @ts-expect-error coalition-error's detail has a message, no story
  <coalition-data oncoalition-error={(e) => e.detail.story} />
);
// …but TypeScript never checks the name of a hyphenated JSX prop, so this misspelt event compiles
// and would never fire. This is the gap the components of coalition-widgets/react close.
export const misspelledEventOnTagCompiles = <coalition-data oncoalition-lod={() => {}} />;

// And what must stay allowed: React's own props, data-* attributes and a ref typed as the element.
export function AllowedProps() {
  const ref = useRef<QuoteCardElement>(null);
  return (
    <>
      <QuoteCard ref={ref} id="a" className="b" style={{ color: 'red' }} quote="healey-planning" />
      <quote-card ref={ref} id="a" className="b" data-test-id="c" quote="healey-planning" />
    </>
  );
}
