import { describe, expect, it } from 'vitest';
import { buildBackup, readBackup } from '$lib/core/backup';
import { buildSessionRecord } from '$lib/core/testing/records';
import backupV1 from '$lib/core/testing/backup-v1.json';
import { readBackupFile } from './read-backup-file';

describe('reading a chosen backup file', () => {
	it('reads a large backup a part at a time, reporting progress, to the same result as reading it at once', async () => {
		const sessions = Array.from({ length: 600 }, (_, i) => buildSessionRecord(`s${i}`, i * 1000));
		const text = JSON.stringify(buildBackup({ sessions, routines: [], routineContents: [], settings: [] }, 0));
		const progress: number[] = [];
		const read = await readBackupFile(text, (done) => progress.push(done));
		expect(progress).toEqual([250, 500, 600]);
		const once = readBackup(text);
		expect(read.ok && once.ok && read.backup).toEqual(once.ok && once.backup);
		expect(read.ok && read.summary.sessions).toBe(600);
	});

	it('reads every earlier backup version', async () => {
		const read = await readBackupFile(JSON.stringify(backupV1));
		expect(read.ok && read.summary).toMatchObject({ sessions: 2, routines: 1 });
	});

	it('refuses a damaged file with the reason, and one holding a session twice', async () => {
		expect(await readBackupFile('{"format":"unknot-backup","version":1,"sessions":[{}]}')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/session 1 of 1 cannot be read/)
		});
		const session = buildSessionRecord('s', 0);
		const twice = JSON.stringify(buildBackup({ sessions: [session, session], routines: [], routineContents: [], settings: [] }, 0));
		expect(await readBackupFile(twice)).toMatchObject({ ok: false, message: expect.stringMatching(/twice/) });
	});
});
