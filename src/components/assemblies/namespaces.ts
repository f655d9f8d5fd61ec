import type { Namespace } from "@/lib/i18n";

/** The message namespaces the assemblies pages' client components (forms, votes, attendance, closing) read. */
export const ASSEMBLY_NAMESPACES: readonly Namespace[] = ["common", "assemblies", "live", "forms", "errors", "api"];
