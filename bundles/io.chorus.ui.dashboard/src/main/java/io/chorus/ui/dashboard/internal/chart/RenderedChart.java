package io.chorus.ui.dashboard.internal.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.jfree.chart.entity.EntityCollection;

import io.chorus.ui.api.ChartData;

/**
 * A chart drawn off-screen.
 *
 * @param data     what was drawn
 * @param image    the pixels
 * @param entities where each value was drawn, for hover and click
 */
public record RenderedChart(ChartData data, BufferedImage image, EntityCollection entities) {

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** The pixels for an SWT image; any thread (only creating the Image needs the UI thread). */
    public ImageData imageData() {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = (width * 3 + 3) & ~3;
        byte[] bytes = new byte[stride * height];
        for (int y = 0; y < height; y++) {
            int in = y * width;
            int out = y * stride;
            for (int x = 0; x < width; x++, in++) {
                int rgb = pixels[in];
                bytes[out++] = (byte) (rgb >> 16);
                bytes[out++] = (byte) (rgb >> 8);
                bytes[out++] = (byte) rgb;
            }
        }
        return new ImageData(width, height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF), 4, bytes);
    }
}
