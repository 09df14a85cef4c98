import decodeQR from 'qr/decode.js';

/**
 * Reads a rendered QR code as a phone would: draws the SVG on a canvas and
 * decodes the pixels with an independent decoder.
 */
export async function scanQr(svg: SVGSVGElement, size = 480): Promise<string> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(size));
  copy.setAttribute('height', String(size));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0, size, size);
  return decodeQR({ width: size, height: size, data: context.getImageData(0, 0, size, size).data });
}
