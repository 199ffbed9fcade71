/**
 * Hostile input for the fuzz tests of every parser that reads outside data (routine files, share
 * links, backups, records read back from storage): random JSON, valid values with one part broken,
 * random text, deep nesting and huge strings. Shared so each parser is attacked the same way.
 */
import fc from 'fast-check';

/**
 * How many cases a fuzz property runs: `full` under `npm test`, a twentieth (at least 10) under
 * `npm run mutate`, whose instrumentation makes every case many times slower (vitest.mutate.config.ts
 * sets UNKNOT_FUZZ_SCALE).
 */
export function fuzzRuns(full: number): number {
	const scale = Number(process.env.UNKNOT_FUZZ_SCALE ?? 1);
	return Math.max(10, Math.round(full * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values JSON.parse never makes but a record read back from storage may hold (all survive structured clone). */
const oddValue = fc.constantFrom<unknown>(undefined, NaN, Infinity, -0, 2n ** 70n, new Date(0), new Date(NaN), new Map([['a', 1]]), new Set([1]), new Uint8Array(3), /x/);

/** A copy of the lists and plain objects in `value`, sharing everything else (which may not clone). */
function copyTree(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(copyTree);
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, copyTree(child)]));
	}
	return value;
}

/**
 * `value` with one part broken: a field at a random path deleted, or replaced by random data (any
 * JSON, or with `odd`, values JSON cannot hold as well).
 */
export function brokenCopy(value: unknown, odd = true): fc.Arbitrary<unknown> {
	const paths: (string | number)[][] = [];
	const walk = (node: unknown, path: (string | number)[]) => {
		paths.push(path);
		if (Array.isArray(node)) node.forEach((child, index) => walk(child, [...path, index]));
		else if (node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
	};
	walk(value, []);
	const replacement = odd ? fc.oneof(fc.jsonValue({ maxDepth: 2 }), oddValue) : fc.jsonValue({ maxDepth: 2 });
	return fc.record({ path: fc.constantFrom(...paths), remove: fc.boolean(), replacement }).map(({ path, remove, replacement }) => {
		if (path.length === 0) return replacement;
		const copy = copyTree(value) as Record<string | number, unknown>;
		let parent: Record<string | number, unknown> = copy;
		for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
		const last = path[path.length - 1]!;
		if (remove && Array.isArray(parent)) parent.splice(Number(last), 1);
		else if (remove) delete parent[last];
		else parent[last] = replacement;
		return copy;
	});
}

/** Any JSON, any odd value, or `valid` with a part broken. */
export function hostileValue(valid: unknown): fc.Arbitrary<unknown> {
	return fc.oneof(fc.jsonValue({ maxDepth: 4 }), oddValue, brokenCopy(valid), brokenCopy(valid).chain((once) => brokenCopy(once)));
}

/** Text as a file or a paste may hold: random characters, broken JSON of `valid`, or none at all. */
export function hostileText(valid: unknown): fc.Arbitrary<string> {
	const json = JSON.stringify(valid);
	return fc.oneof(
		fc.string({ unit: 'binary', maxLength: 200 }),
		fc.json({ maxDepth: 4 }),
		brokenCopy(valid, false).map((broken) => JSON.stringify(broken) ?? 'undefined'),
		fc.nat({ max: json.length }).map((cut) => json.slice(0, cut)),
		fc.tuple(fc.nat({ max: json.length }), fc.string({ maxLength: 5 })).map(([at, insert]) => json.slice(0, at) + insert + json.slice(at))
	);
}

/** A value nested `depth` deep, alternating lists and objects (a stack-overflow probe). */
export function deeplyNested(depth = 10_000): Json {
	let value: Json = 'deep';
	for (let i = 0; i < depth; i++) value = i % 2 ? { steps: value } : [value];
	return value;
}

/** The same nesting as JSON text, written without recursion (JSON.stringify itself would overflow). */
export function deeplyNestedText(depth = 10_000): string {
	let open = '';
	let close = '';
	for (let i = depth - 1; i >= 0; i--) {
		open += i % 2 ? '{"steps":' : '[';
		close = (i % 2 ? '}' : ']') + close;
	}
	return `${open}"deep"${close}`;
}

/** A string of `size` characters (a few megabytes: a file far bigger than any routine). */
export function hugeString(size = 3_000_000): string {
	return 'x'.repeat(size);
}
