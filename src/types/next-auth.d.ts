import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & {
      id: string;
      email: string;
      role: "ADMIN_PH" | "SUPER_ADMIN";
      organizationId: string | null;
      isDemo: boolean;
    };
  }
  interface User {
    role: "ADMIN_PH" | "SUPER_ADMIN";
    organizationId: string | null;
    isDemo: boolean;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: "ADMIN_PH" | "SUPER_ADMIN";
    organizationId?: string | null;
    isDemo?: boolean;
  }
}
