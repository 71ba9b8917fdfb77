import { activeLocale } from '../i18n/preference.ts';
import { ApiError, isProblem } from './api-client.ts';

export type UploadProgress = { loaded: number; total: number; percent: number };

/**
 * Uploads one file as multipart/form-data. fetch() cannot report upload progress, so this is the
 * one place that uses XMLHttpRequest. Errors come back as the same ApiError the JSON client throws.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  options: {
    fields?: Record<string, string>;
    onProgress?: (p: UploadProgress) => void;
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.responseType = 'json';
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    const locale = activeLocale();
    if (locale) xhr.setRequestHeader('Accept-Language', locale);
    xhr.upload.onprogress = (event) => {
      if (!event.lengthComputable) return;
      options.onProgress?.({
        loaded: event.loaded,
        total: event.total,
        percent: Math.round((event.loaded / event.total) * 100),
      });
    };
    xhr.onload = () => {
      const payload: unknown = xhr.response;
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as T);
      else reject(new ApiError(xhr.status, isProblem(payload) ? payload : null, xhr.statusText));
    };
    xhr.onerror = () => reject(new ApiError(0, null, 'network error'));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    for (const [key, value] of Object.entries(options.fields ?? {})) form.append(key, value);
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
