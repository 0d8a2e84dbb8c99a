// Run in a fresh process, so that what is measured is cold, as at start-up: either the library's
// catalog read (the picker's first frame needs it) or one story's load and validation (a story's
// first frame needs that), including loading the modules each needs. Prints milliseconds.
const [what, target, cache] = process.argv.slice(2);
const started = performance.now();
if (what === 'catalog') {
	const {loadLibrary} = await import('../../source/library/catalog.js');
	const library = await loadLibrary(target!, {cache: cache!});
	if (library.filesRead !== 0) throw new Error(`the catalog was not warm: ${library.filesRead} files read`);
} else {
	const {loadStoryFile} = await import('../../source/library/catalog.js');
	const loaded = await loadStoryFile(target!, {});
	if (!loaded.story) throw new Error('the story does not load');
}
process.stdout.write(String(performance.now() - started));
export {};
