/**
 * The library's search and filters as the user sets them: the typed text and the chosen chips, the
 * routines that match, and the chips to offer. Offered only once the user has a routine of their own
 * (a handful of built-ins need no search). The rules live in `core/routine-search.ts`; this holds the
 * state, and tells `onChange` after each change so the screen can keep the query in its address.
 */
import { facetsOf, filterRoutines, isActive, keyOf, type Facet, type RoutineQuery, type Searchable } from '$lib/core/routine-search';

/** A routine the library lists: its origin decides whether search is offered at all. */
export type LibraryRoutine = Searchable & { origin?: 'built-in' | 'yours' };

export class LibrarySearch<T extends LibraryRoutine> {
	text = $state('');
	tags: string[] = $state([]);
	equipment: string[] = $state([]);

	readonly #routines: () => readonly T[];
	readonly #onChange: (query: RoutineQuery) => void;

	/**
	 * @param routines read on each use, so a list that reloads (Undo of a delete) is searched afresh.
	 * @param initial the query to start from, e.g. read from the address when coming Back.
	 * @param onChange told the whole query after each change the user makes, never on construction.
	 */
	constructor(routines: () => readonly T[], initial?: RoutineQuery, onChange: (query: RoutineQuery) => void = () => {}) {
		this.#routines = routines;
		this.#onChange = onChange;
		if (initial) {
			this.text = initial.text;
			this.tags = [...initial.tags];
			this.equipment = [...initial.equipment];
		}
	}

	/** True when the user has a routine of their own: only then are search and filters shown and applied. */
	readonly offered = $derived(this.#all().some((routine) => routine.origin === 'yours'));

	readonly query: RoutineQuery = $derived({ text: this.text, tags: this.tags, equipment: this.equipment });

	/** True when the query narrows the list (and search is offered). */
	readonly active = $derived(this.offered && isActive(this.query));

	/** The routines to list: all of them unless search is offered and asks for something. */
	readonly results: T[] = $derived(this.active ? filterRoutines(this.#all(), this.query) : [...this.#all()]);

	/** Counted over all routines, so a chip never vanishes as others are chosen. */
	readonly tagFacets: Facet[] = $derived(withChosen(facetsOf(this.#all(), 'tags'), this.tags));
	readonly equipmentFacets: Facet[] = $derived(withChosen(facetsOf(this.#all(), 'equipment'), this.equipment));

	/** "3 of 9 routines" while narrowed, "9 routines" otherwise: what the live region says. */
	readonly summary: string = $derived.by(() => {
		const total = this.#all().length;
		const noun = total === 1 ? 'routine' : 'routines';
		return this.active ? `${this.results.length} of ${total} ${noun}` : `${total} ${noun}`;
	});

	setText = (text: string): void => {
		this.text = text;
		this.#changed();
	};

	toggleTag = (tag: string): void => {
		this.tags = toggled(this.tags, tag);
		this.#changed();
	};

	/** True when the chip `tag` is pressed. */
	hasTag = (tag: string): boolean => isChosen(this.tags, tag);

	/** True when the chip `item` is pressed. */
	hasEquipment = (item: string): boolean => isChosen(this.equipment, item);

	toggleEquipment = (item: string): void => {
		this.equipment = toggled(this.equipment, item);
		this.#changed();
	};

	/** Back to every routine. */
	clear = (): void => {
		this.text = '';
		this.tags = [];
		this.equipment = [];
		this.#changed();
	};

	#all(): readonly T[] {
		return this.#routines();
	}

	#changed(): void {
		this.#onChange({ text: this.text, tags: [...this.tags], equipment: [...this.equipment] });
	}
}

/** True when `value` is among `chosen`, however either is spelled in case and accents. */
export function isChosen(chosen: readonly string[], value: string): boolean {
	return chosen.some((item) => keyOf(item) === keyOf(value));
}

function toggled(list: string[], value: string): string[] {
	return isChosen(list, value) ? list.filter((item) => keyOf(item) !== keyOf(value)) : [...list, value];
}

/**
 * Chosen chips that no routine carries any more (one came from an old address, or its routine was
 * deleted) are still offered, with a count of 0, so a filter is never applied without a chip to undo it.
 */
function withChosen(facets: Facet[], chosen: string[]): Facet[] {
	const offered = facets.map((facet) => facet.name);
	return [...facets, ...chosen.filter((name) => !isChosen(offered, name)).map((name) => ({ name, count: 0 }))];
}
