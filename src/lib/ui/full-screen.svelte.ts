/**
 * Whether a full-screen view (the player) covers the page. The layout makes what is behind it inert,
 * so Tab starts at the view's controls and a screen reader cannot wander behind it.
 */
class FullScreen {
	covered = $state(false);
}

/** The one full-screen flag the layout reads and a full-screen view sets while it is shown. */
export const fullScreen = new FullScreen();
