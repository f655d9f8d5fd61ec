import "server-only";
import { randomInt } from "node:crypto";
import { percentToPpm } from "@/lib/governance";
import { SIMULATION_DURATION } from "@/lib/schemas/simulation";
import type { Prisma } from "@/server/db/client";
import type { TenantContext } from "@/server/db/tenant";
import { recordEvent } from "@/server/events/record-event";
import { lockAssembly } from "./lock-assembly";
import { planSimulation, type SimulationEvent } from "./simulation-plan";
import { startAssembly } from "./start-assembly";

/** A simulated assembly day as the API answers it. */
export type SimulationState = {
  assemblyId: string;
  /** The assembly's status: a simulation starts a scheduled assembly. */
  status: "in_progress" | "closed";
  seed: number;
  /** ISO 8601 (UTC). */
  startedAt: string;
  durationSeconds: number;
  /** ISO 8601: when the last planned event is due. */
  endsAt: string;
  /** ISO 8601 when stopped (or finished), else null. */
  stoppedAt: string | null;
  running: boolean;
  /** Planned events written so far, of the plan's total. */
  appliedEvents: number;
  totalEvents: number;
};

type SimulationRow = { id: string; seed: number; started_at: Date; duration_s: number; stopped_at: Date | null; applied_events: number };

/**
 * Writes what is due of the assembly's running simulation (docs/simulation.md) — there is no worker:
 * the plan (`planSimulation` of the stored seed over the building's units and the agenda) is replayed
 * from the stored start time whenever the assembly is read (the live stream, the page, the API), and
 * the events due by `now` that are not written yet are written, in order, in the caller's tenant
 * transaction: registrations (`attendance`, with proxies), items opened for voting, votes, items closed.
 * The assembly is read `FOR SHARE`, as live writes do, so closing it waits for a materialization in flight.
 * Idempotent and safe when several readers on several instances call it at once: the simulation row is
 * locked (`FOR UPDATE`) and advanced by a counter (`applied_events`), every insert is `ON CONFLICT DO
 * NOTHING`, and a person's own actions win — a unit already registered or that already voted an item is
 * skipped, a vote lands only while its item is open, nothing is written once the assembly is closed.
 * When the last event is written the simulation is marked finished (`stopped_at` = its end).
 * @param tx a transaction bound to `organizationId` (`withTenant`).
 * @param now the reader's clock.
 * @returns the events written now (0 when none was due, or no simulation runs).
 */
export async function materializeDueSimulation(
  tx: Prisma.TransactionClient,
  organizationId: string,
  assemblyId: string,
  now: Date,
): Promise<number> {
  const [simulation] = await tx.$queryRaw<SimulationRow[]>`
    SELECT id, seed, started_at, duration_s, stopped_at, applied_events FROM assembly_simulations
    WHERE organization_id = ${organizationId}::uuid AND assembly_id = ${assemblyId}::uuid AND stopped_at IS NULL
    FOR UPDATE`;
  if (!simulation) return 0;
  const [assembly] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM assemblies WHERE organization_id = ${organizationId}::uuid AND id = ${assemblyId}::uuid
    FOR SHARE`;
  if (assembly?.status !== "in_progress") {
    await tx.$executeRaw`UPDATE assembly_simulations SET stopped_at = ${now} WHERE id = ${simulation.id}::uuid`;
    return 0;
  }
  const plan = await planFor(tx, organizationId, assemblyId, simulation);
  const elapsed = now.getTime() - simulation.started_at.getTime();
  let due = simulation.applied_events;
  while (due < plan.length && plan[due]!.atMs <= elapsed) due += 1;
  const fresh = plan.slice(simulation.applied_events, due);
  if (fresh.length > 0) await applyEvents(tx, organizationId, assemblyId, simulation.started_at, fresh);
  const finished = due >= plan.length;
  await tx.$executeRaw`
    UPDATE assembly_simulations SET applied_events = ${due}::int,
      stopped_at = CASE WHEN ${finished} THEN started_at + make_interval(secs => duration_s) ELSE NULL END
    WHERE id = ${simulation.id}::uuid`;
  return fresh.length;
}

/**
 * `POST /api/assemblies/{id}/simulate`: starts a simulated assembly day on the tenant's assembly —
 * starting the assembly first when it is scheduled (`startAssembly`: it is in progress from now) — and
 * writes what is due at once. A simulation already running on it is answered as it is (idempotent); a
 * finished or stopped one is replaced by a new day (what it wrote stays). Records `simulation_started`.
 * @param input.durationSeconds 10–1,800 (default 120); input.seed the plan's seed (default random).
 * @throws 404 `assembly_not_found` (unknown or another organization's); 409 `assembly_closed`.
 */
export async function startSimulation(
  tenant: TenantContext,
  input: { assemblyId: string; actor: string; durationSeconds?: number; seed?: number; now?: Date },
): Promise<SimulationState> {
  const { db, organizationId } = tenant;
  const now = input.now ?? new Date();
  const locked = await lockAssembly(tenant, { assemblyId: input.assemblyId, mode: "update", allowed: ["scheduled", "in_progress"] });
  if (locked.status === "scheduled") await startAssembly(tenant, { assemblyId: input.assemblyId, actor: input.actor, now });
  const [running] = await db.$queryRaw<SimulationRow[]>`
    SELECT id, seed, started_at, duration_s, stopped_at, applied_events FROM assembly_simulations
    WHERE organization_id = ${organizationId}::uuid AND assembly_id = ${input.assemblyId}::uuid AND stopped_at IS NULL FOR UPDATE`;
  if (!running) {
    const seed = input.seed ?? randomInt(0, 2_147_483_647);
    const durationSeconds = input.durationSeconds ?? SIMULATION_DURATION.default;
    await db.$executeRaw`
      INSERT INTO assembly_simulations (id, organization_id, assembly_id, seed, started_at, duration_s, stopped_at, applied_events)
      VALUES (gen_random_uuid(), ${organizationId}::uuid, ${input.assemblyId}::uuid, ${seed}::int, ${now}, ${durationSeconds}::int, NULL, 0)
      ON CONFLICT (organization_id, assembly_id) DO UPDATE
        SET seed = EXCLUDED.seed, started_at = EXCLUDED.started_at, duration_s = EXCLUDED.duration_s, stopped_at = NULL, applied_events = 0`;
    await recordEvent(db, {
      organizationId,
      type: "simulation_started",
      actor: input.actor,
      data: { assemblyId: input.assemblyId, seed, durationSeconds },
    });
  }
  await materializeDueSimulation(db, organizationId, input.assemblyId, now);
  return (await readSimulation(tenant, input.assemblyId, now))!;
}

/**
 * Stops the tenant's running simulation on the assembly (`DELETE /api/assemblies/{id}/simulate`): what
 * was due is written first, nothing more is written afterwards. Stopping twice, or with nothing
 * running, changes nothing. Records `simulation_stopped` when it stopped one.
 * @returns the simulation's state, or null when the assembly never had one.
 * @throws 404 `assembly_not_found`.
 */
export async function stopSimulation(
  tenant: TenantContext,
  input: { assemblyId: string; actor: string; now?: Date },
): Promise<SimulationState | null> {
  const { db, organizationId } = tenant;
  const now = input.now ?? new Date();
  await lockAssembly(tenant, { assemblyId: input.assemblyId, mode: "share", allowed: ["scheduled", "in_progress", "closed"] });
  await materializeDueSimulation(db, organizationId, input.assemblyId, now);
  const stopped = await db.$executeRaw`
    UPDATE assembly_simulations SET stopped_at = ${now}
    WHERE organization_id = ${organizationId}::uuid AND assembly_id = ${input.assemblyId}::uuid AND stopped_at IS NULL`;
  if (stopped > 0) {
    await recordEvent(db, { organizationId, type: "simulation_stopped", actor: input.actor, data: { assemblyId: input.assemblyId } });
  }
  return readSimulation(tenant, input.assemblyId, now);
}

/** The assembly's simulation as the API answers it, or null when it never had one. */
export async function readSimulation(tenant: TenantContext, assemblyId: string, now = new Date()): Promise<SimulationState | null> {
  const { db, organizationId } = tenant;
  const [row] = await db.$queryRaw<(SimulationRow & { status: string })[]>`
    SELECT s.id, s.seed, s.started_at, s.duration_s, s.stopped_at, s.applied_events, a.status::text AS status
    FROM assembly_simulations s JOIN assemblies a ON a.organization_id = s.organization_id AND a.id = s.assembly_id
    WHERE s.organization_id = ${organizationId}::uuid AND s.assembly_id = ${assemblyId}::uuid`;
  if (!row) return null;
  const total = (await planFor(db, organizationId, assemblyId, row)).length;
  const endsAt = new Date(row.started_at.getTime() + row.duration_s * 1_000);
  return {
    assemblyId,
    status: row.status === "closed" ? "closed" : "in_progress",
    seed: row.seed,
    startedAt: row.started_at.toISOString(),
    durationSeconds: row.duration_s,
    endsAt: endsAt.toISOString(),
    stoppedAt: row.stopped_at?.toISOString() ?? null,
    running: row.stopped_at === null && row.status === "in_progress" && now < new Date(endsAt.getTime() + 1_000),
    appliedEvents: row.applied_events,
    totalEvents: total,
  };
}

/** The simulation's plan over the building as it is: units with their owner's name, the agenda. */
async function planFor(
  tx: Prisma.TransactionClient,
  organizationId: string,
  assemblyId: string,
  simulation: Pick<SimulationRow, "seed" | "duration_s">,
): Promise<SimulationEvent[]> {
  const units = await tx.$queryRaw<{ id: string; coefficient: string; owner_name: string | null }[]>`
    SELECT u.id::text AS id, u.coefficient::text AS coefficient,
           (SELECT r.full_name FROM residents r WHERE r.organization_id = u.organization_id AND r.unit_id = u.id AND r.type = 'owner'
            ORDER BY r.created_at, r.id LIMIT 1) AS owner_name
    FROM units u WHERE u.organization_id = ${organizationId}::uuid`;
  const items = await tx.$queryRaw<{ id: string; position: number; requires_vote: boolean; majority: "simple" | "qualified" }[]>`
    SELECT id::text AS id, position, requires_vote, majority::text AS majority FROM agenda_items
    WHERE organization_id = ${organizationId}::uuid AND assembly_id = ${assemblyId}::uuid`;
  return planSimulation(
    simulation.seed,
    units.map((u) => ({ id: u.id, coefficient: percentToPpm(u.coefficient), ownerName: u.owner_name ?? "—" })),
    items.map((i) => ({ id: i.id, position: i.position, requiresVote: i.requires_vote, majority: i.majority })),
    simulation.duration_s * 1_000,
  );
}

/** Writes `events` (consecutive ones of a kind in one statement), each dated at its planned moment. */
async function applyEvents(
  tx: Prisma.TransactionClient,
  organizationId: string,
  assemblyId: string,
  startedAt: Date,
  events: SimulationEvent[],
) {
  const at = (event: SimulationEvent) => new Date(startedAt.getTime() + event.atMs).toISOString();
  for (let i = 0; i < events.length;) {
    let j = i;
    while (j < events.length && events[j]!.kind === events[i]!.kind) j += 1;
    const run = events.slice(i, j);
    const kind = run[0]!.kind;
    if (kind === "register") {
      const all = run.filter((e): e is Extract<SimulationEvent, { kind: "register" }> => e.kind === "register");
      // Owners present in person first, so that the proxies they hold find them registered.
      for (const rows of [all.filter((e) => !e.proxy), all.filter((e) => e.proxy)]) {
        if (rows.length === 0) continue;
        await tx.$executeRaw`
        INSERT INTO attendance (id, organization_id, assembly_id, unit_id, attendee_name, is_proxy, registered_at, proxy_holder_unit_id, proxy_holder_name, source)
        SELECT gen_random_uuid(), ${organizationId}::uuid, ${assemblyId}::uuid, r.unit_id, r.attendee_name, r.is_proxy, r.registered_at,
               -- A holder who is not (or no longer) present in person cannot carry the proxy: the poder then names them.
               CASE WHEN EXISTS (SELECT FROM attendance h WHERE h.organization_id = ${organizationId}::uuid AND h.assembly_id = ${assemblyId}::uuid
                                 AND h.unit_id = r.holder_unit_id AND NOT h.is_proxy) THEN r.holder_unit_id END,
               r.holder_name, 'admin'
        FROM jsonb_to_recordset(${JSON.stringify(
          rows.map((e) => ({
            unit_id: e.unitId,
            attendee_name: e.attendeeName,
            is_proxy: e.proxy !== null,
            registered_at: at(e),
            holder_unit_id: e.proxy?.holderUnitId ?? null,
            holder_name: e.proxy?.holderName ?? null,
          })),
        )}::jsonb) AS r(unit_id uuid, attendee_name text, is_proxy boolean, registered_at timestamptz, holder_unit_id uuid, holder_name text)
        ON CONFLICT (organization_id, assembly_id, unit_id) DO NOTHING`;
      }
    } else if (kind === "open_item" || kind === "close_item") {
      const ids = run.map((e) => ("itemId" in e ? e.itemId : ""));
      const [from, to] = kind === "open_item" ? ["pending", "open"] : ["open", "closed"];
      await tx.$executeRaw`
        UPDATE agenda_items SET voting_status = ${to}::"ItemVotingStatus"
        WHERE organization_id = ${organizationId}::uuid AND assembly_id = ${assemblyId}::uuid
          AND id = ANY (${ids}::uuid[]) AND voting_status = ${from}::"ItemVotingStatus"`;
    } else {
      const rows = run.filter((e): e is Extract<SimulationEvent, { kind: "vote" }> => e.kind === "vote");
      // Only while the item is open, and never over a vote a person already cast.
      await tx.$executeRaw`
        INSERT INTO votes (id, organization_id, agenda_item_id, unit_id, choice, cast_at)
        SELECT gen_random_uuid(), ${organizationId}::uuid, v.item_id, v.unit_id, v.choice::"VoteChoice", v.cast_at
        FROM jsonb_to_recordset(${JSON.stringify(rows.map((e) => ({ item_id: e.itemId, unit_id: e.unitId, choice: e.choice, cast_at: at(e) })))}::jsonb)
          AS v(item_id uuid, unit_id uuid, choice text, cast_at timestamptz)
        JOIN agenda_items i ON i.organization_id = ${organizationId}::uuid AND i.id = v.item_id AND i.voting_status = 'open'
        ON CONFLICT (organization_id, agenda_item_id, unit_id) DO NOTHING`;
    }
    i = j;
  }
}
