/** Quorum and vote maths for PH assemblies (Ley 675 de 2001), pure and safe to use in the browser. */
export { apportionByArea, percentToPpm, type Ppm, ppmToPercent, shareOf, sumPpm, TOTAL_PPM } from "./coefficients";
export { type AssemblyCall, computeQuorum, PLURAL_OWNERS, type QuorumResult } from "./quorum";
export { checkProxy, normalizePersonName, type ProxyHolder, type ProxyProblem, unitsVotedBy } from "./proxies";
export { isApproved, type MajorityRule, tallyVote, type VoteChoice, type VoteTally, type WeightedVote } from "./vote";
