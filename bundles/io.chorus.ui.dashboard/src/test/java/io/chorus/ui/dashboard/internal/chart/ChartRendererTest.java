package io.chorus.ui.dashboard.internal.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

import io.chorus.ui.api.ChartData;
import io.chorus.ui.api.ChartKind;
import io.chorus.ui.api.ChartSeries;

/** Every chart kind draws, finds the value under a point and exports, without any window. */
class ChartRendererTest {

    static ChartData chart(ChartKind kind) {
        List<String> categories = List.of("VK", "Telegram", "Reddit");
        List<ChartSeries> series = kind == ChartKind.PIE
                ? List.of(new ChartSeries("Mentions", List.of(1234.0, 600.0, 300.0), "", List.of("a", "b", "c")))
                : List.of(new ChartSeries("Positive", List.of(1234.0, 600.0, 300.0), "#2E9E44", List.of("a", "b", "c")),
                        new ChartSeries("Negative", List.of(200.0, 900.0, 100.0), "#D64541", null));
        return new ChartData(kind, categories, series, "mentions", "io.chorus.mentions", "");
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyKindFindsTheValueUnderThePointer(ChartKind kind) {
        RenderedChart rendered = new ChartRenderer(Locale.ENGLISH).render(chart(kind), 640, 360);

        assertEquals(640, rendered.width());
        Point reddit = ChartPoints.pointOf(rendered, 0, 2).orElseThrow();
        assertEquals(Optional.of(new ChartHit(0, 2)), ChartRenderer.hit(rendered, reddit.x, reddit.y));
        assertEquals(Optional.empty(), ChartRenderer.hit(rendered, 0, 0), "the corner holds no value");
        assertEquals(640 * 360 * 3, rendered.imageData().data.length, "rows of 1,920 bytes need no padding");
    }

    @Test
    void tooltipsFormatNumbersInTheWindowLanguage() {
        assertEquals("Positive · VK: 1,234 mentions",
                new ChartRenderer(Locale.ENGLISH).describe(chart(ChartKind.BAR), new ChartHit(0, 0)));
        assertEquals("Positive · VK: 1\u00a0234 mentions",
                new ChartRenderer(Locale.forLanguageTag("ru")).describe(chart(ChartKind.BAR), new ChartHit(0, 0)));
        assertEquals("VK: 1,234 mentions (57.8%)",
                new ChartRenderer(Locale.ENGLISH).describe(chart(ChartKind.PIE), new ChartHit(0, 0)));
    }

    @Test
    void pngAndSvgExportsCarryTheChart() throws Exception {
        ChartRenderer renderer = new ChartRenderer(Locale.ENGLISH);

        var png = ImageIO.read(new ByteArrayInputStream(renderer.png(chart(ChartKind.STACKED_AREA), "Sentiment", 800, 450)));
        assertEquals(800, png.getWidth());
        assertEquals(450, png.getHeight());
        Document svg = SvgDocuments.parse(new ByteArrayInputStream(renderer.svg(chart(ChartKind.STACKED_AREA),
                "Sentiment over time", 800, 450)));
        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getAttribute("xmlns"));
        assertEquals("0 0 800 450", svg.getDocumentElement().getAttribute("viewBox"));
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("Sentiment over time"), "title in " + text);
        assertTrue(text.contains("Positive") && text.contains("Negative") && text.contains("Telegram"), text);
        // The areas, axes and labels are drawn as shapes and text, not as one embedded bitmap.
        assertTrue(SvgDocuments.count(svg, "path") + SvgDocuments.count(svg, "rect") >= 4, "shapes drawn");
        assertTrue(SvgDocuments.count(svg, "text") >= 6, "labels drawn as text");
        assertEquals(0, SvgDocuments.count(svg, "image"), "no bitmap");
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyKindExportsAsSvgInAnyScript(ChartKind kind) throws Exception {
        ChartData data = chart(kind);
        ChartData localized = new ChartData(kind, List.of("ВКонтакте", "Телеграм", "レディット"), data.series(),
                data.valueLabel(), data.drillDownView(), "");

        Document svg = SvgDocuments.parse(new ByteArrayInputStream(new ChartRenderer(Locale.forLanguageTag("ru"))
                .svg(localized, "Площадки", 640, 360)));

        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("Площадки") && text.contains("ВКонтакте") && text.contains("レディット"), text);
        assertTrue(SvgDocuments.count(svg, "path") + SvgDocuments.count(svg, "rect") >= 3, kind + " draws shapes");
    }
}
