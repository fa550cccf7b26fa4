import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { searchPage } from './search.repository';
import { highlightStart, highlightStop, indexDocument, removeDocument } from './search.service';

const page = (text: string, scope: Parameters<typeof searchPage>[1]['scope']) => ({
  text,
  kinds: [],
  year: null,
  scope,
  limit: 10,
  offset: 0,
  startMark: highlightStart,
  stopMark: highlightStop,
});

for (const kind of testDatabaseKinds()) {
  describe(`the search index (${kind})`, () => {
    const ctx = useTestContext(kind, { seed: false });

    it('upserts by kind and record, ranks title above body, and removes', async () => {
      const db = ctx().deps.db;
      await indexDocument(db, { kind: 'test', recordId: 1, title: 'Cartography', body: 'about trafficking routes', year: 2022, url: '/t/1', visibility: 'public' });
      await indexDocument(db, { kind: 'test', recordId: 2, title: 'Trafficked persons', body: 'other', year: 2021, url: '/t/2', visibility: 'public' });
      await indexDocument(db, { kind: 'test', recordId: 1, title: 'Maps', body: 'about trafficking routes\u0002', year: 2022, url: '/t/1', visibility: 'public' });
      const result = await searchPage(db, page('trafficking', { all: false, members: false, groupIds: [] }));
      expect(result.total).toBe(2);
      expect(result.hits.map((hit) => hit.record_id)).toEqual([2, 1]);
      expect(result.hits[1]?.title).toBe('Maps');
      expect(result.hits[1]?.snippet).toContain(`${highlightStart}trafficking${highlightStop}`);
      await removeDocument(db, 'test', 2);
      expect((await searchPage(db, page('trafficking', { all: false, members: false, groupIds: [] }))).total).toBe(1);
    });

    it('finds members and group documents only for those who may see them', async () => {
      const db = ctx().deps.db;
      await indexDocument(db, { kind: 'test', recordId: 10, title: 'Zeppelin members', body: '', year: 2022, url: '/t/10', visibility: 'members' });
      await indexDocument(db, { kind: 'test', recordId: 11, title: 'Zeppelin group', body: '', year: 2022, url: '/t/11', visibility: 'group', groupId: 7 });
      const ids = async (scope: Parameters<typeof searchPage>[1]['scope']) => (await searchPage(db, page('zeppelin', scope))).hits.map((hit) => hit.record_id).sort();
      expect(await ids({ all: false, members: false, groupIds: [] })).toEqual([]);
      expect(await ids({ all: false, members: true, groupIds: [] })).toEqual([10]);
      expect(await ids({ all: false, members: true, groupIds: [8] })).toEqual([10]);
      expect(await ids({ all: false, members: true, groupIds: [7] })).toEqual([10, 11]);
      expect(await ids({ all: true })).toEqual([10, 11]);
      await expect(indexDocument(db, { kind: 'test', recordId: 12, title: 'x', body: '', year: null, url: '/', visibility: 'group' })).rejects.toThrow();
    });
  });
}
