// Type tests: ngc must report an error on each line of mistakes.component.html marked with an
// expect-error comment, and nowhere else (see ../../expect-type-errors.mjs). Not part of the app.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import type { CoalitionErrorEvent, StoryLoadEvent } from 'coalition-widgets';
import { COALITION_WIDGETS } from 'coalition-widgets/angular';

@Component({
  selector: 'app-mistakes',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [COALITION_WIDGETS],
  templateUrl: './mistakes.component.html',
})
export class MistakesComponent {
  onLoad(e: StoryLoadEvent) {
    return e.detail.story;
  }
  onError(e: CoalitionErrorEvent) {
    return e.detail.message;
  }
}
