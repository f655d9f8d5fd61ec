import type { ReactNode } from "react";
import { RequestRootLayout, requestRootMetadata } from "@/components/request-root-layout";
import "../globals.css";

// Root layout of the public voter pages (/vote/[token]), rendered per request; each page gives its
// client component the messages it needs, in the demo's language.
export const generateMetadata = requestRootMetadata;

export default function Layout({ children }: { children: ReactNode }) {
  return <RequestRootLayout namespaces={[]}>{children}</RequestRootLayout>;
}
