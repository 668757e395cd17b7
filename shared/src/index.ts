export * from './advisory.js';
export * from './limits.js';
export * from './topics.js';
