/** One palette for every chart and its HTML legend (Tailwind's emerald/red/amber/slate, AA on white). */
export const chartColors = {
  yes: "#059669",
  no: "#dc2626",
  abstain: "#94a3b8",
  notVoted: "#e2e8f0",
  met: "#059669",
  notMet: "#f59e0b",
  upToDate: "#059669",
  inArrears: "#dc2626",
  grid: "#e2e8f0",
  axis: "#475569",
  reference: "#334155",
} as const;
