/** Public API of the offerfeest module: the only file other modules may import. */
export { offerfeestModule } from './module.ts';
