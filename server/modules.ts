import { casesModule } from './modules/cases/index.ts';
import { interpretingModule } from './modules/interpreting/index.ts';
import { libraryModule } from './modules/library/index.ts';
import { offerfeestModule } from './modules/offerfeest/index.ts';
import { plainLanguageModule } from './modules/plain-language/index.ts';
import { transitModule } from './modules/transit/index.ts';
import { translationMemoryModule } from './modules/translation-memory/index.ts';
import type { WegwijsModule } from './platform/module.ts';

/** Every domain module of the monolith, in the order their demo data depends on each other. */
export const MODULES: readonly WegwijsModule[] = [
  interpretingModule,
  translationMemoryModule,
  libraryModule,
  plainLanguageModule,
  casesModule,
  transitModule,
  offerfeestModule,
];
