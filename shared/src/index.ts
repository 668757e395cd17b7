export * from './advisory.js';
export * from './limits.js';
export * from './roles.js';
export * from './safe-messaging/index.js';
export * from './topics.js';
