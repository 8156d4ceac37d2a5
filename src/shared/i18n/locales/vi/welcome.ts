/** Vietnamese: the welcome area. */
export const welcome = {} as const;
