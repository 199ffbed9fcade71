import { describe, expect, it } from 'vitest';
import { CheckInDraft } from './check-in-draft.svelte';

describe('a check-in being given', () => {
	it('starts with one row per known spot, or one row to choose', () => {
		expect(new CheckInDraft(['Left hip', 'Lower back']).entries.map((e) => e.spot)).toEqual(['Left hip', 'Lower back']);
		expect(new CheckInDraft([]).entries).toEqual([{ spot: '', score: undefined }]);
	});

	it('turns scored rows into check-ins, tidying spots and keeping the last answer for a spot', () => {
		const draft = new CheckInDraft(['Left hip']);
		expect(draft.hasScore).toBe(false);
		draft.entries[0]!.score = 4;
		draft.addSpot();
		draft.entries[1]!.spot = '  left HIP ';
		draft.entries[1]!.score = 2;
		draft.addSpot();
		draft.entries[2]!.score = 9; // no spot chosen: not an answer
		expect(draft.hasScore).toBe(true);
		expect(draft.toCheckIns('after', 77)).toEqual([{ spot: 'Left hip', moment: 'after', score: 2, at: 77 }]);
	});

	it('removes a row, keeping the last one but clearing its score', () => {
		const draft = new CheckInDraft(['Left hip', 'Lower back']);
		draft.removeSpot(0);
		expect(draft.entries.map((e) => e.spot)).toEqual(['Lower back']);
		draft.entries[0]!.score = 3;
		draft.removeSpot(0);
		expect(draft.entries).toEqual([{ spot: 'Lower back', score: undefined }]);
	});
});
