import type { ReactNode } from "react";
import { RequestRootLayout, requestRootMetadata } from "@/components/request-root-layout";
import "../globals.css";

// Root layout of the sales console (/admin), rendered per request (src/components/root-document.tsx):
// logout, demo actions and the analytics chart are its client components.
export const generateMetadata = requestRootMetadata;

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <RequestRootLayout namespaces={["common", "admin", "adminEngagement", "adminPrivacy", "errors", "api"]}>{children}</RequestRootLayout>
  );
}
