import "server-only";

/** The resident fields the residents API answers with (`createdAt` serializes as an ISO string). */
export const residentSelect = {
  id: true,
  unitId: true,
  fullName: true,
  email: true,
  phone: true,
  type: true,
  createdAt: true,
} as const;
