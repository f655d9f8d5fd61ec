import { z } from "zod";
import type { ApiForm } from "@/components/forms/use-api-form";
import type { MajorityRule } from "@/lib/governance";
import { assemblyCreateSchema } from "@/lib/schemas/assemblies";
import { fromBogotaInputValue } from "@/lib/time-zone";

/** One agenda item as typed; its place in the list is its position. */
export type AgendaItemValues = { title: string; description: string; requiresVote: boolean; majority: MajorityRule };

/** The new-assembly form as typed: `scheduledAt` is a `datetime-local` value in Bogotá time. */
export type AssemblyFormValues = {
  title: string;
  type: "ordinary" | "extraordinary";
  scheduledAt: string;
  location: string;
  agenda: AgendaItemValues[];
};

/** An agenda item as the form starts it: voted, simple majority. */
export const emptyAgendaItem = (): AgendaItemValues => ({ title: "", description: "", requiresVote: true, majority: "simple" });

/**
 * The body of `POST /api/assemblies` from the form: the date with Bogotá's offset, and an item not put
 * to a vote always "simple" (its majority is not asked).
 */
export function toAssemblyPayload(values: AssemblyFormValues) {
  return {
    ...values,
    scheduledAt: fromBogotaInputValue(values.scheduledAt),
    agenda: values.agenda.map((item) => ({ ...item, majority: item.requiresVote ? item.majority : "simple" })),
  };
}

const itemValues = z.object({
  title: z.string(),
  description: z.string(),
  requiresVote: z.boolean(),
  majority: z.enum(["simple", "qualified"]),
});

/** The form's schema: the API's own (`assemblyCreateSchema`) over the payload the form sends. */
export const assemblyFormSchema = z
  .object({
    title: z.string(),
    type: z.enum(["ordinary", "extraordinary"]),
    scheduledAt: z.string(),
    location: z.string(),
    agenda: z.array(itemValues),
  })
  .transform((values): z.input<typeof assemblyCreateSchema> => toAssemblyPayload(values))
  .pipe(assemblyCreateSchema) as unknown as z.ZodType<z.output<typeof assemblyCreateSchema>, AssemblyFormValues>;

/** The `useApiForm` answer of the new-assembly form, handed to its parts. */
export type AssemblyFormApi = ApiForm<AssemblyFormValues, z.output<typeof assemblyCreateSchema>>;
