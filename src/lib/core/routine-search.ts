/**
 * Finding a routine in the library: a typed search and filter chips for tags and equipment. Pure: the
 * screen keeps the query and shows the result. The lists are short (tens of routines), so each call
 * simply reads every routine; nothing is indexed.
 */
import type { RoutineSummary } from './routine-summary';

/** What the user asked for. Empty text and empty lists ask for nothing: every routine matches. */
export interface RoutineQuery {
	/** Words typed in the search field; every word must be found somewhere in the routine. */
	text: string;
	/** Tags chosen; a routine must carry all of them. */
	tags: string[];
	/** Equipment chosen; a routine must use at least one of it. */
	equipment: string[];
}

/** The parts of a routine a search reads. */
export type Searchable = Pick<RoutineSummary, 'title' | 'description' | 'tags' | 'equipment'>;

/** One chip: a tag or a piece of equipment, as first spelled, and how many routines carry it. */
export interface Facet {
	name: string;
	count: number;
}

/**
 * Folds text for comparing: lower case, accents dropped ("Épaule" finds "epaule" and the other way
 * round), because people type on a phone without accents and in whatever case the keyboard gives.
 */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A tag's or a piece of equipment's identity: folded, and without the spaces around it ("Hip " is "hip"). */
export function keyOf(value: string): string {
	return fold(value.trim());
}

/** The typed words, folded; punctuation stays part of a word ("post-run"), spaces separate them. */
function words(text: string): string[] {
	return fold(text).split(/\s+/).filter(Boolean);
}

/** True when the query asks for anything: the screen then says how many routines it shows. */
export function isActive(query: RoutineQuery): boolean {
	return words(query.text).length > 0 || query.tags.length > 0 || query.equipment.length > 0;
}

/**
 * The routines that match `query`, in their given order.
 *
 * - Text: every word must appear (as part of a word: "roll" finds "foam roller") in the title, the
 *   description, a tag or a piece of equipment; so each word typed narrows the list, as in any search box.
 * - Tags: all chosen tags must be on the routine. Tags describe what a routine is for ("hip",
 *   "post-run"), and choosing a second one means "and also this", so it narrows.
 * - Equipment: a routine matches when it uses any of the chosen pieces ("routines with my foam
 *   roller"). Not "only what I have": the shipped equipment is free text ("foam roller or massage
 *   stick", "resistance band (optional)", "wall"), so a strict "everything it needs is chosen" check
 *   would hide routines the user can do, and would show nothing until every item at home had been
 *   tapped. Choosing a second piece widens the list, as the chips' group says.
 *
 * The three parts combine with AND. Tags and equipment compare folded, like the text.
 */
export function filterRoutines<T extends Searchable>(routines: readonly T[], query: RoutineQuery): T[] {
	const wanted = words(query.text);
	const tags = query.tags.map(keyOf);
	const equipment = new Set(query.equipment.map(keyOf));
	return routines.filter((routine) => {
		const ownTags = routine.tags.map(keyOf);
		if (!tags.every((tag) => ownTags.includes(tag))) return false;
		if (equipment.size > 0 && !routine.equipment.some((item) => equipment.has(keyOf(item)))) return false;
		if (wanted.length === 0) return true;
		// One string per field, joined by a line break no typed word can hold, so a word never spans two fields.
		const haystack = fold([routine.title, routine.description ?? '', ...routine.tags, ...routine.equipment].join('\n'));
		return wanted.every((word) => haystack.includes(word));
	});
}

/**
 * The chips to offer for one field of the routines: each distinct value with the number of routines
 * that carry it, most common first, then by name. Values that differ only in case or accents are one
 * chip (a user's "Hip" and the built-ins' "hip"), named as first seen, so the list never shows twins.
 */
export function facetsOf(routines: readonly Searchable[], field: 'tags' | 'equipment'): Facet[] {
	const byKey = new Map<string, Facet>();
	for (const routine of routines) {
		const seen = new Set<string>();
		for (const value of routine[field]) {
			const key = keyOf(value);
			if (key === '' || seen.has(key)) continue; // a routine listing "Hip" and "hip" counts once
			seen.add(key);
			const facet = byKey.get(key);
			if (facet) facet.count++;
			else byKey.set(key, { name: value.trim(), count: 1 });
		}
	}
	return [...byKey.entries()]
		.sort(([keyA, a], [keyB, b]) => b.count - a.count || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0))
		.map(([, facet]) => facet);
}

/**
 * The query as address parameters (`?q=hip+roll&tag=glutes&equipment=mat`), so Back to the library
 * shows the same list and a filtered list can be bookmarked. Empty parts are left out.
 */
export function queryToParams(query: RoutineQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.text.trim()) params.set('q', query.text);
	for (const tag of query.tags) params.append('tag', tag);
	for (const item of query.equipment) params.append('equipment', item);
	return params;
}

/** Reads a query back from address parameters; anything else in them is ignored. */
export function queryFromParams(params: URLSearchParams): RoutineQuery {
	const distinct = (values: string[]) => [...new Set(values.filter((value) => value.trim() !== ''))];
	return { text: params.get('q') ?? '', tags: distinct(params.getAll('tag')), equipment: distinct(params.getAll('equipment')) };
}
