import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";
import pg from "pg";
const db = await startEmbeddedPostgres({ dataDir: "/tmp/questions-pgtest", database: "t", persistent: false });
const c = new pg.Client({ connectionString: db.url }); await c.connect();
const q = async (s: string) => { const r = await c.query(s); return r.rows; };
console.log(await q("select datcollate, datctype, pg_encoding_to_char(encoding) enc from pg_database where datname='t'"));
await q("create extension if not exists pg_trgm");
console.log(await q("select show_trgm('注意力机制') t"));
await q("create table x(id int primary key, title text, answer text)");
await q(`insert into x select g, '问题 ' || g || '：注意力机制与位置编码的关系' || md5(g::text), repeat('答案内容，包含 Transformer 与 RAG 的说明。', 8) || md5((g*7)::text) from generate_series(1,5000) g`);
await q("insert into x values (99999, '多头自注意力的复杂度分析', '稀有词汇鲲鹏')");
await q("create index x_title on x using gin (title gin_trgm_ops)");
await q("create index x_answer on x using gin (answer gin_trgm_ops)");
await q("analyze x");
for (const term of ["鲲鹏", "稀有词汇", "自注意力", "transformer", "复杂度分析"]) {
  const plan = await q(`explain analyze select id from x where title ilike '%${term}%' or answer ilike '%${term}%'`);
  console.log(term, plan.map((r: any) => r["QUERY PLAN"]).join("\n"));
}
await c.end(); await db.stop();
