import { parseStory, summarizeProblems } from '../story/index.js';
/** Larger than any real story by far; a guard against pasting the wrong URL. */
export const MAX_STORY_BYTES = 1_000_000;
const inFlightOrLoaded = new Map();
/**
 * Fetches and validates the story at `url`, once per URL however many elements ask.
 * A failed load is forgotten, so asking again retries.
 */
export function loadStory(url) {
    const absoluteUrl = new URL(url, document.baseURI).href;
    let result = inFlightOrLoaded.get(absoluteUrl);
    if (!result) {
        result = fetchStory(url, absoluteUrl);
        inFlightOrLoaded.set(absoluteUrl, result);
        result.then((loaded) => loaded.ok || inFlightOrLoaded.delete(absoluteUrl));
    }
    return result;
}
async function fetchStory(url, absoluteUrl) {
    const failed = (why) => ({ ok: false, error: `Could not load the story from "${url}": ${why}` });
    if (!/^https?:/.test(absoluteUrl))
        return failed('only http(s) URLs are allowed.');
    let response;
    try {
        response = await fetch(absoluteUrl, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    }
    catch (error) {
        return failed(`the network request failed (${error.message}).`);
    }
    if (!response.ok)
        return failed(`the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
    const text = await response.text();
    if (text.length > MAX_STORY_BYTES) {
        return failed(`it is ${text.length.toLocaleString('en-GB')} characters long; a story may be at most ${MAX_STORY_BYTES.toLocaleString('en-GB')}.`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        return failed(`it is not valid JSON (${error.message}).`);
    }
    const parsed = parseStory(json);
    return parsed.ok ? parsed : failed(`it is not a valid story: ${summarizeProblems(parsed.problems)}.`);
}
