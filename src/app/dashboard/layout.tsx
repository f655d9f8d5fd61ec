import type { ReactNode } from "react";
import { RequestRootLayout, requestRootMetadata } from "@/components/request-root-layout";
import "../globals.css";

// Root layout of /dashboard, rendered per request (src/components/root-document.tsx). The shell is
// translated on the server; pages with forms give their client components messages (ClientMessages).
export const generateMetadata = requestRootMetadata;

export default function Layout({ children }: { children: ReactNode }) {
  return <RequestRootLayout namespaces={[]}>{children}</RequestRootLayout>;
}
