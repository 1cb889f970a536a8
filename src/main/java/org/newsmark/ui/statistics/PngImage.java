package org.newsmark.ui.statistics;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * A JavaFX image's pixels as PNG, through the JDK's {@code javax.imageio}: the pixels are copied
 * once (on the UI thread), so the writing can run in the background. Avoids javafx-swing for one call.
 */
final class PngImage {

    private final BufferedImage image;

    private PngImage(BufferedImage image) {
        this.image = image;
    }

    static PngImage of(Image fx) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        int[] argb = new int[w * h];
        fx.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return new PngImage(out);
    }

    void write(OutputStream stream) throws IOException {
        if (!ImageIO.write(image, "png", stream)) {
            throw new IOException("no PNG writer in this Java");
        }
    }
}
