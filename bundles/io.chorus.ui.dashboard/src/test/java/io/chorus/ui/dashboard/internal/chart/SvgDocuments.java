package io.chorus.ui.dashboard.internal.chart;

import java.io.InputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/** Parses an exported SVG offline: its DOCTYPE names the W3C DTD, which tests must not fetch. */
public final class SvgDocuments {

    private SvgDocuments() {
    }

    public static Document parse(InputStream svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(svg);
    }

    /** How many elements of an SVG name there are, namespace or not. */
    public static int count(Document svg, String name) {
        return svg.getElementsByTagName(name).getLength();
    }
}
