import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_VERSION, readBackup } from '$lib/core/backup';
import { historyRows, type Cell } from '$lib/core/history-csv';
import { sessionRecordArbitrary } from '$lib/core/testing/arbitraries';
import { buildRoutine, buildSessionRecord } from '$lib/core/testing/records';
import { buildUserRoutineRecord } from '$lib/core/user-routine';
import { readEverything } from '$lib/platform/backup-store';
import { setAppBase } from '$lib/platform/address';
import { openUnknotDb } from '$lib/platform/db';
import { putRoutineRecord } from '$lib/platform/routine-store';
import { putSession } from '$lib/platform/session-store';
import { getSettings, putSetting } from '$lib/platform/settings-store';
import type { ShareOutcome } from '$lib/platform/share-file';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { csvText, exportBackup, exportHistoryCsv, type SaveFile } from './export';

useFreshDatabase();

const LONDON = 'Europe/London';
/** Sunday 22 November 2026, 00:30 in London: already the 22nd there, still the 21st in New York. */
const NOW = Date.parse('2026-11-22T00:30:00Z');

/** A stand-in for the share sheet: keeps each file handed to it and answers as told. */
function saver(how: ShareOutcome = { ok: true, how: 'downloaded' }) {
	const files: { fileName: string; contents: string; type: string }[] = [];
	const save: SaveFile = async (fileName, contents, type) => {
		files.push({ fileName, contents, type });
		return how;
	};
	return { save, files };
}

/** The CSV read back as a spreadsheet would, every cell as text. */
function parseCsv(text: string): string[][] {
	const parsed = Papa.parse<string[]>(text, { newline: '\r\n' });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

/** What each cell reads as in the file: numbers as their digits, empty for none, formulas defused. */
function asText(rows: Cell[][]): string[][] {
	return rows.map((row) =>
		row.map((cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))
	);
}

/** Text a spreadsheet trips on: commas, quotes, line breaks, a leading formula sign, accents. */
const awkwardText = fc.string({
	unit: fc.constantFrom(',', '"', '\n', '\r', '\r\n', ' ', '=', '-', '+', '@', 'a', 'é', '–', '😀', ';', '\t'),
	maxLength: 40
});

describe('exporting the history as CSV', () => {
	it('saves every session as a row under a header, named for the local day, with a byte order mark', async () => {
		await putSession(
			buildSessionRecord('s1', Date.parse('2026-11-21T17:00:00Z'), {
				routineTitle: 'Hips, "the usual"',
				notes: 'Tight on the stairs,\nbetter after',
				checkIns: [{ spot: 'Left hip', moment: 'after', score: 3, at: 0 }]
			})
		);
		const { save, files } = saver();
		const outcome = await exportHistoryCsv(NOW, LONDON, save);
		expect(outcome).toEqual({
			ok: true,
			how: 'downloaded',
			fileName: 'unknot-history-2026-11-22.csv',
			message: 'Saved unknot-history-2026-11-22.csv to your downloads: 1 session.',
			backedUpAt: null
		});
		expect(files[0]?.type).toBe('text/csv;charset=utf-8');
		const text = files[0]?.contents ?? '';
		expect(text.startsWith('\uFEFFSession ID,Routine,')).toBe(true);
		expect(text).toContain('"Hips, ""the usual"""');
		const [header, row] = parseCsv(text);
		expect(header?.slice(-3)).toEqual(['Left hip before', 'Left hip after', 'Left hip next day']);
		expect(row?.slice(1, 7)).toEqual(['Hips, "the usual"', 'post-run-hip-reset', '2026-11-21T17:00:00+00:00', '2026-11-21T17:10:00+00:00', 'completed', 'in the app']);
		expect(row?.slice(-4)).toEqual(['Tight on the stairs,\nbetter after', '', '3', '']);
		// The file is named for the day where the phone is.
		expect((await exportHistoryCsv(NOW, 'America/New_York', save)).ok && files[1]?.fileName).toBe('unknot-history-2026-11-21.csv');
	});

	it('reads back cell for cell, whatever titles and notes hold (property)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(sessionRecordArbitrary, awkwardText, awkwardText), { maxLength: 6 }),
				async (drawn) => {
					const sessions = drawn.map(([session, title, notes], i) => ({ ...session, id: `s${i}`, routineTitle: title, notes }));
					const rows = historyRows(sessions, LONDON);
					expect(parseCsv(await csvText(rows))).toEqual(asText(rows));
				}
			),
			{ numRuns: 150 }
		);
	});

	it('keeps a formula out of a spreadsheet’s reach, and leaves numbers alone', async () => {
		expect(parseCsv(await csvText([['=HYPERLINK("x")', -3, '@me', '-1\n=2', 'ok']]))).toEqual([
			[`'=HYPERLINK("x")`, '-3', "'@me", "'-1\n=2", 'ok']
		]);
	});

	it('says how many sessions could not be read and were left out', async () => {
		await putSession(buildSessionRecord('good', 1000));
		const database = await openUnknotDb();
		await database.put('sessions', { id: 'bad', startedAt: 'hand-edited' });
		database.close();
		const { save, files } = saver();
		const outcome = await exportHistoryCsv(NOW, LONDON, save);
		expect(outcome.ok && outcome.message).toBe(
			'Saved unknot-history-2026-11-22.csv to your downloads: 1 session. Left out because it could not be read: 1 history entry.'
		);
		expect(parseCsv(files[0]?.contents ?? '')).toHaveLength(2);
	});

	it('says so when the share sheet was closed, or the file could not be saved', async () => {
		expect(await exportHistoryCsv(NOW, LONDON, saver({ ok: true, how: 'cancelled' }).save)).toMatchObject({ ok: true, how: 'cancelled' });
		expect(await exportHistoryCsv(NOW, LONDON, saver({ ok: false, message: 'No room.' }).save)).toEqual({ ok: false, message: 'No room.' });
		expect((await exportHistoryCsv(NOW, LONDON, saver({ ok: true, how: 'shared' }).save)).ok).toBe(true);
	});

	it('says why when the history cannot be read, and saves nothing', async () => {
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		const { save, files } = saver();
		const outcome = await exportHistoryCsv(NOW, LONDON, save);
		expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^Your history could not be read, so nothing was exported\. ./) });
		expect(files).toEqual([]);
	});
});

describe('exporting a backup', () => {
	it('saves everything stored as a backup that reads back to it, and notes the time as the last backup', async () => {
		await putSession(buildSessionRecord('s1', 1000, { checkIns: [{ spot: 'Left hip', moment: 'after', score: 3, at: 2000 }], notes: 'a, "b"\nc' }));
		await putRoutineRecord(buildUserRoutineRecord(buildRoutine({ id: 'mine', title: 'Mine' }), 5));
		await putSetting('volume', 0.4, 10);
		await putSetting('persistenceRequested', true, 10);
		const stored = (await readEverything()).parts;
		const { save, files } = saver();
		const outcome = await exportBackup(NOW, LONDON, { save });
		expect(outcome).toEqual({
			ok: true,
			how: 'downloaded',
			fileName: 'unknot-backup-2026-11-22.json',
			message: 'Saved unknot-backup-2026-11-22.json to your downloads: 1 session, 1 routine of your own, 1 setting.',
			backedUpAt: NOW
		});
		expect(files[0]?.type).toBe('application/json');
		const read = readBackup(files[0]?.contents ?? '');
		expect(read.ok && read.backup).toEqual({ format: 'unknot-backup', version: BACKUP_VERSION, exportedAt: '2026-11-22T00:30:00.000Z', ...stored });
		expect((await getSettings()).settings.lastBackupAt).toBe(NOW);
		// This phone's own marks stay behind.
		expect(files[0]?.contents).not.toContain('persistenceRequested');
	});

	it('points its $schema at the schema on the site it was made on, under the base path once', async () => {
		// The settings screen of a copy served under a sub-path (GitHub Pages): the file names that copy's schema.
		vi.stubGlobal('location', new URL('https://you.example/unknot/settings'));
		setAppBase('/unknot');
		try {
			const { save, files } = saver();
			await exportBackup(NOW, LONDON, { save });
			expect(JSON.parse(files[0]?.contents ?? '{}').$schema).toBe('https://you.example/unknot/backup.schema.json');
		} finally {
			setAppBase('');
			vi.unstubAllGlobals();
		}
	});

	it('notes no backup when the share sheet was closed or saving failed', async () => {
		expect(await exportBackup(NOW, LONDON, { save: saver({ ok: true, how: 'cancelled' }).save })).toMatchObject({ ok: true, how: 'cancelled', backedUpAt: null });
		expect(await exportBackup(NOW, LONDON, { save: saver({ ok: false, message: 'No room.' }).save })).toEqual({ ok: false, message: 'No room.' });
		expect((await getSettings()).settings.lastBackupAt).toBeNull();
	});

	it('says how many records could not be read and were left out', async () => {
		const database = await openUnknotDb();
		await database.put('sessions', { id: 'bad', startedAt: 'hand-edited' });
		await database.put('settings', { key: 'volume' });
		database.close();
		const outcome = await exportBackup(NOW, LONDON, { save: saver().save });
		expect(outcome.ok && outcome.message).toBe(
			'Saved unknot-backup-2026-11-22.json to your downloads: 0 sessions, 0 settings. Left out because they could not be read: 1 history entry, 1 setting.'
		);
	});
});
