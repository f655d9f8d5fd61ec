import type { ReactNode } from "react";
import { guardDemoRoute } from "../_components/guard-demo-route";

// Runs the access checks above loading.tsx, so that a visitor without a session gets a real redirect.
export default async function AssembliesListLayout({ children }: { children: ReactNode }) {
  await guardDemoRoute({ callbackPath: "/dashboard/admin-ph/assemblies" });
  return children;
}
