import { describe, expect, it } from 'vitest';
import { absoluteUrl, appPath, isDecodable, replaceUndecodableAddress, setAppBase } from './address';

describe('the page address', () => {
	it('tells an address cut short mid-escape from one that decodes', () => {
		expect(isDecodable('/routines/hip-reset')).toBe(true);
		expect(isDecodable('/routines/a%2Fb')).toBe(true);
		expect(isDecodable('/routines/%E0%A4%A')).toBe(false);
		expect(isDecodable('/%')).toBe(false);
	});

	it('replaces only an address that cannot be decoded', () => {
		history.replaceState(null, '', '/history');
		replaceUndecodableAddress('/address-not-understood');
		expect(location.pathname).toBe('/history');
		history.replaceState(null, '', '/routines/%E0%A4%A');
		replaceUndecodableAddress('/address-not-understood');
		expect(location.pathname).toBe('/address-not-understood');
	});

	it('makes the absolute address of one of the app’s own files', () => {
		history.replaceState(null, '', '/settings');
		expect(absoluteUrl('/backup.schema.json')).toBe(`${location.origin}/backup.schema.json`);
	});

	it('puts the app’s own paths under the base path it is served from', () => {
		history.replaceState(null, '', '/unknot/settings');
		setAppBase('/unknot');
		try {
			expect(appPath('/sounds/silence.wav')).toBe('/unknot/sounds/silence.wav');
			expect(absoluteUrl('/import#r=2.x')).toBe(`${location.origin}/unknot/import#r=2.x`);
		} finally {
			setAppBase('');
		}
		expect(appPath('/sounds/silence.wav')).toBe('/sounds/silence.wav');
	});
});
