import {createHash} from 'node:crypto';
import path from 'node:path';

// Where a library's catalog is (catalog-file.ts reads and writes it), in a module of its own: the
// picker's kept first frame (picker-frame-state.ts) looks at the catalog before the library's code loads.

export const catalogName = '.catalog.json';

/** The cache file for a library folder that cannot hold its own catalog: one per folder, by its path. */
export function cachedCatalogPath(folder: string, cache: string): string {
	const key = createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 16);
	return path.join(cache, 'catalogs', `${key}.json`);
}
