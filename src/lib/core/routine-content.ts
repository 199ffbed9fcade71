/**
 * A routine's content version: a hash of its canonical JSON. Two routines with the same content have
 * the same hash whatever their key order, so a session can point at exactly the content it ran, stored
 * once, and history stays right after the routine is edited or deleted. Pure and synchronous.
 */
import type { Routine } from './routine-schema';

/** JSON with every object's keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) => {
		if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
		return Object.fromEntries(Object.keys(inner).sort().map((key) => [key, (inner as Record<string, unknown>)[key]]));
	});
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/**
 * 64-bit FNV-1a over the UTF-8 bytes, as 16 hex digits. Not for security: it names content, and a
 * collision between two of one person's routines is vanishingly unlikely at 64 bits.
 */
export function fnv1a64(text: string): string {
	let hash = FNV_OFFSET;
	for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
	return hash.toString(16).padStart(16, '0');
}

/** The content version of a routine: the same for the same content, different after any edit. */
export function hashRoutine(routine: Routine): string {
	return fnv1a64(canonicalJson(routine));
}
