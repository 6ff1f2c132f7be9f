package nl.stemmen.invite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A personal link as a QR code PNG, for letters and for a mailing organisation's batch: 8 pixels a
 * module (about 330 for a 60-character link), sharp in print and at 100 dpi. Plain Java (ZXing).
 */
public final class QrPng {

    /** Medium error correction survives a smudged print; the 4-module quiet zone is what readers expect. */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4);

    private static final int PIXELS_PER_MODULE = 8;

    private QrPng() {
    }

    /** The PNG bytes (about 1 kB); IOException when the link is too long for a QR code. */
    public static byte[] of(String link) throws IOException {
        try {
            // at size 0 ZXing gives one pixel a module; scaled up here so no viewer or printer blurs the modules
            int modules = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0, HINTS).getWidth();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE,
                    modules * PIXELS_PER_MODULE, modules * PIXELS_PER_MODULE, HINTS), "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IOException("no QR code for a link of " + link.length() + " characters", e);
        }
    }
}
