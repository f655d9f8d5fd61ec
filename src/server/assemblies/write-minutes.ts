import "server-only";
import { ppmToPercent } from "@/lib/governance";
import { getTranslator, type Locale } from "@/lib/i18n";
import { formatDate, formatPercent, formatTime } from "@/lib/format";
import type { AssemblyState } from "./load-assembly-state";

/** Who signs the minutes (Ley 675 de 2001 art. 47: president and secretary of the assembly). */
export type MinutesSignatories = { presidentName: string | null; secretaryName: string | null };

/**
 * The minutes (acta) of an assembly held in the app — Ley 675 de 2001 **art. 47** — written from its
 * real data in the organization's language: number, session kind and call (art. 41), date, real start
 * and end times, place, president and secretary; attendance unit by unit with coefficients and
 * proxies (who holds each), the quorum and whether it was met (arts. 41, 45); each agenda item with
 * its text, the majority that applied (arts. 45, 46), the votes in % of coefficients and the result
 * (none without quorum); closing and signatures. Plain text: the PDF is drawn from it.
 * @param options.actNumber consecutive number of the minutes (acta n.º).
 * @param options.closedAt when the session ended; the start is `state.startedAt` (else the scheduled time).
 */
export function writeMinutes(
  state: AssemblyState,
  {
    organizationName,
    locale,
    actNumber,
    closedAt,
    signatories,
  }: { organizationName: string; locale: Locale; actNumber: number; closedAt: Date; signatories: MinutesSignatories },
): string {
  const t = getTranslator(locale, "minutes");
  // "52,07 %" (Spanish) / "52.07%" (English): the one percent format of the product (`formatPercent`).
  const pct = (ppm: number) => formatPercent(locale, ppmToPercent(ppm), 2);
  const coefficient = (ppm: number) => formatPercent(locale, ppmToPercent(ppm), 4);
  const startedAt = state.startedAt ?? state.scheduledAt;
  const president = signatories.presidentName ?? t("notRecorded");
  const secretary = signatories.secretaryName ?? t("notRecorded");
  const lines = [
    t("title", { number: actNumber }),
    state.type === "ordinary" ? t("headingOrdinary") : t("headingExtraordinary"),
    organizationName.toUpperCase(),
    state.call === "first" ? t("callFirst") : t("callSecond"),
    "",
    t("date", { date: formatDate(locale, startedAt) }),
    t("start", { time: formatTime(locale, startedAt) }),
    t("end", { time: formatTime(locale, closedAt) }),
    t("place", { place: state.location }),
    t("president", { name: president }),
    t("secretary", { name: secretary }),
    "",
    t("attendanceTitle"),
    t("attendanceSummary", {
      present: state.attendance.length,
      total: state.totalUnits,
      proxies: state.attendance.filter((present) => present.isProxy).length,
      percent: pct(state.quorum.percentPresent),
    }),
    ...state.attendance.map((present) => {
      const unit = `${present.tower} ${present.unitNumber}`;
      return present.isProxy
        ? t("attendanceProxyLine", {
            unit,
            holder: present.proxyHolderName ?? present.attendeeName,
            coefficient: coefficient(present.coefficient),
          })
        : t("attendanceLine", { unit, name: present.attendeeName, coefficient: coefficient(present.coefficient) });
    }),
    state.quorum.met ? (state.call === "second" ? t("quorumMetSecond") : t("quorumMet")) : t("quorumNotMet"),
    "",
    t("agendaTitle"),
  ];
  for (const item of state.agenda) {
    lines.push("", t("item", { position: item.position, title: item.title }));
    if (item.description) lines.push(item.description);
    if (!item.requiresVote || !item.tally) {
      lines.push(t("itemInformative"));
      continue;
    }
    const tally = item.tally;
    lines.push(
      item.majority === "simple" ? t("ruleSimple") : t("ruleQualified"),
      t("itemVotes", {
        votes: item.votes,
        yes: pct(tally.yesPercent),
        no: pct(tally.noPercent),
        abstain: pct(tally.abstainPercent),
        share: pct(tally.yesPercentOfBuilding),
      }),
      !state.quorum.met ? t("resultNoQuorum") : tally.passed ? t("resultApproved") : t("resultRejected"),
    );
  }
  lines.push(
    "",
    t("closing", { time: formatTime(locale, closedAt) }),
    "",
    t("signPresident", { name: president }),
    t("signSecretary", { name: secretary }),
  );
  return lines.join("\n");
}
