// The demo page of `npm start`: one sample code per outcome the door can see, as SVG QR codes
// to hold up to the kiosk's camera. The codes are issued fresh on each view by the demo issuer.
import QRCode from 'qrcode';
import type { SampleCode } from '../../src/issuer/sample-codes';
import { html, page, trustedHtml } from './html';

export async function demoPage(samples: readonly SampleCode[], kioskUrl: string): Promise<string> {
  const cards = await Promise.all(
    samples.map(async (s) => {
      const svg = await QRCode.toString(s.text, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      return html`<figure class="sample sample-${s.kind}" data-kind="${s.kind}">
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
  const body = html`<main>
    <h1>Mã mẫu · Sample codes</h1>
    <p>
      Đưa các mã này trước camera của kiosk · Hold these up to the kiosk's camera:
      <a href="${kioskUrl}">${kioskUrl}</a>
    </p>
    <div class="samples">${cards}</div>
  </main>`;
  return page({ title: 'Mã mẫu · Sample codes', stylesheet: '/demo/pages.css', body });
}
