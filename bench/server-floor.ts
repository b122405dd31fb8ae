// The two floors the server bench compares against, in a process of their own like the server:
// a bare endpoint of the same framework (Hono on @hono/node-server) and one that does a single
// `SELECT 1` on the same kind of database. Prints its URL as the first line.
import { serve } from '@hono/node-server';
import { openDatabase, readConfig } from '@vangnet/server';
import { Hono } from 'hono';

const config = readConfig(process.env);
const db = await openDatabase(config);
const app = new Hono();
app.get('/bare', (c) => c.json({ ok: true }));
app.get('/select-1', async (c) => {
  const { rows } = await db.query<{ one: number }>('select 1 as one');
  return c.json({ ok: rows[0]?.one === 1 });
});
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`http://127.0.0.1:${info.port}`);
});
process.on('SIGTERM', () => {
  void db.close().finally(() => process.exit(0));
});
