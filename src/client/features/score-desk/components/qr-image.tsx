import QRCode from "qrcode";
import { useEffect, useState } from "react";

/** A QR code drawn in the browser as SVG (no remote service: the intranet has no internet). */
export function QrImage({ text, alt, size = 160 }: { text: string; alt: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then((svg) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [text]);
  return src ? <img className="qr" src={src} alt={alt} width={size} height={size} /> : null;
}
