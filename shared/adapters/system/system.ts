// You are here: the real clock and the operating system's CSPRNG behind the Clock and Randomness ports.
import { randomBytes } from 'node:crypto';
import type { Clock, Randomness } from '../../domain/ports';

export const systemClock: Clock = { now: () => new Date() };
export const systemRandomness: Randomness = { bytes: (length) => new Uint8Array(randomBytes(length)) };
