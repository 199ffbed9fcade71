/**
 * Whether this device may hold anything of the user's, asked without opening (and so creating) the
 * database or loading its code. A first visit has nothing stored: the library and the theme then skip
 * the reading code altogether, which is most of what a first visit would otherwise download.
 */

/** The app's one IndexedDB database's name (`db.ts` opens it). */
export const DB_NAME = 'unknot';

/**
 * False only when the browser lists its databases and ours is not among them. Where it cannot tell
 * (no `indexedDB.databases`, or it fails), true: the caller reads storage as usual and reports
 * whatever goes wrong there.
 */
export async function databaseMayExist(): Promise<boolean> {
	try {
		if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
		return (await indexedDB.databases()).some((database) => database.name === DB_NAME);
	} catch {
		return true;
	}
}
