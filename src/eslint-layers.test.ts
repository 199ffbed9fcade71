import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The messages of the layer rule for `code` as if it were the file at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	const messages = result?.messages ?? [];
	// A file that does not parse would pass silently: fail loudly instead.
	expect(messages.filter((m) => m.fatal)).toEqual([]);
	return messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// Linting a .svelte file starts the TypeScript project service: seconds, more on a busy machine.
describe('the layers, as lint rules', { timeout: 60_000 }, () => {
	it.each([
		['src/lib/core/x.ts', "import { now } from '$lib/platform/clock';\nexport const t = now();\n", /core\/ is pure/],
		['src/lib/core/x.ts', "import { listSessions } from '../platform/session-store';\nexport const l = listSessions;\n", /core\/ is pure/],
		['src/lib/core/x.ts', "import { page } from '$app/state';\nexport const p = page;\n", /core\/ is pure/],
		['src/lib/core/x.ts', "import { Player } from '$lib/player/player.svelte';\nexport const p = Player;\n", /core\/ is pure/],
		['src/lib/platform/x.ts', "import { createPlayer } from '$lib/player/create-player';\nexport const c = createPlayer;\n", /thin edge/],
		[
			'src/routes/+page.svelte',
			"<script lang=\"ts\">\n\timport { listSessions } from '$lib/platform/session-store';\n\tvoid listSessions;\n</script>\n",
			/Components read state/
		]
	])('%s may not import across its layer', async (filePath, code, message) => {
		expect(await layerErrors(filePath, code)).toEqual([expect.stringMatching(message)]);
	});

	it('lets each layer import what it may', async () => {
		expect(await layerErrors('src/lib/core/x.ts', "import { compile } from './timeline';\nexport const c = compile;\n")).toEqual([]);
		expect(await layerErrors('src/lib/player/x.ts', "import { now } from '$lib/platform/clock';\nexport const n = now;\n")).toEqual([]);
	});
});
