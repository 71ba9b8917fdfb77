import {
  type CreatePlainLanguageTerm,
  type PlainLanguageCheck,
  PlainLanguageCheckSchema,
  type PlainLanguageTerm,
  PlainLanguageTermListSchema,
  PlainLanguageTermSchema,
  type UpdatePlainLanguageTerm,
} from '../../../contracts/plain-language.ts';
import { api } from '../../lib/api-client.ts';
import { type UploadProgress, uploadFile } from '../../lib/upload.ts';

const CHECK = '/api/plain-language/check';
const TERMS = '/api/plain-language/terms';

export const plainLanguageKeys = { terms: ['plain-language', 'terms'] as const };

export const checkText = (text: string): Promise<PlainLanguageCheck> =>
  api.post(CHECK, { text }, { schema: PlainLanguageCheckSchema });

/** The server reads the file's text and checks it; the answer carries that text for highlighting. */
export async function checkFile(
  file: File,
  onProgress?: (p: UploadProgress) => void,
): Promise<PlainLanguageCheck> {
  const answer = await uploadFile<unknown>(CHECK, file, onProgress ? { onProgress } : {});
  return PlainLanguageCheckSchema.parse(answer);
}

export const listTerms = async (): Promise<PlainLanguageTerm[]> =>
  (await api.get(TERMS, { schema: PlainLanguageTermListSchema })).items;

export const createTerm = (body: CreatePlainLanguageTerm): Promise<PlainLanguageTerm> =>
  api.post(TERMS, body, { schema: PlainLanguageTermSchema, report: false });

export const updateTerm = (id: string, body: UpdatePlainLanguageTerm): Promise<PlainLanguageTerm> =>
  api.patch(`${TERMS}/${id}`, body, { schema: PlainLanguageTermSchema, report: false });
