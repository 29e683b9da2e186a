// You are here: counts calls at the IdentityVault port, so tests and the benchmark can prove how
// many KMS calls each operation makes without talking to KMS.
import type { IdentityVault } from '../domain/ports';

export function countingIdentityVault(inner: IdentityVault) {
  const calls = { seal: 0, open: 0 };
  const vault: IdentityVault = {
    seal: (identity, context) => {
      calls.seal += 1;
      return inner.seal(identity, context);
    },
    open: (sealed, context) => {
      calls.open += 1;
      return inner.open(sealed, context);
    },
  };
  return { vault, calls };
}
