/** Vietnamese: the products area. */
export const products = {} as const;
