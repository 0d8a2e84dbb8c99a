// The few DOM members the page reader uses, typed here: the project compiles without the browser's
// "dom" library (it is a terminal program), and linkedom's own types assume it.

export interface DomNode {
	nodeType: number;
	textContent: string | null;
	childNodes: Iterable<DomNode>;
}

export interface DomElement extends DomNode {
	tagName: string;
	children: Iterable<DomElement>;
	getAttribute(name: string): string | null;
	querySelector(selector: string): DomElement | null;
	querySelectorAll(selector: string): Iterable<DomElement>;
}

export interface DomDocument {
	documentElement: DomElement | null;
	body: DomElement | null;
	querySelector(selector: string): DomElement | null;
	querySelectorAll(selector: string): Iterable<DomElement>;
}
