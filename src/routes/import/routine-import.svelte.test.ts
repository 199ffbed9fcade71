import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fuzzRuns, hostileText } from '$lib/core/testing/fuzz';
import { buildRoutine } from '$lib/core/testing/records';
import { openUnknotDb } from '$lib/platform/db';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { addRoutine } from '$lib/routines/library';
import { routineLinkFragment } from '$lib/core/routine-link';
import type { Routine } from '$lib/core/routine-schema';
import { RoutineImport, type ImportLibrary } from './routine-import.svelte';

const ROUTINE = { schemaVersion: 1, id: 'mine', title: 'Mine', equipment: ['mat'], caution: 'Stop if it hurts.', steps: [{ kind: 'timed', name: 'Hold', seconds: 30 }], 'x-from': 'physio' } as Routine;
const file = (text: string, name = 'mine.json') => new File([text], name, { type: 'application/json' });

function library(existing?: Awaited<ReturnType<ImportLibrary['getRoutine']>>) {
	return {
		getRoutine: vi.fn<ImportLibrary['getRoutine']>(async () => existing),
		addRoutine: vi.fn<ImportLibrary['addRoutine']>(async (routine) => ({ ...routine, id: existing ? `${routine.id}-2` : routine.id })),
		replaceRoutine: vi.fn<ImportLibrary['replaceRoutine']>(async (routine) => routine)
	};
}

describe('importing a routine', () => {
	it('previews a file, keeping its x- keys, and saves it only when asked', async () => {
		const lib = library();
		const flow = new RoutineImport(lib);
		expect(await flow.chooseFile(file(JSON.stringify(ROUTINE)))).toBeNull();
		expect(flow.status).toBe('preview');
		expect(flow.summary).toMatchObject({ title: 'Mine', totalMs: expect.any(Number), equipment: ['mat'] });
		expect(flow.conflict).toBeNull();
		expect(lib.addRoutine).not.toHaveBeenCalled();
		await flow.save();
		expect(lib.addRoutine).toHaveBeenCalledWith(ROUTINE);
		expect(flow.status).toBe('saved');
		expect(flow.saved?.id).toBe('mine');
	});

	it('lists the mistakes of a broken file and saves nothing', async () => {
		const lib = library();
		const flow = new RoutineImport(lib);
		await flow.chooseFile(file(JSON.stringify({ ...ROUTINE, steps: [{ kind: 'timed', name: 'Hold', seconds: -1 }] })));
		expect(flow.status).toBe('invalid');
		expect(flow.errors.map((error) => error.path)).toEqual(['steps[0].seconds']);
		await flow.save();
		expect(lib.addRoutine).not.toHaveBeenCalled();
	});

	it('hands a backup back for the restore flow, and refuses a file too big to read', async () => {
		const flow = new RoutineImport(library());
		const backup = JSON.stringify({ format: 'unknot-backup', version: 1 });
		expect(await flow.chooseFile(file(backup))).toBe(backup);
		expect(flow.status).toBe('idle');
		const huge = { name: 'huge.json', size: 50_000_000, text: vi.fn(), slice: () => new Blob(['{"title": "'.padEnd(1200, 'x')]) } as unknown as File;
		expect(await flow.chooseFile(huge)).toBeNull();
		expect(flow.message).toMatch(/^huge\.json is far too big .* \(50 MB\)\. It was not read\. Nothing was saved\.$/);
		expect(huge.text).not.toHaveBeenCalled();
	});

	it('hands a backup of many years (9 MB, as 10,000 sessions make) to the restore flow instead of refusing it as too big', async () => {
		const flow = new RoutineImport(library());
		const backup = `{"format":"unknot-backup","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","sessions":[${' '.repeat(9_300_000)}],"routines":[],"routineContents":[],"settings":[]}`;
		// Compared by length: a failure would print nine million characters.
		expect((await flow.chooseFile(file(backup, 'unknot-backup.json')))?.length).toBe(backup.length);
		expect(flow.message).toBeNull();
		expect(flow.status).toBe('idle');
	});

	it('asks before replacing a routine of the same id, and replaces or keeps both', async () => {
		const lib = library({ origin: 'yours', routine: { ...ROUTINE, title: 'Old mine' } });
		const flow = new RoutineImport(lib);
		await flow.checkText(JSON.stringify(ROUTINE));
		expect(flow.conflict).toEqual({ origin: 'yours', title: 'Old mine' });
		await flow.save('replace');
		expect(lib.replaceRoutine).toHaveBeenCalledWith(ROUTINE);
		await flow.checkText(JSON.stringify(ROUTINE));
		await flow.save('add');
		expect(flow.saved?.id).toBe('mine-2');
	});

	it("never replaces a built-in, even when asked", async () => {
		const lib = library({ origin: 'built-in', routine: ROUTINE });
		const flow = new RoutineImport(lib);
		await flow.checkText(JSON.stringify(ROUTINE));
		await flow.save('replace');
		expect(lib.replaceRoutine).not.toHaveBeenCalled();
		expect(lib.addRoutine).toHaveBeenCalled();
	});

	it('opens a share link, pasted or in the address, and refuses a damaged one', async () => {
		const flow = new RoutineImport(library());
		const fragment = await routineLinkFragment(ROUTINE);
		await flow.openLink(fragment);
		expect(flow.status).toBe('preview');
		expect(flow.routine).toEqual(ROUTINE);
		await flow.checkText(`https://unknot.example/import${fragment}`);
		expect(flow.source).toBe('the link');
		expect(flow.status).toBe('preview');
		await flow.openLink(fragment.slice(0, 60));
		expect(flow.status).toBe('invalid');
		expect(flow.message).toMatch(/^This link is damaged.*Nothing was saved\.$/);
		await flow.openLink('#top');
		expect(flow.status).toBe('invalid');
	});

	it('refuses a link whose routine has mistakes, listing them apart and saying nothing twice', async () => {
		const flow = new RoutineImport(library());
		const broken = { ...ROUTINE, steps: [{ kind: 'timed', name: 'Hold', seconds: 30, sides: 'both sides' }] } as unknown as Routine;
		await flow.openLink(await routineLinkFragment(broken));
		expect(flow.status).toBe('invalid');
		expect(flow.message).toBe('This link holds a routine with a mistake, so it cannot be imported.');
		expect(flow.errors.map((error) => error.path)).toEqual(['steps[0].sides']);
	});

	it('says a pasted address that carries no routine is not a routine link, instead of doing nothing', async () => {
		const flow = new RoutineImport(library());
		for (const pasted of ['https://example.org/exercises#calf', 'https://example.org/exercises']) {
			flow.reset();
			await flow.checkText(pasted);
			expect(flow.status).toBe('invalid');
			expect(flow.message).toBe('This address holds no routine: an Unknot share link ends in #r= and the routine. Nothing was saved.');
		}
	});

	it('opens a share link that comes inside text: shared to the app as text (kept as a file), or pasted with words around it', async () => {
		const flow = new RoutineImport(library());
		const link = `https://unknot.example/import${await routineLinkFragment(ROUTINE)}`;
		expect(await flow.chooseFile(file(`Try this routine: ${link}`, 'shared.json'))).toBeNull();
		expect(flow.status).toBe('preview');
		expect(flow.routine).toEqual(ROUTINE);
		flow.reset();
		await flow.checkText(`From my physio:\n${link}\n`);
		expect(flow.status).toBe('preview');
		expect(flow.source).toBe('the link');
	});

	it('says invalid pasted JSON is not valid JSON, with line and column, and that a pasted backup is restored from its file', async () => {
		const flow = new RoutineImport(library());
		await flow.checkText('{"id": }');
		expect(flow.message).toMatch(/line 1, column 8\.$/);
		await flow.checkText(JSON.stringify({ format: 'unknot-backup' }));
		expect(flow.message).toMatch(/^This is a backup, not a routine/);
		await flow.checkText('{"a": 1}');
		expect(flow.message).toMatch(/^This is not an Unknot backup\. Nor is it a routine/);
	});

	it('says why saving failed and keeps the preview to try again', async () => {
		const lib = library();
		lib.addRoutine.mockRejectedValueOnce(new Error('Your phone is out of storage space for Unknot. Free some space, then try again. Nothing already saved was lost.'));
		const flow = new RoutineImport(lib);
		await flow.checkText(JSON.stringify(ROUTINE));
		await flow.save();
		expect(flow.status).toBe('preview');
		// The storage's own sentences, not wrapped in brackets nor followed by a second "try again".
		expect(flow.message).toBe('The routine could not be saved. Your phone is out of storage space for Unknot. Free some space, then try again. Nothing already saved was lost.');
		lib.addRoutine.mockRejectedValueOnce(new Error('Saving or reading your data failed (AbortError)'));
		await flow.save();
		expect(flow.message).toBe('The routine could not be saved. Saving or reading your data failed (AbortError). Nothing was saved. Try again.');
	});
});

describe('a refused routine file or link', () => {
	useFreshDatabase();

	async function dump(): Promise<string> {
		const database = await openUnknotDb();
		const all = await Promise.all((['routines', 'routineContents', 'sessions', 'settings'] as const).map((store) => database.getAll(store)));
		database.close();
		return JSON.stringify(all);
	}

	it('leaves the database exactly as it was, and Save then stores nothing (fuzzed)', async () => {
		await addRoutine(buildRoutine({ id: 'kept', title: 'Kept' }), 1);
		const before = await dump();
		const valid = buildRoutine({ id: 'incoming', title: 'Incoming' });
		let refused = 0;
		await fc.assert(
			fc.asyncProperty(hostileText(valid), fc.boolean(), async (text, asLink) => {
				const flow = new RoutineImport();
				await (asLink ? flow.openLink(`#r=2.${encodeURIComponent(text)}`) : flow.checkText(text));
				if (flow.status !== 'invalid') return;
				refused += 1;
				await flow.save('replace');
				expect(await dump()).toBe(before);
			}),
			{ numRuns: fuzzRuns(300) }
		);
		expect(refused).toBeGreaterThan(fuzzRuns(300) / 2);
	});
});
