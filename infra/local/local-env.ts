// You are here: the local stack's settings, shared by npm start and the scripts that work beside it.
import { z } from 'zod';

export const localEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DYNAMODB_PORT: z.coerce.number().int().min(1).max(65535).default(8000),
  LOCAL_DATA_DIR: z.string().min(1).default('.local'),
  LOCAL_TABLE_PREFIX: z.string().default('local-'),
  /** For the load run only: the share (0–1) of DynamoDB and vault calls that fail on purpose. */
  FAULT_RATE: z.coerce.number().min(0).max(1).default(0),
});
