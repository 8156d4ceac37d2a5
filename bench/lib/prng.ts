/** The seeded generator lives with the shared test support, so that tests and benches make the same data. */
export { Prng } from '../../src/shared/domain/testing/prng';
