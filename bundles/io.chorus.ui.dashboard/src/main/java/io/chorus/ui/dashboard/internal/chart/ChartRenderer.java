package io.chorus.ui.dashboard.internal.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.PieSectionEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.chorus.ui.api.ChartData;
import io.chorus.ui.api.ChartKind;
import io.chorus.ui.api.ChartSeries;

/**
 * Draws {@link ChartData} with JFreeChart, off-screen only: into a {@link BufferedImage} for the screen and PNG, into
 * Batik's {@link SVGGraphics2D} for SVG, so all three look the same. Never opens an AWT window. Safe for many threads: every call builds
 * its own chart.
 */
public final class ChartRenderer {

    /** Colours for series without a hint: readable on white, distinct for colour-blind readers (Okabe-Ito). */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000)};
    /** Day axes get at most this many labels; the others are left out so the labels stay readable. */
    private static final int MAX_AXIS_LABELS = 8;
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    /**
     * Batik formats every coordinate with DecimalFormats shared by all its generators (static in
     * SVGGeneratorContext), which are not thread-safe: SVG exports, a rare user action, take turns.
     */
    private static final Object SVG_LOCK = new Object();

    static {
        // Only images are drawn: never let AWT connect to the X server SWT already uses.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final Locale locale;
    private final NumberFormat numbers;

    public ChartRenderer(Locale locale) {
        this.locale = locale;
        this.numbers = NumberFormat.getNumberInstance(locale);
    }

    /** A chart drawn at a size, with where each value was drawn; the screen shows the title beside it, not in it. */
    public RenderedChart render(ChartData data, int width, int height) {
        return render(data, "", width, height);
    }

    private RenderedChart render(ChartData data, String title, int width, int height) {
        JFreeChart chart = chart(data, title);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()), info);
        } finally {
            graphics.dispose();
        }
        return new RenderedChart(data, image, info.getEntityCollection());
    }

    /** The chart as a PNG file's bytes, headed by a title (none if empty) since the file stands on its own. */
    public byte[] png(ChartData data, String title, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(data, title, width, height).image(), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The chart as an SVG document's bytes (UTF-8), headed by a title (none if empty), text kept as text so it can be
     * edited and searched.
     */
    public byte[] svg(ChartData data, String title, int width, int height) {
        JFreeChart chart = chart(data, title);
        Document document = svgDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        synchronized (SVG_LOCK) {
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
            context.setComment(null);
            SVGGraphics2D graphics = new SVGGraphics2D(context, false);
            try {
                graphics.setSVGCanvasSize(new Dimension(width, height));
                chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
                Element root = graphics.getRoot();
                // With a viewBox the drawing scales when a slide or page shows it at another size.
                root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
                try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    graphics.stream(root, writer, true, false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                graphics.dispose();
            }
        }
        return out.toByteArray();
    }

    /**
     * An empty document for Batik to draw into, from the JDK's own DOM: the default instance, not a lookup through
     * the context class loader, which inside OSGi could find some other bundle's parser.
     */
    private static Document svgDocument() {
        try {
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }

    /** The value drawn at a point of a rendered chart, if any. */
    public static Optional<ChartHit> hit(RenderedChart rendered, int x, int y) {
        EntityCollection entities = rendered.entities();
        if (entities == null) {
            return Optional.empty();
        }
        ChartEntity entity = entities.getEntity(x, y);
        if (entity instanceof CategoryItemEntity item && item.getRowKey() instanceof Key series
                && item.getColumnKey() instanceof Key category) {
            return Optional.of(new ChartHit(series.index(), category.index()));
        }
        if (entity instanceof PieSectionEntity section && section.getSectionKey() instanceof Key category) {
            return Optional.of(new ChartHit(0, category.index()));
        }
        return Optional.empty();
    }

    /** What a tooltip says about a value: series, category and the number in the window's language. */
    public String describe(ChartData data, ChartHit hit) {
        ChartSeries series = data.series().get(hit.series());
        String category = data.categories().get(hit.category());
        double value = series.values().get(hit.category());
        String number = numbers.format(value) + (data.valueLabel().isEmpty() ? "" : " " + data.valueLabel());
        if (data.kind() == ChartKind.PIE) {
            double total = series.values().stream().mapToDouble(Double::doubleValue).sum();
            NumberFormat percent = NumberFormat.getPercentInstance(locale);
            percent.setMaximumFractionDigits(1);
            return category + ": " + number + " (" + percent.format(total == 0 ? 0 : value / total) + ")";
        }
        return series.name() + " · " + category + ": " + number;
    }

    private JFreeChart chart(ChartData data, String title) {
        JFreeChart chart = data.kind() == ChartKind.PIE ? pie(data) : categories(data);
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        if (!title.isEmpty()) {
            chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 16)));
        }
        // Stacked areas are drawn as one polygon per day: antialiased edges would show as white seams between them.
        chart.setAntiAlias(data.kind() != ChartKind.STACKED_AREA);
        if (!data.note().isEmpty()) {
            TextTitle note = new TextTitle(data.note(), new Font(Font.SANS_SERIF, Font.ITALIC, 11));
            note.setPaint(Color.DARK_GRAY);
            note.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
            chart.addSubtitle(note);
        }
        if (data.kind() == ChartKind.PIE) {
            stylePie(chart, data);
        } else {
            styleCategories(chart, data);
        }
        return chart;
    }

    private static JFreeChart pie(ChartData data) {
        DefaultPieDataset<Key> dataset = new DefaultPieDataset<>();
        List<Double> values = data.series().isEmpty() ? List.of() : data.series().get(0).values();
        for (int i = 0; i < values.size(); i++) {
            dataset.setValue(new Key(i, data.categories().get(i)), values.get(i));
        }
        return ChartFactory.createPieChart(null, dataset, true, false, false);
    }

    private static JFreeChart categories(ChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Key> columns = new java.util.ArrayList<>();
        for (int c = 0; c < data.categories().size(); c++) {
            columns.add(new Key(c, data.categories().get(c)));
        }
        for (int s = 0; s < data.series().size(); s++) {
            ChartSeries series = data.series().get(s);
            Key row = new Key(s, series.name());
            for (int c = 0; c < columns.size(); c++) {
                dataset.addValue(series.values().get(c), row, columns.get(c));
            }
        }
        boolean legend = data.series().size() > 1;
        String value = data.valueLabel();
        return switch (data.kind()) {
            case LINE -> ChartFactory.createLineChart(null, null, value, dataset, PlotOrientation.VERTICAL, legend,
                    false, false);
            case STACKED_AREA -> ChartFactory.createStackedAreaChart(null, null, value, dataset,
                    PlotOrientation.VERTICAL, legend, false, false);
            case BAR -> ChartFactory.createBarChart(null, null, value, dataset, PlotOrientation.VERTICAL, legend,
                    false, false);
            case STACKED_BAR -> ChartFactory.createStackedBarChart(null, null, value, dataset,
                    PlotOrientation.VERTICAL, legend, false, false);
            case HORIZONTAL_BAR -> ChartFactory.createBarChart(null, null, value, dataset,
                    PlotOrientation.HORIZONTAL, legend, false, false);
            case PIE -> throw new IllegalArgumentException("a pie has no categories axis");
        };
    }

    private void styleCategories(JFreeChart chart, ChartData data) {
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        range.setNumberFormatOverride(numbers);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setCategoryMargin(data.kind() == ChartKind.STACKED_AREA || data.kind() == ChartKind.LINE ? 0 : 0.2);
        int count = data.categories().size();
        if (plot.getOrientation() == PlotOrientation.VERTICAL && count > MAX_AXIS_LABELS) {
            int step = (count + MAX_AXIS_LABELS - 1) / MAX_AXIS_LABELS;
            axis.setMaximumCategoryLabelWidthRatio(step);
            Color hidden = new Color(0, 0, 0, 0);
            for (int c = 0; c < count; c++) {
                if ((count - 1 - c) % step != 0) {
                    axis.setTickLabelPaint(new Key(c, data.categories().get(c)), hidden);
                }
            }
        }
        for (int s = 0; s < data.series().size(); s++) {
            plot.getRenderer().setSeriesPaint(s, color(data.series().get(s), s));
            plot.getRenderer().setSeriesStroke(s, new BasicStroke(2f));
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setMaximumBarWidth(0.12);
        }
    }

    private static void stylePie(JFreeChart chart, ChartData data) {
        @SuppressWarnings("unchecked")
        PiePlot<Key> plot = (PiePlot<Key>) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setLabelGenerator(null);
        ChartSeries series = data.series().isEmpty() ? null : data.series().get(0);
        for (int i = 0; i < data.categories().size(); i++) {
            plot.setSectionPaint(new Key(i, data.categories().get(i)), PALETTE[i % PALETTE.length]);
        }
        if (series != null && !series.color().isEmpty() && data.categories().size() == 1) {
            plot.setSectionPaint(new Key(0, data.categories().get(0)), color(series, 0));
        }
    }

    private static Color color(ChartSeries series, int index) {
        String hint = series.color();
        if (hint.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(hint.substring(1), 16));
        }
        return PALETTE[index % PALETTE.length];
    }

    /** Fonts every language can show: the logical SansSerif falls back to CJK and Cyrillic fonts. */
    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Chorus");
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        return theme;
    }

    /**
     * A series or category of a dataset: JFreeChart keys must be unique and comparable, labels need not be (two days
     * can print alike), so the key is the position and the label only its text.
     */
    record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
