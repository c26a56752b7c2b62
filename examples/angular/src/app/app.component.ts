import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { defaultStory } from 'coalition-widgets/story';
import type { CoalitionErrorEvent, StoryLoadEvent, Theme } from 'coalition-widgets';
import { COALITION_WIDGETS } from 'coalition-widgets/angular';

@Component({
  selector: 'app-root',
  // The kit's tags are custom elements, not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  // Typed inputs for the widgets' properties, so the template type check covers [theme] and the rest.
  imports: [COALITION_WIDGETS],
  templateUrl: './app.component.html',
})
export class AppComponent {
  // The default story with one fact changed, passed as a property.
  readonly story = { ...defaultStory, coalition: { ...defaultStory.coalition, participantCount: 31 } };
  readonly quotes = ['healey-planning', 'macron-with-or-without'];
  readonly quote = signal(0);
  readonly theme = signal<Theme>('light');
  readonly event = signal('no event yet');

  // With strictTemplates, Angular types $event from the kit's HTMLElementTagNameMap and event map.
  onLoad(e: StoryLoadEvent) {
    this.event.set(`coalition-load from ${e.detail.source}: ${e.detail.story.coalition.participantCount} countries`);
  }

  onError(e: CoalitionErrorEvent) {
    this.event.set(`coalition-error: ${e.detail.message}`);
  }

  nextQuote() {
    this.quote.update((quote) => (quote + 1) % this.quotes.length);
  }

  toggleTheme() {
    this.theme.update((theme) => (theme === 'light' ? 'dark' : 'light'));
  }
}
