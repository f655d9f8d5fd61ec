/**
 * The three answers to a vote (Ley 675 de 2001 art. 45 counts yes / no against the coefficients present, an
 * abstention being present without voting either way), in the order results show them, with each bar's colour.
 */
export const voteChoices = [
  { key: "yes", bar: "bg-emerald-600" },
  { key: "no", bar: "bg-red-600" },
  { key: "abstain", bar: "bg-slate-500" },
] as const;
