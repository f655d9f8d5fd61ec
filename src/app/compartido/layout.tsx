import type { ReactNode } from "react";
import { RequestRootLayout, requestRootMetadata } from "@/components/request-root-layout";
import "../globals.css";

// Root layout of the read-only shared demo (/compartido/<token>, docs/sales.md#share-links), rendered per request
// from the database (src/components/root-document.tsx); it has no client components of its own.
export const generateMetadata = requestRootMetadata;

export default function Layout({ children }: { children: ReactNode }) {
  return <RequestRootLayout namespaces={[]}>{children}</RequestRootLayout>;
}
