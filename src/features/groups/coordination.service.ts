/**
 * The coordination view of a group: for one crisis or theme, a matrix of the group's member entities
 * by kind of work (the kinds of post), showing who shares what and where nothing is shared yet.
 */
import type { Deps } from '../../deps';
import { toCsv } from '../../lib/csv';
import { tableToXlsx } from '../../lib/xlsx';
import type { Actor } from '../../policy/actor';
import { groupForReading } from './groups.service';
import * as repo from './groups.repository';
import { postKinds, type CoordinationQuery, type Group, type GroupMember } from './groups.schemas';

const maxPostsInMatrix = 2000;
const maxTags = 500;

export interface MatrixCell {
  posts: { id: number; title: string; href: string }[];
}

export interface MatrixRow {
  entity: Pick<GroupMember, 'acronym' | 'name' | 'slug'> | null;
  cells: MatrixCell[];
  /** How many kinds of work this entity has nothing in. */
  gaps: number;
}

export interface CoordinationMatrix {
  group: Group;
  by: 'crisis' | 'theme';
  tag: string | null;
  tags: { crises: string[]; themes: string[] };
  kinds: (typeof postKinds)[number][];
  rows: MatrixRow[];
  /** Per kind: how many entities share something of that kind. */
  coverage: number[];
}

export async function getCoordinationMatrix(deps: Deps, actor: Actor | null, slug: string, query: CoordinationQuery): Promise<CoordinationMatrix> {
  const { group } = await groupForReading(deps, actor, slug);
  const [crises, themes] = await Promise.all([repo.listTags(deps.db, group.id, 'crises', maxTags), repo.listTags(deps.db, group.id, 'themes', maxTags)]);
  const available = query.by === 'crisis' ? crises : themes;
  const tag = query.tag && available.includes(query.tag) ? query.tag : (available[0] ?? null);
  const kinds = [...postKinds];
  const posts = tag ? await repo.listPostsTagged(deps.db, group.id, query.by === 'crisis' ? { crisis: tag } : { theme: tag }, maxPostsInMatrix) : [];
  const cellsFor = (entityId: number | null): MatrixCell[] =>
    kinds.map((kind) => ({
      posts: posts.filter((post) => post.entity_id === entityId && post.kind === kind).map((post) => ({ id: post.id, title: post.title, href: `/groups/${group.slug}/posts/${post.id}` })),
    }));
  const rows: MatrixRow[] = group.members.map((member) => {
    const cells = cellsFor(member.entityId);
    return { entity: { acronym: member.acronym, name: member.name, slug: member.slug }, cells, gaps: cells.filter((cell) => cell.posts.length === 0).length };
  });
  // Posts by organizations no longer in the group, or by the secretariat, are shown apart.
  const memberIds = new Set(group.members.map((member) => member.entityId));
  if (posts.some((post) => post.entity_id === null || !memberIds.has(post.entity_id))) {
    const cells = kinds.map((kind) => ({
      posts: posts
        .filter((post) => (post.entity_id === null || !memberIds.has(post.entity_id)) && post.kind === kind)
        .map((post) => ({ id: post.id, title: post.title, href: `/groups/${group.slug}/posts/${post.id}` })),
    }));
    rows.push({ entity: null, cells, gaps: cells.filter((cell) => cell.posts.length === 0).length });
  }
  const coverage = kinds.map((_, index) => rows.filter((row) => row.entity !== null && (row.cells[index]?.posts.length ?? 0) > 0).length);
  return { group, by: query.by, tag, tags: { crises, themes }, kinds, rows, coverage };
}

export interface MatrixLabels {
  entity: string;
  nothing: string;
  others: string;
  kind: (kind: (typeof postKinds)[number]) => string;
}

function matrixTable(matrix: CoordinationMatrix, labels: MatrixLabels): { header: string[]; rows: string[][] } {
  return {
    header: [labels.entity, ...matrix.kinds.map(labels.kind)],
    rows: matrix.rows.map((row) => [
      row.entity ? row.entity.acronym : labels.others,
      ...row.cells.map((cell) => (cell.posts.length === 0 ? labels.nothing : cell.posts.map((post) => post.title).join('; '))),
    ]),
  };
}

export function matrixCsv(matrix: CoordinationMatrix, labels: MatrixLabels): string {
  const table = matrixTable(matrix, labels);
  return toCsv(table.header, table.rows);
}

export async function matrixXlsx(matrix: CoordinationMatrix, labels: MatrixLabels): Promise<Buffer> {
  const table = matrixTable(matrix, labels);
  return tableToXlsx(matrix.tag ?? matrix.group.name, table.header, table.rows);
}
