// The demo page of `npm start`: one sample code per outcome the door can see, as SVG QR codes
// to hold up to the kiosk's camera, personal QRs first, then EU Digital COVID Certificates.
// The codes are issued fresh on each view by the demo issuer and the demo DCC signer.
import QRCode from 'qrcode';
import type { DccSample } from '../../src/issuer/dcc/sample-dccs';
import type { SampleCode } from '../../src/issuer/sample-codes';
import { html, page, trustedHtml } from './html';

type Sample = SampleCode | DccSample;

/** `prefix` keeps the DCCs' kinds apart from the personal QRs' (both have an "expired"). */
async function sampleCards(samples: readonly Sample[], prefix = '') {
  return Promise.all(
    samples.map(async (s) => {
      const svg = await QRCode.toString(s.text, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      const kind = `${prefix}${s.kind}`;
      return html`<figure class="sample sample-${kind}" data-kind="${kind}">
        ${trustedHtml(svg)}
        <figcaption>
          <strong>${s.label}</strong>
          <details>
            <summary>Văn bản · Text</summary>
            <code>${s.text}</code>
          </details>
        </figcaption>
      </figure>`;
    }),
  );
}

export async function demoPage(
  samples: readonly SampleCode[],
  kioskUrl: string,
  dccs: readonly DccSample[] = [],
): Promise<string> {
  const cards = await sampleCards(samples);
  const dccCards = dccs.length
    ? html`<h2>Chứng nhận COVID-19 (EU DCC) · EU Digital COVID Certificates</h2>
        <div class="samples samples--dcc" data-testid="dcc-samples">
          ${await sampleCards(dccs, 'dcc-')}
        </div>`
    : '';
  const body = html`<main>
    <h1>Mã mẫu · Sample codes</h1>
    <p>
      Đưa các mã này trước camera của kiosk · Hold these up to the kiosk's camera:
      <a href="${kioskUrl}">${kioskUrl}</a>
    </p>
    <div class="samples">${cards}</div>
    ${dccCards}
  </main>`;
  return page({ title: 'Mã mẫu · Sample codes', stylesheet: '/demo/pages.css', body });
}
