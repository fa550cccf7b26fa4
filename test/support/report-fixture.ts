/** A small but complete ReportModel, for testing the renderers without a database. */
import { barChartSpec, columnChartSpec } from '../../src/lib/figures';
import type { ReportFigure, ReportModel } from '../../src/features/reports/report.model';

function barFigure(id: string, number: number, caption: string, rows: [string, number][], sectionId: string): ReportFigure {
  return {
    id,
    number,
    caption,
    alt: `${caption}: ${rows.map(([label, value]) => `${label} ${value}`).join(', ')}.`,
    spec:
      number % 2 === 0
        ? columnChartSpec(
            rows.map(([label, value]) => ({ label, value })),
            'Category',
            'Count',
          )
        : barChartSpec(
            rows.map(([label, value]) => ({ label, value })),
            'Category',
            'Count',
          ),
    table: { columns: ['Category', 'Count'], rows },
    source: 'Fixture data',
    sectionId,
  };
}

export function fixtureReportModel(): ReportModel {
  const figures = [
    barFigure(
      'figure-activities',
      1,
      'Activities in the year',
      [
        ['Meetings', 4],
        ['Decisions', 7],
        ['Statements', 3],
      ],
      'glance',
    ),
    barFigure(
      'figure-pledges',
      2,
      'Pledges by status',
      [
        ['On track', 5],
        ['Completed', 2],
      ],
      'pledges',
    ),
    barFigure(
      'figure-progress',
      3,
      'Progress updates by objective',
      [
        ['Objective 1', 6],
        ['Objective 2', 3],
      ],
      'plan',
    ),
    barFigure(
      'figure-regions',
      4,
      'Organizations by region',
      [
        ['Africa', 9],
        ['Europe', 8],
        ['Americas', 5],
      ],
      'members',
    ),
    barFigure(
      'figure-forms',
      5,
      'Organizations by form of exploitation',
      [
        ['Sexual', 10],
        ['Labour', 9],
      ],
      'members',
    ),
    barFigure(
      'figure-membership',
      6,
      'Members over time',
      [
        ['2012', 16],
        ['2018', 23],
        ['2022', 31],
      ],
      'members',
    ),
  ];
  return {
    modelVersion: 1,
    meta: {
      year: 2022,
      title: 'Annual report 2022',
      subtitle: 'Progress on the Plan of Action, with full text and figures',
      groupName: 'Inter-Agency Coordination Group against Trafficking in Persons',
      cochairs: [
        { acronym: 'ICMPD', name: 'International Centre for Migration Policy Development', href: '/members/icmpd' },
        { acronym: 'UNODC', name: 'United Nations Office on Drugs and Crime', href: '/members/unodc' },
      ],
      dataAsOf: '2022-11-20T10:00:00.000Z',
      status: 'draft',
      locale: 'en',
      dir: 'ltr',
      siteUrl: 'https://icat.example.org',
      sampleNotice: 'Parts of this report are sample data for demonstration.',
    },
    labels: {
      contents: 'Contents',
      listOfFigures: 'List of figures',
      figure: 'Figure {number}',
      figureData: 'Data for figure {number}',
      figureSource: 'Source',
      page: 'Page {page} of {pages}',
      dataAsOf: 'Data as of {moment}',
      dataAsOfText: '20 November 2022, 10:00 UTC',
      cochairs: 'Co-chairs',
      status: 'Status',
      statusName: 'Draft',
      sources: 'Sources',
      annexes: 'Annexes',
      downloadCsv: 'Download the data (CSV)',
    },
    sections: [
      {
        id: 'foreword',
        number: '1',
        title: 'Foreword',
        kind: 'narrative',
        blocks: [
          {
            kind: 'markdown',
            markdown:
              'The year **2022** tested <script>alert(1)</script> our resolve.\n\n## Our thanks\n\n- to [the members](https://icat.example.org/members)\n- to everyone & all\n\n1. first\n2. second\n\n[bad](javascript:alert(1))',
          },
        ],
      },
      {
        id: 'glance',
        number: '2',
        title: 'The year at a glance',
        kind: 'compiled',
        blocks: [
          { kind: 'paragraph', content: ['In 2022 the group held ', { text: '4 meetings', strong: true }, '.'] },
          { kind: 'figure', figureId: 'figure-activities' },
          { kind: 'table', caption: 'Timeline', columns: ['Date', 'What'], rows: [['2 December 2022', { text: 'Principals meeting', href: '/meetings/4' }]] },
        ],
      },
      {
        id: 'pledges',
        number: '3',
        title: 'The co-chairs’ pledges',
        kind: 'compiled',
        blocks: [
          {
            kind: 'subsection',
            id: 'pledge-1',
            title: 'Amplify survivors’ voices',
            blocks: [{ kind: 'claim', content: ['UNODC reported a survivor consultation.'], sources: [{ label: 'Progress update 12', href: '/progress/updates/12' }] }],
          },
          { kind: 'figure', figureId: 'figure-pledges' },
        ],
      },
      { id: 'plan', number: '4', title: 'Progress on the Plan of Action', kind: 'compiled', blocks: [{ kind: 'figure', figureId: 'figure-progress' }] },
      { id: 'crises', number: '5', title: 'Responding to crises', kind: 'compiled', blocks: [{ kind: 'empty', text: 'There is no data on working groups for 2022.' }] },
      {
        id: 'members',
        number: '6',
        title: 'Members’ contributions and the mapping',
        kind: 'compiled',
        blocks: [
          { kind: 'figure', figureId: 'figure-regions' },
          { kind: 'figure', figureId: 'figure-forms' },
          { kind: 'figure', figureId: 'figure-membership' },
        ],
      },
      {
        id: 'annex-figures',
        number: 'A',
        title: 'Data tables of the figures',
        kind: 'annex',
        blocks: figures.map((figure) => ({ kind: 'figure-data' as const, figureId: figure.id })),
      },
    ],
    figures,
  };
}
