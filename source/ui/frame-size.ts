// Sizes every frame shares, apart from the layout (which reads the list of panes), so that a pane's
// own drawing can use them without importing the layout.

/** Below this the dashboard asks for a larger terminal. */
export const minimumSize = {columns: 40, rows: 12};

/** Rows of content inside a bordered frame of the given outer height: two borders and a title line. */
export function paneBodyHeight(outerHeight: number): number {
	return Math.max(1, outerHeight - 2 - 1);
}
