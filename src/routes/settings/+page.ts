import { loadSettings } from '$lib/platform/settings';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => ({ settings: await loadSettings() });
