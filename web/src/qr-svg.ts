// You are here: a QR code as inline SVG, drawn with DOM calls (no markup string, no style attribute),
// so it passes the pages' CSP as it is. The encoder is the `qr` package (no dependencies); only its
// module matrix is used, one path for all dark modules.
import encodeQR from 'qr';

const SVG = 'http://www.w3.org/2000/svg';

/** The modules of `text` (quiet zone of 4 included, as the standard asks), true for dark. */
export const qrModules = (text: string): boolean[][] => encodeQR(text, 'raw', { ecc: 'medium', border: 4 });

/** An <svg> of the QR code of `text`, named by `label` for screen readers. */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const modules = qrModules(text);
  const size = modules.length;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  for (const [name, value] of [['width', size], ['height', size], ['fill', '#fff']] as const) background.setAttribute(name, String(value));
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('fill', '#000');
  path.setAttribute('d', modules.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join(''));
  svg.append(background, path);
  return svg;
}
