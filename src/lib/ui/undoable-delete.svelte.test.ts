import { describe, expect, it, vi } from 'vitest';
import { UndoableDelete } from './undoable-delete.svelte';

describe('deleting with undo', () => {
	it('holds what was taken, and keeps it for another try when Undo cannot save, saying why', async () => {
		const put = vi.fn<(record: string) => Promise<void>>().mockRejectedValueOnce(new Error('Your phone is out of storage space for Unknot.')).mockResolvedValue();
		const holder = new UndoableDelete(async (id: string) => `record ${id}`, put);
		await holder.delete('a');
		expect(holder.record).toBe('record a');
		expect(await holder.undo()).toBe(false);
		expect(holder.error).toMatch(/out of storage/);
		expect(holder.record).toBe('record a');
		expect(await holder.undo()).toBe(true);
		expect(put).toHaveBeenLastCalledWith('record a');
		expect(holder.record).toBeNull();
	});

	it('has nothing to undo after Dismiss, or when the delete failed', async () => {
		const holder = new UndoableDelete<string>(async () => {
			throw new Error('gone');
		}, vi.fn());
		await expect(holder.delete('a')).rejects.toThrow('gone');
		expect(await holder.undo()).toBe(false);
	});
});
