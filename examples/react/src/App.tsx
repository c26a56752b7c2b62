import { useState } from 'react';
import { CoalitionData, CoalitionSummary, QuoteCard } from 'coalition-widgets/react';
import { defaultStory } from 'coalition-widgets/story';
import type { Theme } from 'coalition-widgets';

// The default story with one fact changed, passed as a property.
const story = { ...defaultStory, coalition: { ...defaultStory.coalition, participantCount: 31 } };
const quotes = ['healey-planning', 'macron-with-or-without'];

export function App() {
  const [quote, setQuote] = useState(0);
  const [theme, setTheme] = useState<Theme>('light');
  const [event, setEvent] = useState('no event yet');
  return (
    <main>
      <h1>coalition-widgets in React</h1>
      <button id="next-quote" onClick={() => setQuote((quote + 1) % quotes.length)}>Next quote</button>
      <button id="toggle-theme" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>Toggle theme</button>
      <output id="event">{event}</output>
      <CoalitionData
        data={story}
        onCoalitionLoad={(e) => setEvent(`coalition-load from ${e.detail.source}: ${e.detail.story.coalition.participantCount} countries`)}
        onCoalitionError={(e) => setEvent(`coalition-error: ${e.detail.message}`)}
      >
        <CoalitionSummary layout="compact" theme={theme} />
        <QuoteCard quote={quotes[quote]} theme={theme} />
      </CoalitionData>
    </main>
  );
}
