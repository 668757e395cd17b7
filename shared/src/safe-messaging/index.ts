/**
 * The safe-messaging check, as the server and the dashboard import it: the check itself, its rule table and
 * the types of its findings.
 */
export { checkSafeMessaging, hasBlockingFinding, NEAR_WINDOW } from './check.js';
export { SAFETY_RULES } from './rules.js';
export * from './types.js';
