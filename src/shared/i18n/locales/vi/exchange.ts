/** Vietnamese: the exchange area. */
export const exchange = {} as const;
