package turgus.web.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Accepts an SVG only if it is well-formed XML with an {@code <svg>} root, read by a parser that
 * refuses any DOCTYPE (so no entity can expand or reach a file or URL: no XXE, no "billion
 * laughs"), and writes it back without what could act: {@code <script>}, {@code <foreignObject>}
 * (HTML inside SVG), embedded frames and objects, {@code on…} event attributes, animations that
 * would rewrite a link, and links that leave the document (only {@code #fragment} links stay).
 *
 * <p>This is the first of two defences. The second is how pictures are served: every SVG goes out
 * with {@code Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox}, so
 * even something this cleaner missed can neither run script nor load anything, and it is only ever
 * shown by {@code <img>}, where browsers run no script at all.
 */
final class SvgSanitizer {
    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";
    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "audio", "video");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatetransform", "animatemotion");

    private SvgSanitizer() {}

    /** Whether the bytes could be XML at all (a cheap test before parsing). */
    static boolean looksLikeXml(byte[] content) {
        int i = 0;
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }

    /** @throws NotAPicture when it is not a well-formed SVG without a DOCTYPE */
    static byte[] sanitize(byte[] content) {
        Document document = parse(content);
        Element root = document.getDocumentElement();
        if (root == null || !"svg".equals(localName(root))) {
            throw new NotAPicture();
        }
        clean(root);
        return write(document);
    }

    private static Document parse(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed");
            });
            return builder.parse(new ByteArrayInputStream(content));
        } catch (ParserConfigurationException | SAXException | IOException | RuntimeException notSvg) {
            throw new NotAPicture();
        }
    }

    private static void clean(Element element) {
        List<Node> children = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            children.add(nodes.item(i));
        }
        for (Node child : children) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    Element childElement = (Element) child;
                    if (isForbidden(childElement)) {
                        element.removeChild(child);
                    } else {
                        clean(childElement);
                    }
                }
                case Node.PROCESSING_INSTRUCTION_NODE, Node.ENTITY_REFERENCE_NODE -> element.removeChild(child);
                default -> {
                    // text, comments and CDATA are inert
                }
            }
        }
        cleanAttributes(element);
    }

    private static boolean isForbidden(Element element) {
        String name = localName(element).toLowerCase(Locale.ROOT);
        if (FORBIDDEN_ELEMENTS.contains(name)) {
            return true;
        }
        if (ANIMATIONS.contains(name)) {
            String target = element.getAttribute("attributeName").toLowerCase(Locale.ROOT);
            return target.endsWith("href") || target.startsWith("on");
        }
        return false;
    }

    private static void cleanAttributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> doomed = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = localName(attribute).toLowerCase(Locale.ROOT);
            if (name.startsWith("on")) {
                doomed.add(attribute);
            } else if (name.equals("href") && !attribute.getValue().strip().startsWith("#")) {
                doomed.add(attribute);
            } else if (attribute.getValue().toLowerCase(Locale.ROOT).contains("javascript:")) {
                doomed.add(attribute);
            }
        }
        doomed.forEach(element::removeAttributeNode);
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static byte[] write(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException unwritable) {
            throw new NotAPicture();
        }
    }

    /** Any parser warning or error refuses the file. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
