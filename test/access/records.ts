/**
 * Records the seed does not have but the access tables need, each made through the app by the person
 * who would make it, before the walk starts. An entry names one in its URL as {name}:
 * - {draftStatement}: a statement in drafting, which does not exist for those who may not read it (404);
 * - {membersMeeting}: a members-only meeting, which does not exist for the public (404);
 * - {icmpdDraftUpdate}: ICMPD's draft progress update on plan item 7 (activity 2.1.1), seen by ICMPD, the co-chairs and the secretariat;
 * - {icmpdEvidence}: a file attached to that draft.
 */
import type { TestClient, TestResponse } from '../support/http-client';
import { postMultipart } from '../support/multipart';
import { samplePdf } from '../support/sample-files';
import type { Who } from './access';

export type AccessRecords = Record<string, string>;

function lastSegment(response: TestResponse, what: string): string {
  const location = response.headers.location;
  if (response.statusCode !== 303 || typeof location !== 'string') throw new Error(`Making ${what} for the walk answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
  return new URL(location, 'http://localhost').pathname.split('/').pop() as string;
}

export async function prepareAccessRecords(clients: Map<Who, TestClient>): Promise<AccessRecords> {
  const admin = clients.get('admin') as TestClient;
  const icmpd = clients.get('focal_point') as TestClient;
  const draftStatement = lastSegment(
    await admin.post('/statements/new', { kind: 'joint_statement', title: 'A draft for the access walk', slug: 'access-walk-draft', body: 'Not yet for the public.' }),
    'a draft statement',
  );
  const membersMeeting = lastSegment(
    await admin.post('/meetings', { level: 'working', title: 'A members-only meeting for the access walk', date: '2022-12-05', time_zone: 'Europe/Vienna', visibility: 'members' }),
    'a members-only meeting',
  );
  const icmpdDraftUpdate = lastSegment(await icmpd.post('/progress/updates', { period: '1', item: '7', status: 'on_track', narrative: 'A draft for the access walk.' }), 'a draft update');
  const attached = await postMultipart(icmpd, `/progress/updates/${icmpdDraftUpdate}/files`, {}, [{ field: 'files', fileName: 'access-walk.pdf', bytes: samplePdf }]);
  lastSegment(attached, 'a file on the draft update');
  const page = await icmpd.get(`/progress/updates/${icmpdDraftUpdate}`);
  const icmpdEvidence = /\/progress\/evidence\/(\d+)"/.exec(page.body)?.[1];
  if (!icmpdEvidence) throw new Error('The draft update shows no link to its file.');
  return { draftStatement, membersMeeting, icmpdDraftUpdate, icmpdEvidence };
}

/** The URL with each {name} replaced by the record of that name. */
export function fillUrl(url: string, records: AccessRecords): string {
  return url.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = records[name];
    if (value === undefined) throw new Error(`No record named ${name} for ${url}: add it to prepareAccessRecords.`);
    return value;
  });
}
