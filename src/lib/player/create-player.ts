/** Wires a Player to the real clock and database. */
import type { Routine } from '$lib/core/routine-schema';
import type { CompileOptions } from '$lib/core/timeline';
import { everyFrame, now } from '$lib/platform/clock';
import { saveSession } from '$lib/platform/db';
import { newId } from '$lib/platform/ids';
import { Player } from './player.svelte';

export function createPlayer(routine: Routine, options: CompileOptions = {}): Player {
	return new Player(routine, { now, newId, recordSession: saveSession, everyFrame }, options);
}
