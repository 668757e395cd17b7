/**
 * Focus after navigation: a screen-reader or keyboard user who follows a link should land on the new
 * page's heading, not stay on a link that is gone. The shell marks a navigation; the page's <PageHeader>
 * takes focus when it appears (pages may load their data first). The first load of the app is not a
 * navigation: focus stays where the browser puts it.
 */
let pending = false;

export const pageFocus = {
  navigated() {
    pending = true;
  },
  /** True once per navigation, for the first heading that asks. */
  take(): boolean {
    const was = pending;
    pending = false;
    return was;
  },
};
