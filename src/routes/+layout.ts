// A client-side app: every URL is served the same shell (the adapter's fallback page) and routed here.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
