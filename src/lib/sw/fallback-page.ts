/** The app shell the service worker answers navigations with: keep in step with FALLBACK_PAGE in svelte.config.js. */
export const FALLBACK_PAGE = '404.html';
