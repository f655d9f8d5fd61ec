import "server-only";
import { percentToPpm, ppmToPercent, type VoteChoice } from "@/lib/governance";
import type { ProxyBody } from "@/lib/schemas/assemblies";
import { prisma } from "@/server/db/client";
import { type TenantContext, withTenant } from "@/server/db/tenant";
import { recordFeatureUsed } from "@/server/events/record-event";
import { AppError } from "@/server/http/app-error";
import { castVote } from "./cast-vote";
import { agendaItemSelect } from "./load-assembly-state";
import { registerAttendance } from "./register-attendance";
import { type VoterLink, verifyVoterToken } from "./voter-token";

/** The actor of events written through a voter link (no account: the link is the credential). */
export const VOTER_LINK_ACTOR = "voter_link";

/** An item open for voting, with the unit's current vote. */
export type VoterItem = {
  id: string;
  position: number;
  title: string;
  description: string | null;
  majority: "simple" | "qualified";
  myChoice: VoteChoice | null;
};

/** What the public voter page shows (`GET /api/vote/{token}`). Percentages are DECIMAL(7, 4) text. */
export type VoterView = {
  organizationName: string;
  locale: string;
  assembly: { title: string; status: "scheduled" | "in_progress"; scheduledAt: string; location: string };
  unit: { id: string; label: string; coefficient: string };
  /** Null until the unit is registered. */
  attendance: { isProxy: boolean; holderName: string | null; source: "admin" | "link" } | null;
  /** Units whose proxy this unit's owner holds: they vote with it. */
  represents: { label: string; coefficient: string }[];
  /** Coefficient this link votes with: its own plus the represented ones. */
  votingCoefficient: string;
  /** True when another unit's owner holds this unit's proxy: that owner votes for it. */
  representedByUnit: boolean;
  openItems: VoterItem[];
};

/**
 * Checks a voter link and opens its organization's tenant transaction around `fn`.
 * @throws 404 `voter_link_invalid` (bad signature, unknown demo, assembly or unit — another demo's ids
 *   included, which row-level security hides); 410 `voter_link_expired` once the assembly is closed or
 *   the demo is no longer active.
 */
export async function withVoterLink<T>(token: string, fn: (tenant: TenantContext, link: VoterLink) => Promise<T>): Promise<T> {
  const link = verifyVoterToken(token);
  if (!link) throw new AppError("voter_link_invalid");
  // organizations is a platform table without row-level security: only ever the token's signed id here.
  const organization = await prisma.organization.findUnique({ where: { id: link.organizationId }, select: { status: true } });
  if (!organization) throw new AppError("voter_link_invalid");
  if (organization.status !== "active") throw new AppError("voter_link_expired");
  return withTenant(link.organizationId, async (tenant) => {
    const assembly = await tenant.db.assembly.findFirst({
      where: { id: link.assemblyId, organizationId: link.organizationId },
      select: { status: true },
    });
    const unit = await tenant.db.unit.findFirst({ where: { id: link.unitId, organizationId: link.organizationId }, select: { id: true } });
    if (!assembly || !unit) throw new AppError("voter_link_invalid");
    if (assembly.status === "closed") throw new AppError("voter_link_expired");
    return fn(tenant, link);
  });
}

const label = (unit: { tower: string; number: string }) => `${unit.tower} ${unit.number}`;

/**
 * The voter page's view of a link: the assembly, the unit and its coefficient, its registration, the
 * units it represents, and the items open for voting with its current vote.
 * @throws as `withVoterLink`.
 */
export async function getVoterView(token: string): Promise<VoterView> {
  return withVoterLink(token, async ({ db, organizationId }, link) => {
    const [organization, assembly, unit, registrations, items] = await Promise.all([
      prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, locale: true } }),
      db.assembly.findFirstOrThrow({
        where: { id: link.assemblyId, organizationId },
        select: { title: true, status: true, scheduledAt: true, location: true },
      }),
      db.unit.findFirstOrThrow({
        where: { id: link.unitId, organizationId },
        select: { id: true, tower: true, number: true, coefficient: true },
      }),
      db.attendance.findMany({
        where: { organizationId, assemblyId: link.assemblyId, OR: [{ unitId: link.unitId }, { proxyHolderUnitId: link.unitId }] },
        select: {
          unitId: true,
          isProxy: true,
          proxyHolderUnitId: true,
          proxyHolderName: true,
          source: true,
          unit: { select: { tower: true, number: true, coefficient: true } },
        },
      }),
      db.agendaItem.findMany({
        where: { organizationId, assemblyId: link.assemblyId, requiresVote: true, votingStatus: "open" },
        orderBy: { position: "asc" },
        select: {
          ...agendaItemSelect,
          votes: { where: { organizationId, unitId: link.unitId }, select: { choice: true } },
        },
      }),
    ]);
    const own = registrations.find((r) => r.unitId === link.unitId) ?? null;
    const represented = registrations.filter((r) => r.unitId !== link.unitId);
    const coefficient = percentToPpm(unit.coefficient.toString());
    const votingPpm = represented.reduce((sum, r) => sum + percentToPpm(r.unit.coefficient.toString()), coefficient);
    return {
      organizationName: organization.name,
      locale: organization.locale,
      assembly: {
        title: assembly.title,
        status: assembly.status as "scheduled" | "in_progress",
        scheduledAt: assembly.scheduledAt.toISOString(),
        location: assembly.location,
      },
      unit: { id: unit.id, label: label(unit), coefficient: ppmToPercent(coefficient) },
      attendance: own && { isProxy: own.isProxy, holderName: own.proxyHolderName, source: own.source },
      represents: represented.map((r) => ({
        label: label(r.unit),
        coefficient: ppmToPercent(percentToPpm(r.unit.coefficient.toString())),
      })),
      votingCoefficient: ppmToPercent(votingPpm),
      representedByUnit: Boolean(own?.proxyHolderUnitId),
      openItems: items.map(({ votes, ...item }) => ({ ...item, myChoice: votes[0]?.choice ?? null })),
    };
  });
}

/**
 * Registers the link's unit as present (source "link"), optionally represented by a proxy holder —
 * see `registerAttendance` for the rules and limits.
 * @returns whether the registration was created now.
 * @throws as `withVoterLink` and `registerAttendance`.
 */
export async function registerByVoterLink(token: string, { proxy }: { proxy?: ProxyBody }): Promise<{ created: boolean }> {
  return withVoterLink(token, async (tenant, link) => {
    const result = await registerAttendance(tenant, {
      assemblyId: link.assemblyId,
      input: { unitId: link.unitId, attendeeName: undefined, proxy },
      actor: VOTER_LINK_ACTOR,
      source: "link",
    });
    return { created: result.created };
  });
}

/**
 * Casts (or changes) the link's unit's vote on an open item — `castVote`: one vote per unit and item,
 * the units it represents vote with it. Records a "feature_used" event (record_vote).
 * @returns `created` and the units the vote was recorded for.
 * @throws as `withVoterLink` and `castVote`.
 */
export async function voteByVoterLink(
  token: string,
  { agendaItemId, choice }: { agendaItemId: string; choice: VoteChoice },
): Promise<{ created: boolean; unitIds: string[] }> {
  return withVoterLink(token, async (tenant, link) => {
    const result = await castVote(tenant, { assemblyId: link.assemblyId, agendaItemId, unitId: link.unitId, choice });
    await recordFeatureUsed(tenant, {
      actor: VOTER_LINK_ACTOR,
      feature: "record_vote",
      details: { assemblyId: link.assemblyId, agendaItemId, unitId: link.unitId, via: "link" },
    });
    return { created: result.created, unitIds: result.unitIds };
  });
}
