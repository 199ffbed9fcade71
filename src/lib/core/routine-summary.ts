/** The facts a list of routines shows about each one. Pure. */
import type { Routine } from './routine-schema';
import { compile, type CompileOptions } from './timeline';

export interface RoutineSummary {
	id: string;
	title: string;
	description?: string;
	equipment: string[];
	stepCount: number;
	/** Planned length in ms, self-paced steps not counted. */
	totalMs: number;
	/** True when some steps end when the user taps Done, so the time is a minimum. */
	hasSelfPaced: boolean;
}

export function summarizeRoutine(routine: Routine, options: CompileOptions = {}): RoutineSummary {
	const timeline = compile(routine, options);
	return {
		id: routine.id,
		title: routine.title,
		description: routine.description,
		equipment: routine.equipment ?? [],
		stepCount: routine.steps.length,
		totalMs: timeline.totalMs,
		hasSelfPaced: timeline.selfPacedCount > 0
	};
}
