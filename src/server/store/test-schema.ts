import pg from "pg";

/**
 * The test database (TEST_DATABASE_URL) and a throwaway schema in it, without any test runner:
 * vitest's store tests and Playwright's journeys both make their schemas here.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;

/** CI runs must not pass with the PostgreSQL half skipped unseen ("0"/"false" mean not CI). */
export const inCi = !!process.env.CI && !["0", "false"].includes(process.env.CI.toLowerCase());

/** A new empty schema on TEST_DATABASE_URL for one server; drop() removes it. */
export async function testPostgresSchema(url = testDatabaseUrl) {
  if (!url) throw new Error("PostgreSQL tests need TEST_DATABASE_URL");
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE SCHEMA ${schema}`);
  return {
    url,
    schema,
    /** The database's address with the schema in it, as an operator would set DATABASE_URL. */
    urlInSchema: `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    drop: () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  };
}
