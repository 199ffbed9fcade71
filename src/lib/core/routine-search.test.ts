import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetsOf, filterRoutines, fold, isActive, queryFromParams, queryToParams, type RoutineQuery, type Searchable } from './routine-search';

const query = (part: Partial<RoutineQuery>): RoutineQuery => ({ text: '', tags: [], equipment: [], ...part });

const HIP: Searchable & { id: string } = { id: 'hip', title: 'Post-run hip reset', description: 'Release for the glutes.', tags: ['hip', 'glutes', 'post-run'], equipment: ['foam roller', 'mat'] };
const DESK: Searchable & { id: string } = { id: 'desk', title: 'Desk break', tags: ['desk', 'Hip'], equipment: ['chair'] };
const YOGA: Searchable & { id: string } = { id: 'yoga', title: 'Étirement du soir', description: 'Yoga doux.', tags: ['yoga'], equipment: [] };
const ALL = [HIP, DESK, YOGA];
const ids = (routines: { id: string }[]) => routines.map((routine) => routine.id);

describe('filterRoutines', () => {
	it('gives every routine, in order, for a query that asks for nothing', () => {
		expect(ids(filterRoutines(ALL, query({ text: '   ' })))).toEqual(['hip', 'desk', 'yoga']);
	});

	it('finds a word in the title, the description, a tag or the equipment, as part of a word', () => {
		expect(ids(filterRoutines(ALL, query({ text: 'break' })))).toEqual(['desk']);
		expect(ids(filterRoutines(ALL, query({ text: 'release' })))).toEqual(['hip']);
		expect(ids(filterRoutines(ALL, query({ text: 'yoga' })))).toEqual(['yoga']);
		expect(ids(filterRoutines(ALL, query({ text: 'roll' })))).toEqual(['hip']);
		expect(ids(filterRoutines(ALL, query({ text: 'hip' })))).toEqual(['hip', 'desk']);
	});

	it('ignores case and accents on both sides', () => {
		expect(ids(filterRoutines(ALL, query({ text: 'ETIREMENT' })))).toEqual(['yoga']);
		expect(ids(filterRoutines(ALL, query({ text: 'déśk' })))).toEqual(['desk']);
	});

	it('needs every typed word to be found, each anywhere', () => {
		expect(ids(filterRoutines(ALL, query({ text: 'hip  mat' })))).toEqual(['hip']);
		expect(ids(filterRoutines(ALL, query({ text: 'hip yoga' })))).toEqual([]);
	});

	it('does not let a word run from one field into the next', () => {
		// "reset" ends the title and "release" begins the description: "resetrelease" is in neither.
		expect(filterRoutines(ALL, query({ text: 'resetrelease' }))).toEqual([]);
	});

	it('needs all chosen tags, compared without case', () => {
		expect(ids(filterRoutines(ALL, query({ tags: ['HIP'] })))).toEqual(['hip', 'desk']);
		expect(ids(filterRoutines(ALL, query({ tags: ['hip', 'desk'] })))).toEqual(['desk']);
		expect(ids(filterRoutines(ALL, query({ tags: ['desk', 'yoga'] })))).toEqual([]);
	});

	it('gives the routines that use any of the chosen equipment, never one that needs none', () => {
		expect(ids(filterRoutines(ALL, query({ equipment: ['mat'] })))).toEqual(['hip']);
		expect(ids(filterRoutines(ALL, query({ equipment: ['Chair', 'mat'] })))).toEqual(['hip', 'desk']);
	});

	it('combines text, tags and equipment with AND', () => {
		expect(ids(filterRoutines(ALL, query({ text: 'desk', tags: ['hip'], equipment: ['chair'] })))).toEqual(['desk']);
		expect(ids(filterRoutines(ALL, query({ text: 'desk', equipment: ['mat'] })))).toEqual([]);
	});

	it('finds each built-in by every word of its title and by each of its tags', () => {
		// Read as files: core/ imports nothing from the routines module.
		const files = import.meta.glob<Searchable>('../routines/*.json', { eager: true, import: 'default' });
		const builtIns = Object.values(files);
		expect(builtIns.length).toBeGreaterThan(5);
		for (const routine of builtIns) {
			expect(filterRoutines(builtIns, query({ text: routine.title.toUpperCase() }))).toContain(routine);
			for (const tag of routine.tags) expect(filterRoutines(builtIns, query({ tags: [tag] }))).toContain(routine);
		}
	});
});

/** Routines from a small vocabulary, so generated queries often hit. */
const VOCABULARY = ['hip', 'Hip', 'glutes', 'calf', 'mat', 'Mat', 'foam roller', 'épaule', 'chair', 'post-run'];
const word = fc.constantFrom(...VOCABULARY);
const routineArb: fc.Arbitrary<Searchable> = fc.record({
	title: fc.array(word, { maxLength: 3 }).map((parts) => parts.join(' ')),
	description: fc.option(fc.string(), { nil: undefined }),
	tags: fc.array(word, { maxLength: 4 }),
	equipment: fc.array(word, { maxLength: 3 })
});
const queryArb: fc.Arbitrary<RoutineQuery> = fc.record({
	text: fc.array(fc.oneof(word, fc.string({ maxLength: 3 })), { maxLength: 2 }).map((parts) => parts.join(' ')),
	tags: fc.array(word, { maxLength: 2 }),
	equipment: fc.array(word, { maxLength: 2 })
});

describe('filterRoutines, for any routines and query', () => {
	it('keeps a subset of the routines in their order', () => {
		fc.assert(
			fc.property(fc.array(routineArb, { maxLength: 8 }), queryArb, (routines, q) => {
				const found = filterRoutines(routines, q);
				expect(found).toEqual(routines.filter((routine) => found.includes(routine)));
			})
		);
	});

	it('narrows with each word or tag added, and widens with each piece of equipment added', () => {
		fc.assert(
			fc.property(fc.array(routineArb, { maxLength: 8 }), queryArb, word, (routines, q, extra) => {
				const before = filterRoutines(routines, q);
				const moreText = filterRoutines(routines, { ...q, text: `${q.text} ${extra}` });
				const moreTags = filterRoutines(routines, { ...q, tags: [...q.tags, extra] });
				expect(moreText.every((routine) => before.includes(routine))).toBe(true);
				expect(moreTags.every((routine) => before.includes(routine))).toBe(true);
				if (q.equipment.length > 0) {
					const moreEquipment = filterRoutines(routines, { ...q, equipment: [...q.equipment, extra] });
					expect(before.every((routine) => moreEquipment.includes(routine))).toBe(true);
				}
			})
		);
	});

	it('gives the same answer whatever the case and accents typed', () => {
		fc.assert(
			fc.property(fc.array(routineArb, { maxLength: 8 }), queryArb, (routines, q) => {
				const shouted = { text: q.text.toUpperCase(), tags: q.tags.map((tag) => tag.toUpperCase()), equipment: q.equipment.map((item) => item.toUpperCase()) };
				const plain = { text: fold(q.text), tags: q.tags.map(fold), equipment: q.equipment.map(fold) };
				// toUpperCase can change a string's letters ("ß" → "SS"); only compare where folding agrees.
				fc.pre(fold(shouted.text) === fold(q.text));
				expect(filterRoutines(routines, shouted)).toEqual(filterRoutines(routines, q));
				expect(filterRoutines(routines, plain)).toEqual(filterRoutines(routines, q));
			})
		);
	});
});

describe('facetsOf', () => {
	it('counts each tag once per routine, most common first, then by name, twins in case as one', () => {
		expect(facetsOf(ALL, 'tags')).toEqual([
			{ name: 'hip', count: 2 },
			{ name: 'desk', count: 1 },
			{ name: 'glutes', count: 1 },
			{ name: 'post-run', count: 1 },
			{ name: 'yoga', count: 1 }
		]);
		expect(facetsOf([{ title: 'x', tags: ['Hip', 'hip', ' ', 'Épaule ', 'epaule'], equipment: [] }], 'tags')).toEqual([
			{ name: 'Épaule', count: 1 },
			{ name: 'Hip', count: 1 }
		]);
	});

	it('lists the equipment the same way', () => {
		expect(facetsOf(ALL, 'equipment').map((facet) => facet.name)).toEqual(['chair', 'foam roller', 'mat']);
	});

	it('gives, for any routines, a count that is the number of routines that chip alone would show', () => {
		fc.assert(
			fc.property(fc.array(routineArb, { maxLength: 8 }), (routines) => {
				for (const field of ['tags', 'equipment'] as const) {
					const facets = facetsOf(routines, field);
					expect(new Set(facets.map((facet) => fold(facet.name))).size).toBe(facets.length);
					for (const facet of facets) expect(filterRoutines(routines, query({ [field]: [facet.name] })).length).toBe(facet.count);
					const counts = facets.map((facet) => facet.count);
					expect(counts).toEqual([...counts].sort((a, b) => b - a));
				}
			})
		);
	});
});

describe('the query in the address', () => {
	it('is written with only the parts asked for, and read back the same', () => {
		const q = query({ text: 'hip roll', tags: ['glutes', 'post-run'], equipment: ['foam roller'] });
		expect(queryToParams(q).toString()).toBe('q=hip+roll&tag=glutes&tag=post-run&equipment=foam+roller');
		expect(queryFromParams(queryToParams(q))).toEqual(q);
		expect(queryToParams(query({ text: '  ' })).toString()).toBe('');
	});

	it('reads an address without a query, or with repeats and blanks, as what it means', () => {
		expect(queryFromParams(new URLSearchParams('utm=x'))).toEqual(query({}));
		expect(queryFromParams(new URLSearchParams('tag=hip&tag=hip&tag=&equipment=mat'))).toEqual(query({ tags: ['hip'], equipment: ['mat'] }));
	});

	it('survives the round trip for any query', () => {
		fc.assert(
			fc.property(fc.string(), fc.uniqueArray(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '')), (text, tags) => {
				const back = queryFromParams(new URLSearchParams(queryToParams(query({ text, tags })).toString()));
				expect(back.tags).toEqual(tags);
				expect(back.text).toBe(text.trim() ? text : '');
			})
		);
	});
});

describe('isActive', () => {
	it('is true only when the query asks for something', () => {
		expect(isActive(query({ text: ' \t' }))).toBe(false);
		expect(isActive(query({ text: 'a' }))).toBe(true);
		expect(isActive(query({ tags: ['hip'] }))).toBe(true);
		expect(isActive(query({ equipment: ['mat'] }))).toBe(true);
	});
});
