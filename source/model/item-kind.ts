/** What an item of a story is: the kinds the search, the labels and the dashboard's panes share. */
export type ItemKind = 'person' | 'organization' | 'place' | 'fact' | 'event' | 'quote';
