/** See server-flags.js. */
export declare const serverNodeFlags: string[];
