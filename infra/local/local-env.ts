// You are here: the local stack's settings, shared by npm start and the scripts that work beside it.
import * as z from 'zod/mini';

export const localEnv = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65535)), 3000),
  DYNAMODB_PORT: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(65535)), 8000),
  /** The local SMTP server that captures every notification as an .eml file. */
  SMTP_PORT: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65535)), 1025),
  LOCAL_DATA_DIR: z._default(z.string().check(z.minLength(1)), '.local'),
  LOCAL_TABLE_PREFIX: z._default(z.string(), 'local-'),
  /** For the load run only: the share (0–1) of DynamoDB and vault calls, and of SMTP deliveries, that fail on purpose. */
  FAULT_RATE: z._default(z.coerce.number().check(z.minimum(0), z.maximum(1)), 0),
});
