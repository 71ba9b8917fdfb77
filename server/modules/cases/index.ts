/** Public API of the cases module: the only file other modules may import. */
export { casesModule } from './module.ts';
