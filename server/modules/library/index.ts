/** Public API of the library module: the only file other modules may import. */

export {
  type AddTranslationInput,
  type AddVersionInput,
  addLibraryTranslation,
  addLibraryVersion,
  type CreateDocumentInput,
  createLibraryDocument,
} from './library.service.ts';
export type { LibraryContent } from './library-content.ts';
export { downloadTranslation, type LibraryDownload } from './library-download.ts';
export {
  type ExistingTranslationHit,
  type ExistingTranslationQuery,
  findExistingTranslation,
} from './library-existing.ts';
export { libraryModule } from './module.ts';
