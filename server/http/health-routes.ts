// Health for supervisors and load balancers.
//
//   GET /api/health        readiness: asks the database (`SELECT 1`, with a deadline) and
//                          reads the free space; 200 when uploads can be stored, else 503 with
//                          what is wrong. A load balancer sends traffic only to a ready server.
//   GET /api/health/live   liveness: the process answers at all (no database call). A
//                          supervisor restarts a server that stops answering this.
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from './server-context';

export async function healthRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  app.get('/api/health', async (_request, reply) => {
    const database = await ctx.monitor.probe();
    const space = ctx.freeSpace.read();
    const ok = database.ok && space.ok;
    return reply.code(ok ? 200 : 503).send({
      ok,
      database: ctx.db.kind,
      durability: ctx.db.durability,
      databaseOk: database.ok,
      databaseLatencyMs: database.latencyMs,
      ...(database.error ? { databaseError: database.error } : {}),
      freeBytes: space.freeBytes,
      minFreeBytes: space.minFreeBytes,
      diskOk: space.ok,
    });
  });

  app.get('/api/health/live', async () => ({ ok: true }));
}
