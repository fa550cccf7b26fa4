/**
 * How many SQL statements a page may run. Each *.budgets.ts file beside this one lists pages with the
 * person asking and the budget; test/integration/statement-budgets.test.ts holds every page to it on
 * the demo data and on grown data (bench/data's generator, 1× by default, `BUDGET_SCALE=10` for ten
 * times as much), so a page's statements do not grow with the data (no N+1).
 */
import type { Who } from '../access/access';

export interface StatementBudget {
  /** The page to request: a concrete URL on the demo data. */
  url: string;
  /** Who asks: the public or one of the access test's people. */
  as: Who;
  /** The most statements the request may run, the sign-in check and navigation counts included. */
  budget: number;
}

/** The aim for a page: every statement a page needs in this many or fewer. */
export const pageBudget = 6;
