// What the held trust bundle says: version, dates, the issuers it recognises (with key ids and
// validity), how much it revokes, and the last bundle refused, with the reason in plain words.
import { useServices } from '../services-context';
import type { Issuer } from '../../core';
import { formatDate, formatDateTime } from '../admin/format';
import { useStrings } from '../i18n';
import { bundleRefusalText } from './bundle-words';
import { AdminIcon } from '../admin/admin-icons';
import { DccSignerList } from './dcc-signer-list';

export function BundleInfo({ now }: { now: number }) {
  const services = useServices();
  const s = useStrings();
  const language = services.settings.current.value.language;
  const trust = services.trust.held.value;
  if (!trust) {
    return (
      <p class="ad-outcome ad-outcome--bad" data-testid="bundle-none">
        <AdminIcon name="alert" />
        {s.settings.bundleNone}
      </p>
    );
  }
  const { bundle, held } = trust;
  const expired = now >= bundle.expiresAt;
  return (
    <div class="bundle-info" data-testid="bundle-info">
      <dl class="ad-facts">
        <dt>{s.settings.bundleSeq}</dt>
        <dd data-testid="bundle-seq">{bundle.seq}</dd>
        <dt>{s.settings.bundleIssued}</dt>
        <dd>{formatDateTime(bundle.issuedAt, language)}</dd>
        <dt>{s.settings.bundleExpires}</dt>
        <dd>
          {formatDateTime(bundle.expiresAt, language)}
          {expired && (
            <strong class="tag tag--bad">
              {' '}
              <AdminIcon name="alert" size={18} /> {s.settings.bundleExpired}
            </strong>
          )}
        </dd>
        <dt>{s.settings.bundleReceived}</dt>
        <dd>{formatDateTime(held.receivedAt, language)}</dd>
        <dt>{s.settings.bundleRoot}</dt>
        <dd class="ad-mono">{bundle.rootKid}</dd>
      </dl>
      <h4>{s.settings.issuersTitle}</h4>
      <ul class="issuers">
        {bundle.issuers.map((issuer) => (
          <IssuerItem
            key={issuer.kid}
            issuer={issuer}
            revoked={bundle.revokedKids.has(issuer.kid)}
          />
        ))}
      </ul>
      <DccSignerList signers={bundle.dccSigners} revokedKids={bundle.revokedKids} now={now} />
      <p>{s.settings.revokedKeys(bundle.revokedKids.size)}</p>
      <p>{s.settings.revokedPasses(bundle.revokedPasses.size)}</p>
      {held.lastRefusal && (
        <p class="ad-note" data-testid="bundle-last-refusal">
          {s.settings.lastRefusal(
            formatDateTime(held.lastRefusal.at, language),
            bundleRefusalText(held.lastRefusal.code, s),
          )}
        </p>
      )}
    </div>
  );
}

function IssuerItem({ issuer, revoked }: { issuer: Issuer; revoked: boolean }) {
  const services = useServices();
  const s = useStrings();
  const language = services.settings.current.value.language;
  return (
    <li class="issuers__item">
      <strong>{issuer.name}</strong>
      {revoked && (
        <strong class="tag tag--bad">
          {' '}
          <AdminIcon name="alert" size={18} /> {s.settings.issuerRevoked}
        </strong>
      )}
      <br />
      {s.settings.issuerKid}: <span class="ad-mono">{issuer.kid}</span>
      <br />
      {s.settings.issuerValid(
        formatDate(issuer.validFrom, language),
        formatDate(issuer.validUntil, language),
      )}
    </li>
  );
}
