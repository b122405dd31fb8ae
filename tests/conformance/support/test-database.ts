// A fresh PostgreSQL database per test file, on the server VANGNET_TEST_DATABASE_URL names, so
// files running in parallel never share state. Dropped when the file is done.
import pg from 'pg';

/** The PostgreSQL the tests may use, or undefined (then those tests say they did not run). */
export function testDatabaseUrl(): string | undefined {
  const url = process.env['VANGNET_TEST_DATABASE_URL'];
  return url === undefined || url === '' ? undefined : url;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database beside the one `adminUrl` names; its owner is that URL's role. */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `vangnet_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
