/** Good and bad routine files, each bad one with the messages a user should see. */

const base = { schemaVersion: 1, id: 'fixture', title: 'Fixture' };
const timed = { kind: 'timed', name: 'Hold', seconds: 30 };

export const validRoutineFixtures: Record<string, unknown> = {
	minimal: { ...base, steps: [timed] },
	'every step kind': {
		...base,
		steps: [timed, { kind: 'reps', name: 'Clamshells', reps: 15, secondsPerRep: 2 }, { kind: 'rest', seconds: 20 }]
	},
	'self-paced reps': { ...base, steps: [{ kind: 'reps', name: 'Lunges', reps: 10 }] },
	'every optional key': {
		$schema: '/routine.schema.json',
		...base,
		description: 'All of it.',
		caution: 'Stop if pain rises above 4/10.',
		tags: ['hip'],
		equipment: ['foam roller', '6-inch block'],
		defaults: { getReadySeconds: 10, switchSidesSeconds: 5, restSeconds: 30 },
		steps: [
			{
				kind: 'timed',
				name: 'Pigeon',
				seconds: 60,
				sides: 'each',
				sets: 2,
				restSeconds: 15,
				getReadySeconds: 3,
				switchSidesSeconds: 8,
				instructions: 'Square the hips.',
				say: 'Pigeon pose'
			},
			{ kind: 'rest', seconds: 0, name: 'Breather', instructions: 'Sip water.', say: 'Have a rest' }
		]
	},
	'extension keys everywhere': {
		...base,
		'x-author': 'PT Jane',
		defaults: { 'x-note': 1 },
		steps: [{ ...timed, 'x-video': 'https://example.org/v' }]
	},
	'bounds at their limits': {
		...base,
		id: 'a'.repeat(64),
		title: 'T'.repeat(80),
		steps: [
			{ kind: 'timed', name: 'Max', seconds: 3600, sets: 50, restSeconds: 3600 },
			{ kind: 'timed', name: 'Min', seconds: 1, getReadySeconds: 0, switchSidesSeconds: 0, restSeconds: 0 },
			{ kind: 'reps', name: 'Fast', reps: 500, secondsPerRep: 0.5 },
			{ kind: 'reps', name: 'Slow', reps: 1, secondsPerRep: 60 },
			{ kind: 'rest', seconds: 3600 }
		]
	},
	'whole numbers written with a decimal point': { ...base, steps: [{ ...timed, seconds: 30.0 }] },
	'step ids': { ...base, steps: [{ ...timed, id: 'hold-1' }, { kind: 'rest', id: 'breather', seconds: 5 }, { ...timed, id: 'hold-2' }] },
	'progression rules': {
		...base,
		steps: [
			{ ...timed, id: 'bridge' },
			{ kind: 'reps', id: 'clams', name: 'Clamshells', reps: 10, sets: 2 }
		],
		progression: {
			steps: [
				{ step: 'bridge', change: 'seconds', by: 5, max: 60 },
				{ step: 'clams', change: 'reps', by: 2, max: 20 },
				{ step: 'clams', change: 'sets', by: 1, max: 3, 'x-note': 'after the reps' }
			]
		}
	}
};

const stepsWithIds = [
	{ ...timed, id: 'bridge' },
	{ kind: 'reps', id: 'clams', name: 'Clamshells', reps: 10 },
	{ kind: 'rest', id: 'breather', seconds: 5 }
];

export interface InvalidFixture {
	input: unknown;
	/** Formatted messages, in order. */
	errors: string[];
}

export const invalidRoutineFixtures: Record<string, InvalidFixture> = {
	'negative seconds': {
		input: { ...base, steps: [timed, timed, { ...timed, seconds: -5 }] },
		errors: ['steps[2].seconds: expected a whole number from 1 to 3600, got -5']
	},
	'seconds as text': {
		input: { ...base, steps: [{ ...timed, seconds: '30' }] },
		errors: ['steps[0].seconds: expected a whole number from 1 to 3600, got "30"']
	},
	'fractional seconds': {
		input: { ...base, steps: [{ ...timed, seconds: 2.5 }] },
		errors: ['steps[0].seconds: expected a whole number from 1 to 3600, got 2.5']
	},
	'missing seconds': {
		input: { ...base, steps: [{ kind: 'timed', name: 'Hold' }] },
		errors: ['steps[0].seconds: expected a whole number from 1 to 3600, got nothing']
	},
	'a typo in a key': {
		input: { ...base, steps: [{ kind: 'timed', name: 'Hold', seconds: 30, side: 'left' }] },
		errors: [
			'steps[0].side: unknown key "side" (expected one of kind, seconds, id, name, sides, sets, restSeconds, getReadySeconds, switchSidesSeconds, instructions, say, sideSay, or an "x-" extension key)'
		]
	},
	'an unknown top-level key next to a bad value': {
		input: { ...base, titel: 'Oops', steps: [{ ...timed, seconds: 0 }] },
		errors: [
			'steps[0].seconds: expected a whole number from 1 to 3600, got 0',
			'titel: unknown key "titel" (expected one of schemaVersion, id, title, description, caution, tags, equipment, defaults, steps, progression, or an "x-" extension key)'
		]
	},
	'side wording with a typo, and a side missing': {
		input: {
			...base,
			steps: [
				{ ...timed, sides: 'each', sideSay: { left: 'Left knee down', rigth: 'Right knee down' } },
				{ ...timed, sides: 'each', sideSay: { left: 'Left knee down', right: 'Right knee down', 'x-note': 'kept' } }
			]
		},
		errors: [
			'steps[0].sideSay.right: expected text of 1 to 200 characters, got nothing',
			'steps[0].sideSay.rigth: unknown key "rigth" (expected one of left, right, or an "x-" extension key)'
		]
	},
	'unknown kind': {
		input: { ...base, steps: [{ kind: 'hold', name: 'Hold', seconds: 30 }] },
		errors: ['steps[0].kind: expected "kind" to be one of "timed", "reps", "rest", got "hold"']
	},
	'a step that is not an object': {
		input: { ...base, steps: ['plank'] },
		errors: ['steps[0]: expected a step object, got "plank"']
	},
	'no steps': {
		input: { ...base, steps: [] },
		errors: ['steps: expected a list of 1 to 200 steps, got an empty list']
	},
	'too many steps': {
		input: { ...base, steps: Array.from({ length: 201 }, () => timed) },
		errors: ['steps: expected a list of 1 to 200 steps, got 201']
	},
	'bad id': {
		input: { ...base, id: 'Hip Reset!', steps: [timed] },
		errors: ['id: expected a slug of 1 to 64 characters a-z, 0-9 and -, got "Hip Reset!"']
	},
	'id too long': {
		input: { ...base, id: 'a'.repeat(65), steps: [timed] },
		errors: [`id: expected a slug of 1 to 64 characters a-z, 0-9 and -, got "${'a'.repeat(40)}…"`]
	},
	'empty title': {
		input: { ...base, title: '   ', steps: [timed] },
		errors: ['title: expected text of 1 to 80 characters, got "   "']
	},
	'a newer format version': {
		input: { ...base, schemaVersion: 2, steps: [timed], progression: {} },
		errors: ['schemaVersion: this routine uses format version 2, newer than this Unknot reads (1); update Unknot to open it']
	},
	'an older or unknown format version': {
		input: { ...base, schemaVersion: 0, steps: [timed] },
		errors: ['schemaVersion: expected 1, got 0']
	},
	'a step id that is not a slug': {
		input: { ...base, steps: [{ ...timed, id: 'Hold 1' }] },
		errors: ['steps[0].id: expected a slug of 1 to 64 characters a-z, 0-9 and -, got "Hold 1"']
	},
	'two steps with one id': {
		input: { ...base, steps: [{ ...timed, id: 'hold' }, { kind: 'rest', seconds: 5 }, { ...timed, id: 'hold' }] },
		errors: ['steps[2].id: expected an id no other step has, got "hold", the id of steps[0]']
	},
	'missing everything': {
		input: {},
		errors: [
			'schemaVersion: expected 1, got nothing',
			'id: expected a slug of 1 to 64 characters a-z, 0-9 and -, got nothing',
			'title: expected text of 1 to 80 characters, got nothing',
			'steps: expected a list of 1 to 200 steps, got nothing'
		]
	},
	'not an object': {
		input: [1, 2],
		errors: ['routine: expected an object, got a list']
	},
	null: {
		input: null,
		errors: ['routine: expected an object, got null']
	},
	'reps not whole': {
		input: { ...base, steps: [{ kind: 'reps', name: 'Clams', reps: 7.5 }] },
		errors: ['steps[0].reps: expected a whole number from 1 to 500, got 7.5']
	},
	'pace too fast': {
		input: { ...base, steps: [{ kind: 'reps', name: 'Clams', reps: 5, secondsPerRep: 0.2 }] },
		errors: ['steps[0].secondsPerRep: expected a number from 0.5 to 60, got 0.2']
	},
	'too many sets': {
		input: { ...base, steps: [{ ...timed, sets: 51 }] },
		errors: ['steps[0].sets: expected a whole number from 1 to 50, got 51']
	},
	'bad sides': {
		input: { ...base, steps: [{ ...timed, sides: 'both' }] },
		errors: ['steps[0].sides: expected one of "left", "right", "each", got "both"']
	},
	'reps keys on a rest step': {
		input: { ...base, steps: [{ kind: 'rest', seconds: 10, sides: 'each' }] },
		errors: [
			'steps[0].sides: unknown key "sides" (expected one of kind, id, seconds, name, instructions, say, or an "x-" extension key)'
		]
	},
	'bad defaults': {
		input: { ...base, defaults: { getReadySeconds: -1, restSecs: 5 }, steps: [timed] },
		errors: [
			'defaults.getReadySeconds: expected a whole number from 0 to 3600, got -1',
			'defaults.restSecs: unknown key "restSecs" (expected one of getReadySeconds, switchSidesSeconds, restSeconds, or an "x-" extension key)'
		]
	},
	'equipment not a list': {
		input: { ...base, equipment: 'foam roller', steps: [timed] },
		errors: ['equipment: expected a list of up to 20 pieces of equipment, got "foam roller"']
	},
	'defaults as a list': {
		input: { ...base, defaults: [], steps: [timed] },
		errors: ['defaults: expected an object, got a list']
	},
	'a tag that is a number': {
		input: { ...base, tags: ['hip', 3], steps: [timed] },
		errors: ['tags[1]: expected text of 1 to 40 characters, got 3']
	},
	'a progression rule with a bad change and an unknown key': {
		input: { ...base, steps: stepsWithIds, progression: { steps: [{ step: 'bridge', change: 'minutes', by: 5, max: 60, every: 3 }] } },
		errors: [
			'progression.steps[0].change: expected one of "seconds", "reps", "sets", got "minutes"',
			'progression.steps[0].every: unknown key "every" (expected one of step, change, by, max, or an "x-" extension key)'
		]
	},
	'no progression rules': {
		input: { ...base, steps: stepsWithIds, progression: { steps: [] } },
		errors: ['progression.steps: expected a list of 1 to 50 rules, got an empty list']
	},
	'a progression rule for a step that is not there': {
		input: { ...base, steps: stepsWithIds, progression: { steps: [{ step: 'plank', change: 'seconds', by: 5, max: 60 }, { step: 'breather', change: 'seconds', by: 5, max: 60 }] } },
		errors: [
			'progression.steps[0].step: expected the id of an exercise step, got "plank", which no exercise step has',
			'progression.steps[1].step: expected the id of an exercise step, got "breather", which no exercise step has'
		]
	},
	'a progression rule for a value its step lacks': {
		input: { ...base, steps: stepsWithIds, progression: { steps: [{ step: 'clams', change: 'seconds', by: 5, max: 60 }] } },
		errors: ['progression.steps[0].change: expected a change step "clams" has ("reps" or "sets"), got "seconds"']
	},
	'progression ceilings below the step and above the format': {
		input: {
			...base,
			steps: stepsWithIds,
			progression: {
				steps: [
					{ step: 'bridge', change: 'seconds', by: 5, max: 20 },
					{ step: 'clams', change: 'reps', by: 5, max: 600 },
					{ step: 'clams', change: 'reps', by: 1, max: 12 }
				]
			}
		},
		errors: [
			"progression.steps[0].max: expected a ceiling at or above the step's own seconds (30), got 20",
			'progression.steps[1].max: expected a ceiling of at most 500 reps, got 600',
			'progression.steps[2].change: expected one rule for the reps of step "clams", got a second'
		]
	}
};
