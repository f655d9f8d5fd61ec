/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Tests and CI build into their own folder so a running `next dev` never wipes their build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
