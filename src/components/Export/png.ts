/**
 * Canvas limits: the smallest of common browsers' (iOS Safari allows 16,777,216 pixels; most
 * browsers 16,384 per side at least). A diagram bigger than that at 2× is drawn smaller rather
 * than failing: a long run's picture is still whole.
 */
const CANVAS_SIDE_MAX = 16_384;
const CANVAS_AREA_MAX = 16_777_216;

/**
 * Draws an SVG document onto a canvas at `scale` (2× by default, sharp on high-density screens
 * and in slides) and returns it as a PNG. The SVG is self-contained (no fonts or images to fetch),
 * so it loads as an image without tainting the canvas.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const { naturalWidth: width, naturalHeight: height } = image;
    const fit = Math.min(
      scale,
      CANVAS_SIDE_MAX / width,
      CANVAS_SIDE_MAX / height,
      Math.sqrt(CANVAS_AREA_MAX / (width * height)),
    );
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(width * fit);
    canvas.height = Math.floor(height * fit);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('this browser cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob === null ? reject(new Error('the image is too large')) : resolve(blob)),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
