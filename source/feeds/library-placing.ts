import {libraryInbox} from './inbox-store.js';
import {createPlacer} from './place-article.js';

// What refresh needs to place the articles of untied feeds: a placer over the followed stories (made
// once per refresh: it profiles every story once) and the inbox of the library folder, for what belongs
// to none.
export function libraryPlacing(libraryFolder: string) {
	return {placer: createPlacer, inbox: libraryInbox(libraryFolder)};
}
