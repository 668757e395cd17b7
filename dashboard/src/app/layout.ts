/** Sizes the shell's layout and what sits over it (toasts) agree on. */

/** The navigation column's width on a desktop. */
export const NAVBAR_WIDTH = 232;

/** Below this width the navigation is a drawer and pages take the whole width. */
export const PHONE_QUERY = '(max-width: 48em)';
