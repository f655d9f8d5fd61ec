import type { ResidentTypeValue } from "@/lib/schemas/residents";

/** A resident as the unit page shows it (`getUnit`'s residents). */
export type ResidentView = { id: string; fullName: string; email: string; phone: string | null; type: ResidentTypeValue };
