import { describe, expect, it } from 'vitest';
import { allowedFor, pageFor, same } from '../../src/features/route-access';
import { answers, whoGetsThrough } from './access';

describe('the access matrix helpers', () => {
  it('refuse everyone not listed: the public by 401 or a sign-in, the others by 403, unless an exception names them', () => {
    expect(allowedFor(['cochair', 'admin'], 303)).toEqual({ public: 401, member: 403, focal_point: 403, other_focal_point: 403, cochair: 303, admin: 303, survivor_advisor: 403 });
    expect(pageFor(['admin'], 200, { survivor_advisor: 404, others: 404 })).toEqual({
      public: '303 /login',
      member: 404,
      focal_point: 404,
      other_focal_point: 404,
      cochair: 404,
      admin: 200,
      survivor_advisor: 404,
    });
    expect(same(200, { public: 404 })).toMatchObject({ public: 404, member: 200, survivor_advisor: 200 });
  });

  it('match a redirect by its path, with any query or fragment, or anything after a trailing *', () => {
    expect(answers('303 /login', 303, '/login?next=%2Fwork')).toBe(true);
    expect(answers('303 /login', 303, '/login/second-factor')).toBe(false);
    expect(answers('303 /account', 303, '/account#second-factor')).toBe(true);
    expect(answers('303 /', 303, '/work')).toBe(false);
    expect(answers('303 /progress/updates/*', 303, '/progress/updates/7?notice=saved')).toBe(true);
    expect(answers('303 /login', 302, '/login')).toBe(false);
    expect(answers(404, 403, undefined)).toBe(false);
  });

  it('let through everyone an entry does not refuse', () => {
    expect(whoGetsThrough({ route: 'GET /x', url: '/x', expect: pageFor(['member'], 200, { public: 404 }) })).toEqual(['public', 'member']);
    expect(whoGetsThrough({ route: 'POST /x', url: '/x', expect: allowedFor(['admin'], '303 /x') })).toEqual(['admin']);
  });
});
