/// <reference types="node" />
// Where a pre-rendered widget's story comes from, read in Node as the kit reads it in a browser:
// a <coalition-data>'s `src` (a file beside the page, or an http(s) URL), its inline JSON, or the
// default story; checked by the kit's own story checker.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { defaultStory } from '../story/default-story.js';
import { checkStory, MAX_STORY_BYTES, parseInlineStory, type LoadResult } from '../data/story-loader.js';

/** What a <coalition-data> in the HTML says about its story. */
export interface StorySource {
  src?: string;
  inlineJson?: string;
}

const loaded = new Map<string, Promise<LoadResult>>();

/** Where the page is, and the folder its site serves at `/`: a story's `src` is a file there, as its URL says. */
export interface PageFiles {
  page: string;
  root: string;
}

/**
 * The story of a `<coalition-data>`: a relative `src` is a file in the page's folder, a root-relative
 * one (`/stories/a.json`) a file under the site's root folder, an http(s) URL is fetched. Each is read once.
 */
export function loadStorySource(source: StorySource, { page, root }: PageFiles): Promise<LoadResult> {
  if (source.src !== undefined) {
    const path = source.src.split(/[?#]/)[0];
    const key = /^https?:\/\//i.test(source.src)
      ? source.src
      : path.startsWith('/')
        ? join(root, path)
        : resolve(dirname(page), path);
    let result = loaded.get(key);
    if (!result) loaded.set(key, (result = readSrc(source.src, key)));
    return result;
  }
  if (source.inlineJson !== undefined) return Promise.resolve(parseInlineStory(source.inlineJson));
  return Promise.resolve({ ok: true, story: defaultStory });
}

async function readSrc(src: string, where: string): Promise<LoadResult> {
  const failed = (why: string): LoadResult => ({ ok: false, error: `Could not load the story from "${src}": ${why}` });
  let text: string;
  if (/^https?:\/\//i.test(where)) {
    try {
      const response = await fetch(where, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok)
        return failed(`the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
      text = await response.text();
    } catch (error) {
      return failed(`the request failed (${(error as Error).message}).`);
    }
  } else if (/^[a-z][a-z\d+.-]*:/i.test(src)) {
    return failed('only http(s) URLs and files beside the page are allowed.');
  } else {
    try {
      if ((await stat(where)).size > MAX_STORY_BYTES) return failed('the file is larger than a story may be.');
      text = await readFile(where, 'utf8');
    } catch {
      // Written into the page: the folder it names is the page's, not this computer's.
      return failed('there is no such file where the page is served from.');
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(`it is not valid JSON (${(error as Error).message}).`);
  }
  return checkStory(json, `Could not load the story from "${src}": it is not a valid story`);
}
