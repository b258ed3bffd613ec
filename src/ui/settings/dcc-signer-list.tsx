// The DCC signers the held trust bundle recognises (eu-dcc.md §4), next to the personal-QR
// issuers: the country, the validity of the signer's certificate, which certificate types it
// may sign, its key id, and whether the bundle revokes it or its validity has passed.
import type { DccSigner } from '../../core';
import { formatDate } from '../admin/format';
import { AdminIcon } from '../admin/admin-icons';
import { useServices } from '../services-context';
import { useStrings, type Strings } from '../i18n';
import { countryName } from '../i18n/country-name';

export interface DccSignerListProps {
  signers: readonly DccSigner[];
  revokedKids: ReadonlySet<string>;
  now: number;
}

/** "tiêm chủng, xét nghiệm": in the order v, t, r whatever order the bundle had. */
export function usageWords(signer: Pick<DccSigner, 'usage'>, s: Strings): string {
  if (!signer.usage) return s.dcc.usageAll;
  return (['v', 't', 'r'] as const)
    .filter((u) => signer.usage!.has(u))
    .map((u) => s.dcc.usage[u])
    .join(', ');
}

export function DccSignerList({ signers, revokedKids, now }: DccSignerListProps) {
  const s = useStrings();
  return (
    <>
      <h4>{s.dcc.signersTitle}</h4>
      {signers.length === 0 ? (
        <p data-testid="dcc-signers-none">{s.dcc.signersNone}</p>
      ) : (
        <ul class="issuers" data-testid="dcc-signers">
          {signers.map((signer) => (
            <DccSignerItem
              key={signer.kid}
              signer={signer}
              revoked={revokedKids.has(signer.kid)}
              now={now}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function DccSignerItem(props: { signer: DccSigner; revoked: boolean; now: number }) {
  const { signer, revoked, now } = props;
  const language = useServices().settings.current.value.language;
  const s = useStrings();
  const outside = now < signer.validFrom || now >= signer.validUntil;
  return (
    <li class="issuers__item">
      <strong>{countryName(signer.country, s)}</strong>
      {revoked && (
        <strong class="tag tag--bad">
          {' '}
          <AdminIcon name="alert" size={18} /> {s.settings.issuerRevoked}
        </strong>
      )}
      {outside && (
        <strong class="tag tag--bad">
          {' '}
          <AdminIcon name="alert" size={18} /> {s.dcc.signerExpired}
        </strong>
      )}
      <br />
      {s.settings.issuerValid(
        formatDate(signer.validFrom, language),
        formatDate(signer.validUntil, language),
      )}
      <br />
      {s.dcc.signerUsage}: {usageWords(signer, s)}
      <br />
      {s.settings.issuerKid}: <span class="ad-mono">{signer.kid}</span>
    </li>
  );
}
