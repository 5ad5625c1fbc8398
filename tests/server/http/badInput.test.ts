/**
 * The two nets in front of the database: the text check every route runs before its schema, and
 * the mapping of database errors the client caused to 4xx. The database errors are real ones,
 * from the same PGlite the server uses.
 */
import { randomUUID } from 'node:crypto';
import { toAppError } from '../../../src/server/http/errors';
import { textProblems } from '../../../src/server/http/route';
import { openDatabase, type Database } from '../../../src/server/store/db';
import { SQLSTATE, violates } from '../../../src/server/store/dbErrors';

describe('textProblems', () => {
  test('names every NUL and lone surrogate by its path, keys included', () => {
    const body = { title: 'ok', records: [{ text: 'goed' }, { text: 'a\u0000b' }], nested: { 'x\ud800': 'y', emoji: '🏗️' }, low: '\udc00z' };
    expect(textProblems(body, 'body')).toEqual([
      { code: 'nul_character', path: 'body.records.1.text', message: 'body.records.1.text: bevat een ongeldig teken (NUL)' },
      { code: 'lone_surrogate', path: 'body.nested.x\ufffd', message: 'body.nested.x\ufffd (naam): bevat een ongeldig teken (losse surrogaat)' },
      { code: 'lone_surrogate', path: 'body.low', message: 'body.low: bevat een ongeldig teken (losse surrogaat)' },
    ]);
  });

  test('well-formed text, numbers, null and booleans pass', () => {
    expect(textProblems({ a: 'Café 🏗️ \u202e', b: 1, c: null, d: [true, false], e: '' }, 'body')).toEqual([]);
    expect(textProblems('a\u0000', 'query')).toEqual([{ code: 'nul_character', path: 'query', message: 'query: bevat een ongeldig teken (NUL)' }]);
  });

  test('walks nesting of any depth without recursion, and keeps the path it reports short', () => {
    const depth = 200_000;
    const deep = JSON.parse(`${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`) as unknown;
    const [problem, ...more] = textProblems(deep, 'body');
    expect(more).toEqual([]);
    expect(problem?.code).toBe('nul_character');
    expect(problem!.path.length).toBeLessThanOrEqual(201);
  });

  test('stops after 20 problems', () => {
    expect(
      textProblems(
        Array.from({ length: 100 }, () => '\u0000'),
        'body',
      ),
    ).toHaveLength(20);
  });
});

describe('database errors the client caused', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ pgliteDataDir: 'memory://' });
    await db.query(`INSERT INTO users (id, name, email) VALUES ('u-een', 'Een', 'een@example.org')`);
    await db.query(
      `INSERT INTO pos (id, portefeuillehouder_id, title, starts_at, status, sections, created_by, teams_meeting_chat_id) VALUES ($1, 'ph', 'PO', now(), 'concept', '{}', 'u-een', 'chat-1')`,
      [randomUUID()],
    );
  });
  afterAll(async () => {
    await db.close();
  });

  /** The error a statement fails with (deferred to COMMIT, as a record insert is). */
  const failure = async (text: string, params: unknown[]): Promise<unknown> => {
    const err = await db
      .tx(async (sql) => {
        sql.defer(text, params);
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    if (!err) throw new Error('verwacht een databasefout');
    return err;
  };
  const newPo = (column: string, value: unknown) =>
    failure(
      `INSERT INTO pos (id, portefeuillehouder_id, title, starts_at, status, sections, created_by, ${column}) VALUES ($1, 'ph', 'PO', now(), 'concept', '{}', 'u-een', $2)`,
      [randomUUID(), value],
    );

  test('an unknown user (foreign key) is a 400 naming the field the request sent', async () => {
    const err = await newPo('notulist_id', 'u-niemand');
    expect(violates(err, SQLSTATE.foreignKeyViolation, 'pos_notulist_id_fkey')).toBe(true);
    const mapped = toAppError(err, { body: { notulistId: 'u-niemand' }, params: {}, query: {} });
    expect({ status: mapped.status, id: mapped.id, message: mapped.message, problems: mapped.problems }).toEqual({
      status: 400,
      id: 'validation',
      message: 'Onbekende gebruiker "u-niemand".',
      problems: [{ code: 'unknown', path: 'body.notulistId', message: 'Kies een bestaande gebruiker.' }],
    });
  });

  test('a taken Teams meeting chat (unique key) is a 409 with the reason', async () => {
    const mapped = toAppError(await newPo('teams_meeting_chat_id', 'chat-1'), { body: { teamsMeetingChatId: 'chat-1' }, params: {}, query: {} });
    expect({ status: mapped.status, id: mapped.id, problems: mapped.problems }).toEqual({
      status: 409,
      id: 'duplicate',
      problems: [{ code: 'duplicate', path: 'body.teamsMeetingChatId', message: 'Deze Teams-vergadering is al aan een ander PO gekoppeld.' }],
    });
  });

  test('a key from the path is named as a parameter', async () => {
    const err = await failure(`INSERT INTO po_changes (po_id, seq, at, actor_id, type, payload) VALUES ($1, 1, now(), 'u-een', 'x', '{}')`, [randomUUID()]);
    expect(toAppError(err, { body: {}, params: { poId: 'x' }, query: {} }).problems[0]?.path).toBe('params.poId');
  });

  test('a row still referenced is a 409, not a 400', async () => {
    const err = await failure(`DELETE FROM users WHERE id = 'u-een'`, []);
    expect(toAppError(err).id).toBe('conflict');
  });

  test.each([
    ['a NUL in text', `INSERT INTO users (id, name, email) VALUES ($1, 'x', 'x')`, ['a\u0000b']],
    ['a NUL in JSON', `INSERT INTO organisation (id, config) VALUES ('o', $1)`, ['{"a":"\\u0000"}']],
    ['a lone surrogate in JSON', `INSERT INTO organisation (id, config) VALUES ('o', $1)`, ['{"a":"\\ud800"}']],
    ['an impossible timestamp', `UPDATE pos SET starts_at = $1`, ['2026-13-45T00:00:00Z']],
    ['a timestamp past Postgres', `UPDATE pos SET starts_at = $1`, ['300000-01-01T00:00:00Z']],
    ['a value of the wrong form', `SELECT * FROM pos WHERE id = $1`, ['geen-uuid']],
  ])('%s is a 400', async (_what, text, params) => {
    const err = await failure(text, params);
    expect({ status: toAppError(err).status, id: toAppError(err).id }).toEqual({ status: 400, id: 'validation' });
  });

  test('anything else stays a 500', async () => {
    const err = await failure(`SELECT 1 / 0`, []);
    expect(toAppError(err).id).toBe('internal');
    expect(toAppError(new Error('kapot')).id).toBe('internal');
  });
});
