// A throwaway PostgreSQL place for a check or a benchmark: a schema of its own on TEST_DATABASE_URL
// when that is set, otherwise a database made on the local cluster (as `npm test` makes one).
import { testPostgresSchema } from "../../src/server/store/test-schema";
// @ts-expect-error — a plain ES module without types
import { startTestDatabase } from "../postgres-for-tests.mjs";

export type ScratchPostgres = { url: string; where: string; drop(): Promise<void> };

/** The URL of an empty schema, with the schema in it (node-postgres `options`), or why there is none. */
export async function scratchPostgres(): Promise<ScratchPostgres | { skipped: string }> {
  const made = process.env.TEST_DATABASE_URL
    ? null
    : (startTestDatabase() as { url?: string; name?: string; skipped?: string; drop(): void });
  if (made && !made.url) return { skipped: made.skipped ?? "no PostgreSQL database" };
  const base = process.env.TEST_DATABASE_URL ?? (made?.url as string);
  const { schema, urlInSchema, drop } = await testPostgresSchema(base);
  return {
    url: urlInSchema,
    where: made ? `throwaway database ${made.name}` : `schema ${schema} on TEST_DATABASE_URL`,
    async drop() {
      if (made) made.drop();
      else await drop();
    },
  };
}
