// Reading a QR code from an image in a worker (a phone screenshot of a student's result code):
// the image is decoded with createImageBitmap, scaled to at most 1,600 pixels a side on an
// OffscreenCanvas, and searched with jsQR. Loaded by the engine worker on the first image only.
import jsQR from 'jsqr';

const MAX_SIDE = 1600;

export async function qrTextOf(blob: Blob): Promise<{ ok: true; value: string } | { ok: false; error: string }> {
  let pixels: ImageData;
  try {
    const bitmap = await createImageBitmap(blob);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return { ok: false, error: 'The image cannot be read in this browser.' };
    context.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    pixels = context.getImageData(0, 0, width, height);
  } catch {
    return { ok: false, error: 'The image cannot be read.' };
  }
  const found = jsQR(pixels.data, pixels.width, pixels.height);
  return found ? { ok: true, value: found.data } : { ok: false, error: 'No QR code was found in the image: take the screenshot with the whole code in view.' };
}
