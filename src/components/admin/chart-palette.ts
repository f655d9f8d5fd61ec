/** Colours of the console's per-day chart and its HTML legend (shared by server and client components). */
export const demosPerDayColors = { demosCreated: "#2563eb", capHits: "#dc2626" } as const;
