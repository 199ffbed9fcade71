import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, readBackup } from './backup';
import { buildBackupJsonSchema } from './backup-json-schema';

describe('docs/backup-format.md', () => {
	const doc = readFileSync('docs/backup-format.md', 'utf8');

	it('holds an example that restores and that the published schema accepts', () => {
		const example = /## A small example\s+```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';
		const read = readBackup(example);
		expect(read.ok ? [] : read.message).toEqual([]);
		const validate = new Ajv({ discriminator: true, strict: true }).compile(buildBackupJsonSchema());
		expect(validate(JSON.parse(example)), JSON.stringify(validate.errors)).toBe(true);
	});

	it('is about the version this build writes, and lists it', () => {
		expect(doc).toMatch(new RegExp(`^# Unknot backup format, version ${BACKUP_VERSION}$`, 'm'));
		expect(doc).toContain(`- **${BACKUP_VERSION}** —`);
	});
});
