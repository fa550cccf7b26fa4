/** Every test file starts with ICAT's words, as the platform's first group sets them (see group-words.ts). */
import { icat, useGroup } from './group-words';

useGroup(icat);
