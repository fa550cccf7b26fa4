/**
 * The statement's page as one document: the query that gathers a statement and all of its own
 * records in one SQL statement (docs/performance.md, "The members' workspace").
 */
import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { EndorsementPositionsTable, EndorsementRoundsTable, StatementCommentsTable, StatementConsultationsTable, StatementsTable, StatementVersionsTable } from './statements.table';

type StatementRow = Selectable<StatementsTable>;
type VersionRow = Selectable<StatementVersionsTable>;
type CommentRow = Selectable<StatementCommentsTable>;
type ConsultationRow = Selectable<StatementConsultationsTable>;
type RoundRow = Selectable<EndorsementRoundsTable>;
type PositionRow = Selectable<EndorsementPositionsTable>;

/** What the statement's page reads besides the statement; a part left out is read as empty. */
export interface StatementPageParts {
  versions: boolean;
  comments: boolean;
  consultation: boolean;
  positions: boolean;
}

export interface StatementPageRows {
  row: StatementRow;
  text: VersionRow | null;
  versions: Omit<VersionRow, 'body'>[];
  comments: CommentRow[];
  consultation: ConsultationRow | null;
  /** Newest first, as listRounds; each with its positions when they were asked for. */
  rounds: (RoundRow & { positions: PositionRow[] })[];
  openComments: number;
}

/** JSON carries times as text. */
type AsJson<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

const at = (value: string) => new Date(value);
const atOrNull = (value: string | null) => (value === null ? null : new Date(value));

/**
 * A statement with everything its page shows, as one document in one statement: the current text,
 * the versions, the comments, the open consultation, the rounds with their positions and the number
 * of open comments (jsonb subqueries of the statement's row).
 */
export async function findStatementPage(db: Executor, slug: string, parts: StatementPageParts, limits: { versions: number; comments: number }): Promise<StatementPageRows | undefined> {
  const empty = sql`'[]'::jsonb`;
  const positions = parts.positions ? sql`(select coalesce(jsonb_agg(to_jsonb(p)), '[]'::jsonb) from (select * from endorsement_positions where round_id = r.id limit 1000) p)` : empty;
  const found = await db
    .selectFrom('statements as s')
    .selectAll('s')
    .select([
      sql<AsJson<VersionRow> | null>`(select to_jsonb(v) from statement_versions v where v.statement_id = s.id and v.number = s.current_version)`.as('text_json'),
      (parts.versions
        ? sql`(select coalesce(jsonb_agg(to_jsonb(v) order by v.number desc), '[]'::jsonb) from (select id, statement_id, number, title, note, created_by, author_label, created_at from statement_versions where statement_id = s.id order by number desc limit ${limits.versions}) v)`
        : empty
      )
        .$castTo<AsJson<Omit<VersionRow, 'body'>>[]>()
        .as('versions_json'),
      (parts.comments
        ? sql`(select coalesce(jsonb_agg(to_jsonb(c) order by c.version_number desc, c.paragraph, c.id), '[]'::jsonb) from (select * from statement_comments where statement_id = s.id order by version_number desc, paragraph, id limit ${limits.comments}) c)`
        : empty
      )
        .$castTo<AsJson<CommentRow>[]>()
        .as('comments_json'),
      (parts.consultation ? sql`(select to_jsonb(c) from statement_consultations c where c.statement_id = s.id and c.closed_at is null limit 1)` : sql`null::jsonb`)
        .$castTo<AsJson<ConsultationRow> | null>()
        .as('consultation_json'),
      sql<
        (AsJson<RoundRow> & { positions: AsJson<PositionRow>[] })[]
      >`(select coalesce(jsonb_agg(to_jsonb(r) || jsonb_build_object('positions', ${positions}) order by r.opened_at desc, r.id desc), '[]'::jsonb) from (select * from endorsement_rounds where statement_id = s.id order by opened_at desc, id desc limit 50) r)`.as(
        'rounds_json',
      ),
      sql<number>`(select count(*) from statement_comments c where c.statement_id = s.id and c.status = 'open')::int`.as('open_comments'),
    ])
    .where('s.slug', '=', slug)
    .executeTakeFirst();
  if (!found) return undefined;
  const { text_json, versions_json, comments_json, consultation_json, rounds_json, open_comments, ...row } = found;
  return {
    row,
    text: text_json && { ...text_json, created_at: at(text_json.created_at) },
    versions: versions_json.map((version) => ({ ...version, created_at: at(version.created_at) })),
    comments: comments_json.map((comment) => ({ ...comment, created_at: at(comment.created_at), resolved_at: atOrNull(comment.resolved_at) })),
    consultation: consultation_json && { ...consultation_json, deadline: at(consultation_json.deadline), opened_at: at(consultation_json.opened_at), closed_at: atOrNull(consultation_json.closed_at) },
    rounds: rounds_json.map((round) => ({
      ...round,
      deadline: at(round.deadline),
      opened_at: at(round.opened_at),
      closed_at: atOrNull(round.closed_at),
      reminded_at: atOrNull(round.reminded_at),
      positions: round.positions.map((position) => ({ ...position, recorded_at: at(position.recorded_at) })),
    })),
    openComments: Number(open_comments),
  };
}
