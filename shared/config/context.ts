// You are here: everything a handler may be given. The Lambda entry builds it from AWS adapters
// (shared/config/aws-context.ts), the local stack from local ones, tests from memory ones.
import type { AgencyDeps, EvidenceDeps, PublicationDeps } from '../domain/use-cases/deps';

export type AppContext = EvidenceDeps & PublicationDeps & AgencyDeps;
