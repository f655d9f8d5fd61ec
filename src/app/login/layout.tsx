import type { ReactNode } from "react";
import { RequestRootLayout, requestRootMetadata } from "@/components/request-root-layout";
import "../public.css";

// Root layout of /login, rendered per request (src/components/root-document.tsx); its client
// components are the login form's.
export const generateMetadata = requestRootMetadata;

export default function Layout({ children }: { children: ReactNode }) {
  return <RequestRootLayout namespaces={["common", "login", "api", "chatbot", "errors"]}>{children}</RequestRootLayout>;
}
