/** Vietnamese: the council area. */
export const council = {} as const;
