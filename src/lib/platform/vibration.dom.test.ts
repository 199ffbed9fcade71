import { describe, expect, it, vi } from 'vitest';
import { createVibrationOutput } from './vibration';

describe('vibration', () => {
	it('does nothing, quietly, where the phone cannot vibrate', () => {
		expect(() => createVibrationOutput().vibrate([200])).not.toThrow();
	});

	it('vibrates with the pattern given', () => {
		const vibrate = vi.fn(() => true);
		Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
		createVibrationOutput().vibrate([200, 100, 200]);
		expect(vibrate).toHaveBeenCalledWith([200, 100, 200]);
		Reflect.deleteProperty(navigator, 'vibrate');
	});
});
