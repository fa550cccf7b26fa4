/** Posts a multipart/form-data form like a browser with a file input, through a TestClient's cookies. */
import { randomBytes } from 'node:crypto';
import type { TestClient, TestResponse } from './http-client';

export interface FilePart {
  field: string;
  fileName: string;
  bytes: Buffer;
  contentType?: string;
}

export function multipartBody(fields: Record<string, string | string[]>, files: FilePart[]): { body: Buffer; contentType: string } {
  const boundary = `----icat${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${item}\r\n`));
    }
  }
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.fileName.replace(/"/g, '%22')}"\r\nContent-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The CSRF token goes in the query string, as PostForm puts it for multipart forms. */
export async function postMultipart(client: TestClient, url: string, fields: Record<string, string | string[]>, files: FilePart[], options: { csrf?: boolean } = {}): Promise<TestResponse> {
  if (!client.csrfToken) await client.get('/login');
  const { body, contentType } = multipartBody(fields, files);
  const target = options.csrf === false ? url : `${url}${url.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(client.csrfToken)}`;
  return client.send({ method: 'POST', url: target, payload: body, headers: { 'content-type': contentType } });
}
