// Bundles the CLI into dist/ as minified ESM with React's production build: start-up is dominated by
// module loading, so one file loads far faster than node_modules (see ../shared/INK-NOTES.md).
import {build} from 'esbuild';
import {rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}/dist`, {recursive: true, force: true});

await build({
	absWorkingDir: root,
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	bundle: true,
	// Chunks let the plain report skip loading Ink and React entirely.
	splitting: true,
	format: 'esm',
	platform: 'node',
	// Prefer ES module builds: jsonc-parser's UMD entry requires its parts dynamically, which a bundle cannot follow.
	mainFields: ['module', 'main'],
	target: 'node20',
	minify: true,
	sourcemap: false,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports its devtools support unconditionally; it is never used outside development.
	alias: {'react-devtools-core': './source/ui/devtools-stub.ts'},
	banner: {
		// Bundled CommonJS dependencies call require() for Node built-ins.
		js: "import {createRequire as __summitCreateRequire} from 'node:module'; const require = __summitCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
