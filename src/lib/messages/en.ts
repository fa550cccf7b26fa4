/** The English catalogue: one file per area under en/, merged here. */
import { accounts } from './en/accounts';
import { common } from './en/common';
import { mapping } from './en/mapping';
import { members } from './en/members';

export const en = { ...common, ...members, ...mapping, ...accounts } as const;
export type MessageKey = keyof typeof en;
