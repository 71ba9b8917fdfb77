export {
  assertSha256,
  type FileStore,
  type PutOptions,
  type StagedContent,
  type StoredContent,
} from './file-store.ts';
export { canReadFile } from './files.policy.ts';
export {
  cleanFileName,
  createFileService,
  type FileInfo,
  type FileService,
  type StoredFile,
  type UploadInput,
} from './files.service.ts';
export { createLocalFileStore } from './local-file-store.ts';
export { PURGE_FILES_JOB, purgeUnreferencedFiles, registerFilePurge } from './purge.ts';
export { sniffMediaType } from './sniff.ts';
