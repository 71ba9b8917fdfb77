/** Public API of the transit module: the only file other modules may import. */
export { transitModule } from './module.ts';
