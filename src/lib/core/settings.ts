/** The user's settings, their defaults, and a total reader for whatever storage hands back. */
import * as v from 'valibot';
import { MAX_REMEMBERED_SPOTS, normalizeSpot } from './check-in';
import { MAX_INSTANT_MS, parseWith, recordMeta, type Parsed } from './stored-record';
import { MAX_PAUSES, type PlanPause } from './plan';
import { DEFAULT_PAIN_LIMIT } from './progression';
import type { CompileOptions } from './timeline';

export interface Settings {
	/**
	 * Get-ready lead-in before each exercise, replacing the routine's default (a step's own value still
	 * wins); null leaves each routine's own. Stored under its own key: the older `getReadySeconds` only
	 * applied to routines without a default, so its value meant something else and is not read.
	 */
	getReadyOverrideSeconds: number | null;
	sound: boolean;
	voice: boolean;
	vibration: boolean;
	/** 0..1 */
	volume: number;
	/** Ask the OS to play cues even with the ring/silent switch on (pauses other audio). */
	soundInSilentMode: boolean;
	/**
	 * The voice's `voiceURI` as the browser lists it (names repeat across languages on some phones), or
	 * null for the phone's default voice.
	 */
	voiceURI: string | null;
	/** Speaking rate, 0.5 (slow) to 2 (fast); 1 is normal. */
	speechRate: number;
	/** Read each exercise's instructions aloud before its get-ready (with the voice on). */
	readInstructions: boolean;
	/** The sore spots checked in lately, most recent first: offered first, the first one chosen for you. */
	soreSpots: readonly string[];
	/** When a backup was last exported from this phone (wall-clock ms), or null. */
	lastBackupAt: number | null;
	/** Whether the browser was asked to keep the data (asked once, after the first session). */
	persistenceRequested: boolean;
	/** Light or dark, or as the phone is set (`system`). */
	theme: Theme;
	/** The stretches the plan rested (a rest week), oldest first; the last may be open-ended. See `plan.ts`. */
	planPauses: readonly PlanPause[];
	/** When the plan last changed (an entry added, changed or taken out), ms; null before the first. */
	planChangedAt: number | null;
	/** When the plan's calendar file was last handed over from this phone, ms, or null. */
	planCalendarExportedAt: number | null;
	/** The after-session score (0–10) at or below which a session counts as fine for stepping a dose up. */
	painLimit: number;
}

/** The themes a person can choose; `system` follows the phone. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Settings about this phone rather than the user's choices: a backup neither carries nor restores them. */
export const DEVICE_SETTINGS: readonly (keyof Settings)[] = ['lastBackupAt', 'persistenceRequested', 'theme', 'planCalendarExportedAt'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	getReadyOverrideSeconds: null,
	sound: true,
	voice: true,
	vibration: true,
	volume: 0.8,
	soundInSilentMode: false,
	voiceURI: null,
	speechRate: 1,
	readInstructions: true,
	soreSpots: Object.freeze([]),
	lastBackupAt: null,
	persistenceRequested: false,
	theme: 'system',
	planPauses: Object.freeze([]),
	planChangedAt: null,
	planCalendarExportedAt: null,
	painLimit: DEFAULT_PAIN_LIMIT
});

/** Choices offered for the speaking rate. */
export const SPEECH_RATE_CHOICES = [0.75, 0.9, 1, 1.15, 1.3] as const;

/** Choices offered for the pain limit a dose steps up under (0–10; 3 unless changed). */
export const PAIN_LIMIT_CHOICES = [1, 2, 3, 4, 5] as const;

/** Choices offered for the get-ready length, in seconds. */
export const GET_READY_CHOICES = [0, 3, 5, 10, 15, 20, 30] as const;

function isWholeInRange(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a stored value is a list of pauses the plan can use: days in order, none overlapping. */
function isPauseList(value: unknown): value is PlanPause[] {
	if (!Array.isArray(value) || value.length > MAX_PAUSES) return false;
	let previousEnd = '';
	for (const [index, pause] of value.entries()) {
		if (typeof pause !== 'object' || pause === null) return false;
		const { from, until } = pause as Record<string, unknown>;
		if (typeof from !== 'string' || !DAY_KEY.test(from) || from < previousEnd) return false;
		if (until === null) {
			if (index !== value.length - 1) return false;
		} else if (typeof until !== 'string' || !DAY_KEY.test(until) || until <= from) return false;
		previousEnd = until ?? from;
	}
	return true;
}

/** Reads stored values, keeping each valid one and falling back to the default for the rest. Total. */
export function parseSettings(stored: Readonly<Record<string, unknown>>): Settings {
	const settings: Settings = { ...DEFAULT_SETTINGS };
	const getReady = stored.getReadyOverrideSeconds;
	if (getReady === null || isWholeInRange(getReady, 0, 3600)) {
		settings.getReadyOverrideSeconds = getReady;
	}
	for (const key of ['sound', 'voice', 'vibration', 'soundInSilentMode', 'readInstructions', 'persistenceRequested'] as const) {
		if (typeof stored[key] === 'boolean') settings[key] = stored[key];
	}
	const volume = stored.volume;
	if (typeof volume === 'number' && volume >= 0 && volume <= 1) settings.volume = volume;
	const { voiceURI, speechRate } = stored;
	if (voiceURI === null || (typeof voiceURI === 'string' && voiceURI.length > 0 && voiceURI.length <= 500)) {
		settings.voiceURI = voiceURI;
	}
	if (typeof speechRate === 'number' && speechRate >= 0.5 && speechRate <= 2) settings.speechRate = speechRate;
	if ((THEMES as readonly unknown[]).includes(stored.theme)) settings.theme = stored.theme as Theme;
	if (isPauseList(stored.planPauses)) settings.planPauses = stored.planPauses;
	if (isWholeInRange(stored.painLimit, 0, 10)) settings.painLimit = stored.painLimit;
	const { soreSpots } = stored;
	for (const key of ['lastBackupAt', 'planChangedAt', 'planCalendarExportedAt'] as const) {
		const value = stored[key];
		if (value === null || (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_INSTANT_MS)) settings[key] = value;
	}
	// Kept as the very array stored, so the store can tell a stored value that was used from one that was not.
	if (
		Array.isArray(soreSpots) &&
		soreSpots.length <= MAX_REMEMBERED_SPOTS &&
		soreSpots.every((spot) => typeof spot === 'string' && normalizeSpot(spot) === spot) &&
		new Set(soreSpots.map((spot: string) => spot.toLowerCase())).size === soreSpots.length
	) {
		settings.soreSpots = soreSpots as string[];
	}
	return settings;
}

/** How the settings shape a routine's timeline. */
export function compileOptionsFrom(settings: Pick<Settings, 'getReadyOverrideSeconds' | 'voice' | 'readInstructions'>): CompileOptions {
	const options: CompileOptions = {};
	if (settings.getReadyOverrideSeconds !== null) options.getReadySeconds = settings.getReadyOverrideSeconds;
	if (settings.voice && settings.readInstructions) options.briefings = true;
	return options;
}

/** How one setting is stored: `{ key, value }` with the record fields. The value is checked by `parseSettings`. */
export interface SettingRecord {
	recordVersion: number;
	updatedAt: number;
	key: string;
	value: unknown;
}

/** A setting record's shape (the backup's JSON Schema reuses it). */
export const settingRecordSchema = v.object({ ...recordMeta, key: v.pipe(v.string(), v.minLength(1)), value: v.unknown() });

/** Reads a stored setting record's shape (its value is checked with the others by `parseSettings`). */
export function parseSettingRecord(value: unknown): Parsed<SettingRecord> {
	return parseWith(settingRecordSchema, value);
}
