// The upload of a staff file. XMLHttpRequest rather than fetch: only it reports upload progress,
// which matters for a large workbook on a school's slow line.
import type { ImportResultView } from '../../../../src/staff-import/import-contract.js';
import { ApiProblem } from '../../api/client';
import { currentLocale, translate } from '../../i18n';

export type { ImportResultView };

export const templateUrl = (orgId: string) => `/api/v1/orgs/${orgId}/staff/import/template.xlsx`;

function problemOf(xhr: XMLHttpRequest): ApiProblem {
  const locale = currentLocale();
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(xhr.responseText);
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Not a problem document (a proxy's HTML page): the fallback words below cover it.
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return new ApiProblem({
    status: xhr.status,
    code: str(body.code) || `HTTP_${xhr.status}`,
    title: str(body.title) || translate(locale, 'error.unexpected.title'),
    detail: str(body.detail) || translate(locale, 'error.unexpected.detail', { status: xhr.status }),
  });
}

/** Sends the file; `onProgress` gets the uploaded share from 0 to 1. */
export function uploadStaffFile(
  orgId: string,
  file: File,
  dryRun: boolean,
  onProgress: (share: number) => void,
): Promise<ImportResultView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/orgs/${orgId}/staff/import${dryRun ? '?dryRun=true' : ''}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportResultView);
        } catch {
          reject(problemOf(xhr));
        }
      } else reject(problemOf(xhr));
    };
    xhr.onerror = () => {
      const locale = currentLocale();
      reject(
        new ApiProblem({
          status: 0,
          code: 'NETWORK',
          title: translate(locale, 'error.network.title'),
          detail: translate(locale, 'error.network.detail'),
        }),
      );
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
