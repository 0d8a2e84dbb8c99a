import {key, type KeyRow} from '../key-rows.js';

// The keys of the inbox screen (the picker's Inbox row opened) and the refresh key, as rows of the one
// key table (keys.ts puts them among its own): the help, the footer and the config's rebinding read
// them from there like any other key.

export type InboxCommand = 'saveGroup' | 'addGroup' | 'dismissGroup' | 'leaveInbox' | 'refreshFeeds';

export const inboxKeyRows: Record<InboxCommand, KeyRow> = {
	saveGroup: {category: 'Inbox', description: 'start a new story of the library from the selected group (its title asked first)', footer: {inbox: '{keys} save'}, importance: 9, bindings: [{keys: [key('s')], contexts: ['inbox']}]},
	addGroup: {category: 'Inbox', description: "add the selected group's articles to a story of the library (chosen from a list)", footer: {inbox: '{keys} add'}, importance: 8, bindings: [{keys: [key('a')], contexts: ['inbox']}]},
	dismissGroup: {category: 'Inbox', description: "dismiss the selected group, after a yes (its articles go to the inbox's dismissed folder)", footer: {inbox: '{keys} dismiss'}, importance: 7, bindings: [{keys: [key('d'), key('delete')], contexts: ['inbox']}]},
	leaveInbox: {category: 'Inbox', description: 'back to the story picker', footer: {inbox: '{keys} back'}, importance: 6, bindings: [{keys: [key('escape'), key('backspace')], contexts: ['inbox']}]},
	refreshFeeds: {
		category: 'General',
		description: 'refresh the feeds (as summit-tui refresh): new articles go into their stories or the inbox; keys keep working meanwhile',
		footer: {picker: '{keys} refresh'},
		importance: 3,
		bindings: [{keys: [key('R', {shift: true})], contexts: ['picker', 'list', 'map', 'inbox']}],
	},
};
