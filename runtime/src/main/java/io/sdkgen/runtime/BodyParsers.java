package io.sdkgen.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Builds {@link ResponseNode} trees: JSON with jackson-core streaming, XML with the JDK's DOM. */
final class BodyParsers {
  private static final JsonFactory JSON = new JsonFactory();
  private static final ThreadLocal<DocumentBuilder> XML =
      ThreadLocal.withInitial(BodyParsers::newDocumentBuilder);

  private BodyParsers() {}

  static ResponseNode json(byte[] body) {
    if (body == null || body.length == 0) {
      throw new IllegalArgumentException("empty body");
    }
    try (JsonParser p = JSON.createParser(body)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new IllegalArgumentException("empty body");
      }
      ResponseNode node = readJson(p, first);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("trailing content after the JSON document");
      }
      if (node == null) {
        throw new IllegalArgumentException("JSON null");
      }
      return node;
    } catch (IOException e) {
      String reason =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException j
              ? j.getOriginalMessage()
              : e.getMessage();
      throw new IllegalArgumentException("invalid JSON: " + reason, e);
    }
  }

  private static ResponseNode readJson(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        Map<String, ResponseNode> fields = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          ResponseNode value = readJson(p, p.nextToken());
          if (value != null) {
            fields.put(name, value);
          }
        }
        if (t != JsonToken.END_OBJECT) {
          throw new IOException("unterminated object");
        }
        return ResponseNode.object(fields);
      }
      case START_ARRAY -> {
        List<ResponseNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new IOException("unterminated array");
          }
          ResponseNode value = readJson(p, t);
          if (value != null) {
            items.add(value);
          }
        }
        return ResponseNode.array(items);
      }
      case VALUE_NULL -> {
        return null;
      }
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
        return ResponseNode.value(p.getText());
      }
      default -> throw new IOException("unexpected token " + token);
    }
  }

  static ResponseNode xml(byte[] body) {
    if (body == null || body.length == 0) {
      throw new IllegalArgumentException("empty body");
    }
    DocumentBuilder builder = XML.get();
    try {
      builder.setErrorHandler(QUIET);
      Element root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
      ResponseNode node = readXml(root);
      return node.isValue() ? ResponseNode.emptyObject() : node;
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException("invalid XML: " + e.getMessage(), e);
    } finally {
      builder.reset();
    }
  }

  private static ResponseNode readXml(Element element) {
    Map<String, List<ResponseNode>> children = null;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        if (children == null) {
          children = new LinkedHashMap<>();
        }
        children.computeIfAbsent(e.getTagName(), k -> new ArrayList<>(1)).add(readXml(e));
      }
    }
    if (children == null) {
      return ResponseNode.value(element.getTextContent().strip());
    }
    Map<String, ResponseNode> fields = new LinkedHashMap<>();
    children.forEach(
        (name, nodes) ->
            fields.put(name, nodes.size() == 1 ? nodes.get(0) : ResponseNode.array(nodes)));
    return ResponseNode.object(fields);
  }

  private static DocumentBuilder newDocumentBuilder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // No DTDs at all: no external entities, no entity expansion; HTML doctypes fail fast.
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(QUIET);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no usable XML parser", e);
    }
  }

  /** Keeps the JDK parser from printing "[Fatal Error]" lines to stderr. */
  private static final ErrorHandler QUIET =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
