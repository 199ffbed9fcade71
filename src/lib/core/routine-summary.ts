/** The facts a list of routines shows about each one. Pure. */
import type { Routine } from './routine-schema';
import { compile, type CompileOptions } from './timeline';

export interface RoutineSummary {
	id: string;
	title: string;
	description?: string;
	/** The routine's own words for what it is for ("hip", "post-run"), as written; searched and filtered on. */
	tags: string[];
	equipment: string[];
	/** Steps that are exercises: rest steps ("Move to the mat") are not counted. */
	exerciseCount: number;
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
		tags: routine.tags ?? [],
		equipment: routine.equipment ?? [],
		exerciseCount: routine.steps.filter((step) => step.kind !== 'rest').length,
		totalMs: timeline.totalMs,
		hasSelfPaced: timeline.selfPacedCount > 0
	};
}
