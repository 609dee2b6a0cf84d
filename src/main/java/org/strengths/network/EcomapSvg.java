package org.strengths.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the ecomap as SVG with Hartman's conventions: line thickness for strength, dashes for a
 * tenuous tie, cross marks for a stressful one, arrowheads for the direction of support, and a
 * shape as well as a word for each kind, so nothing depends on colour.
 *
 * <p>Only presentation attributes and classes are used, never {@code style} attributes, because the
 * content security policy forbids inline styles. Every piece of user text is escaped.
 */
final class EcomapSvg {

  /** Longest line of a name or description in a node; the full text is in the node's title. */
  static final int LABEL_LENGTH = 11;

  static final int NAME_LINE_LENGTH = 14;

  private static final String INK = "#0b0c0c";
  private static final double MARGIN = 16;
  private static final double ARROW = 14;
  private static final double STRONG_WIDTH = 6;
  private static final double THIN_WIDTH = 2;
  private static final String TENUOUS_DASHES = "9 6";
  private static final double KEY_ROW = 24;
  private static final double KEY_COLUMN = 330;
  private static final double KEY_SAMPLE = 50;

  /**
   * Node shapes all fit inside {@link EcomapLayout#NODE_RADIUS}, so the layout keeps them apart.
   */
  enum Shape {
    PERSONAL("#e8f1f8"),
    GROUP("#f3f2f1"),
    SERVICE("#ffffff"),
    PLACE("#eef7e6"),
    PET("#fef7e0"),
    OTHER("#ffffff");

    final String fill;

    Shape(String fill) {
      this.fill = fill;
    }

    static Shape of(TieKind kind) {
      return switch (kind) {
        case FAMILY, FRIEND, NEIGHBOUR -> PERSONAL;
        case COMMUNITY_GROUP, FAITH, WORK_EDUCATION -> GROUP;
        case PROFESSIONAL, PAID_CARER -> SERVICE;
        case PLACE -> PLACE;
        case PET -> PET;
        case OTHER -> OTHER;
      };
    }
  }

  /**
   * What to draw and how.
   *
   * @param hrefPattern link for each node with {@code {tieId}} in it, or null for a still image
   *     (for export): then the SVG is a plain {@code role="img"}
   * @param idPrefix makes the ids unique when a page shows two maps, e.g. to compare dates
   */
  record Request(String personName, List<Tie> ties, String hrefPattern, String idPrefix) {}

  private EcomapSvg() {}

  static String render(Request request, EcomapWords words) {
    return new Drawing(request, words).draw();
  }

  private static final class Drawing {
    private final Request request;
    private final EcomapWords words;
    private final String id;
    private final StringBuilder out = new StringBuilder(32_768);

    Drawing(Request request, EcomapWords words) {
      this.request = request;
      this.words = words;
      this.id = safeId(request.idPrefix());
    }

    String draw() {
      EcomapLayout.Layout layout = EcomapLayout.place(request.ties());
      double half = layout.extent() + MARGIN;
      int columns = (int) Math.max(1, Math.floor((2 * half - 2 * MARGIN) / KEY_COLUMN));
      double width = Math.max(2 * half, KEY_COLUMN + 2 * MARGIN);
      int keyItems = keyItems().size();
      double keyHeight = KEY_ROW * (1.5 + Math.ceil(keyItems / (double) columns)) + MARGIN;
      double height = 2 * half + keyHeight;
      boolean interactive = request.hrefPattern() != null;

      out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-ecomap\" viewBox=\"")
          .append(num(-width / 2))
          .append(' ')
          .append(num(-half))
          .append(' ')
          .append(num(width))
          .append(' ')
          .append(num(height))
          .append("\" preserveAspectRatio=\"xMidYMin meet\" role=\"")
          .append(interactive ? "group" : "img")
          .append("\" aria-labelledby=\"")
          .append(id)
          .append("-title\" aria-describedby=\"")
          .append(id)
          .append("-desc\" font-family=\"Arial, Helvetica, sans-serif\" fill=\"")
          .append(INK)
          .append("\">");
      element("title", id + "-title", words.get("ecomap.svg.title", name()));
      element("desc", id + "-desc", EcomapText.summary(request.ties(), words));
      markers();
      out.append("<rect class=\"app-ecomap__paper\" x=\"")
          .append(num(-width / 2))
          .append("\" y=\"")
          .append(num(-half))
          .append("\" width=\"")
          .append(num(width))
          .append("\" height=\"")
          .append(num(height))
          .append("\" fill=\"#ffffff\"/>");
      lines(layout);
      centre();
      for (EcomapLayout.Node node : layout.nodes()) {
        node(node);
      }
      key(-width / 2 + MARGIN, half, columns);
      out.append("</svg>");
      return out.toString();
    }

    private String name() {
      String name = request.personName();
      return name == null || name.isBlank() ? words.get("ecomap.unnamed") : name.strip();
    }

    private void markers() {
      out.append("<defs>");
      marker("end", "M0,0 L14,6 L0,12 z", 0);
      marker("start", "M14,0 L0,6 L14,12 z", 14);
      out.append("</defs>");
    }

    private void marker(String which, String path, double refX) {
      out.append("<marker id=\"")
          .append(id)
          .append("-arrow-")
          .append(which)
          .append("\" viewBox=\"0 0 14 12\" refX=\"")
          .append(num(refX))
          .append("\" refY=\"6\" markerWidth=\"14\" markerHeight=\"12\"")
          .append(" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"")
          .append(path)
          .append("\" fill=\"")
          .append(INK)
          .append("\"/></marker>");
    }

    private void lines(EcomapLayout.Layout layout) {
      double inner =
          layout.nodes().stream()
              .mapToDouble(node -> Math.hypot(node.x(), node.y()))
              .min()
              .orElse(0);
      // Cross marks sit between the centre and the inner ring, clear of every node.
      double hatchAt = (EcomapLayout.CENTRE_RADIUS + inner - EcomapLayout.NODE_RADIUS) / 2;
      out.append("<g class=\"app-ecomap__lines\" aria-hidden=\"true\">");
      for (EcomapLayout.Node node : layout.nodes()) {
        line(node, hatchAt);
      }
      out.append("</g>");
    }

    private void line(EcomapLayout.Node node, double hatchAt) {
      Tie tie = node.tie();
      double distance = Math.hypot(node.x(), node.y());
      double ux = node.x() / distance;
      double uy = node.y() / distance;
      boolean arrowIn = tie.direction() == SupportDirection.TO_PERSON || bothWays(tie);
      boolean arrowOut = tie.direction() == SupportDirection.FROM_PERSON || bothWays(tie);
      double from = EcomapLayout.CENTRE_RADIUS + 4 + (arrowIn ? ARROW : 0);
      double to = distance - boundary(Shape.of(tie.kind()), -ux, -uy) - 4 - (arrowOut ? ARROW : 0);
      out.append("<line x1=\"")
          .append(num(ux * from))
          .append("\" y1=\"")
          .append(num(uy * from))
          .append("\" x2=\"")
          .append(num(ux * to))
          .append("\" y2=\"")
          .append(num(uy * to))
          .append('"');
      lineStyle(tie.strength());
      if (arrowIn) {
        out.append(" marker-start=\"url(#").append(id).append("-arrow-start)\"");
      }
      if (arrowOut) {
        out.append(" marker-end=\"url(#").append(id).append("-arrow-end)\"");
      }
      out.append("/>");
      if (tie.stressful()) {
        hatch(0, 0, ux, uy, hatchAt);
      }
    }

    private void lineStyle(TieStrength strength) {
      out.append(" class=\"app-ecomap__line app-ecomap__line--")
          .append(strength.name().toLowerCase(java.util.Locale.ROOT))
          .append("\" stroke=\"")
          .append(INK)
          .append("\" stroke-width=\"")
          .append(num(strength == TieStrength.STRONG ? STRONG_WIDTH : THIN_WIDTH))
          .append('"');
      if (strength == TieStrength.TENUOUS) {
        out.append(" stroke-dasharray=\"").append(TENUOUS_DASHES).append('"');
      }
    }

    /** Hartman's stressful line: slanted cross marks over the line, whatever its strength. */
    private void hatch(double ox, double oy, double ux, double uy, double at) {
      out.append("<path class=\"app-ecomap__stress\" fill=\"none\" stroke=\"")
          .append(INK)
          .append("\" stroke-width=\"2.5\" d=\"");
      for (int i = -1; i <= 2; i++) {
        double along = at + (i - 0.5) * 10;
        double cx = ox + ux * along;
        double cy = oy + uy * along;
        double dx = -uy * 9 + ux * 4;
        double dy = ux * 9 + uy * 4;
        out.append('M')
            .append(num(cx - dx))
            .append(',')
            .append(num(cy - dy))
            .append('L')
            .append(num(cx + dx))
            .append(',')
            .append(num(cy + dy));
      }
      out.append("\"/>");
    }

    private void centre() {
      double r = EcomapLayout.CENTRE_RADIUS;
      out.append("<g class=\"app-ecomap__centre\" aria-hidden=\"true\"><circle r=\"")
          .append(num(r))
          .append("\" fill=\"#ffffff\" stroke=\"")
          .append(INK)
          .append("\" stroke-width=\"4\"/><circle r=\"")
          .append(num(r - 7))
          .append("\" fill=\"none\" stroke=\"")
          .append(INK)
          .append("\" stroke-width=\"1.5\"/>");
      List<String> lines = wrap(name(), NAME_LINE_LENGTH);
      double y = lines.size() == 1 ? 5 : -4;
      for (String line : lines) {
        text(0, y, 14, true, line);
        y += 18;
      }
      out.append("</g>");
    }

    private void node(EcomapLayout.Node node) {
      Tie tie = node.tie();
      String label = words.label(tie);
      String meaning = EcomapText.line(tie, words);
      String href = request.hrefPattern();
      if (href != null) {
        out.append("<a class=\"app-ecomap__node\" href=\"")
            .append(escape(href.replace("{tieId}", tie.id().toString())))
            .append("\" aria-label=\"")
            .append(escape(words.get("ecomap.svg.open", meaning)))
            .append("\">");
      } else {
        out.append("<g class=\"app-ecomap__node\">");
      }
      element("title", null, meaning);
      out.append("<g transform=\"translate(")
          .append(num(node.x()))
          .append(' ')
          .append(num(node.y()))
          .append(")\">");
      shape(Shape.of(tie.kind()), 1);
      List<String> lines = wrap(label, LABEL_LENGTH);
      double y = lines.size() == 1 ? -1 : -9;
      for (String line : lines) {
        text(0, y, 11, false, line);
        y += 13;
      }
      text(0, y + 1, 9, false, words.nodeKind(tie.kind()));
      out.append("</g>").append(href != null ? "</a>" : "</g>");
    }

    /** Draws a node shape around the origin, scaled down for the key. */
    private void shape(Shape shape, double scale) {
      String common =
          " class=\"app-ecomap__shape\" fill=\""
              + shape.fill
              + "\" stroke=\""
              + INK
              + "\" stroke-width=\""
              + num(2 * Math.sqrt(scale))
              + "\"";
      switch (shape) {
        case PERSONAL -> out.append("<circle r=\"").append(num(44 * scale)).append('"');
        case GROUP, SERVICE -> rect(38 * scale, 26 * scale);
        case PLACE -> polygon(6, 44 * scale, 0);
        case PET ->
            out.append("<ellipse rx=\"")
                .append(num(44 * scale))
                .append("\" ry=\"")
                .append(num(30 * scale))
                .append('"');
        case OTHER -> polygon(8, 44 * scale, Math.PI / 8);
      }
      out.append(common).append("/>");
      if (shape == Shape.SERVICE) {
        rect(34.5 * scale, 22.5 * scale);
        out.append(" fill=\"none\" stroke=\"")
            .append(INK)
            .append("\" stroke-width=\"")
            .append(num(Math.sqrt(scale)))
            .append("\"/>");
      }
    }

    private void rect(double halfWidth, double halfHeight) {
      out.append("<rect x=\"")
          .append(num(-halfWidth))
          .append("\" y=\"")
          .append(num(-halfHeight))
          .append("\" width=\"")
          .append(num(2 * halfWidth))
          .append("\" height=\"")
          .append(num(2 * halfHeight))
          .append("\" rx=\"")
          .append(num(halfHeight / 5))
          .append('"');
    }

    private void polygon(int sides, double radius, double turn) {
      out.append("<polygon points=\"");
      for (int i = 0; i < sides; i++) {
        double angle = turn + 2 * Math.PI * i / sides;
        out.append(i == 0 ? "" : " ")
            .append(num(radius * Math.cos(angle)))
            .append(',')
            .append(num(radius * Math.sin(angle)));
      }
      out.append('"');
    }

    private void key(double left, double top, int columns) {
      out.append("<g class=\"app-ecomap__key\">");
      out.append("<line x1=\"")
          .append(num(left))
          .append("\" y1=\"")
          .append(num(top))
          .append("\" x2=\"")
          .append(num(-left))
          .append("\" y2=\"")
          .append(num(top))
          .append("\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
      textStart(left, top + KEY_ROW, 15, true, words.get("ecomap.key.title"));
      List<KeyItem> items = keyItems();
      int rows = (int) Math.ceil(items.size() / (double) columns);
      for (int i = 0; i < items.size(); i++) {
        double x = left + (i / rows) * KEY_COLUMN;
        double y = top + KEY_ROW * (1.9 + i % rows);
        items.get(i).sample().draw(this, x, y);
        textStart(x + KEY_SAMPLE + 10, y + 4, 12, false, items.get(i).text());
      }
      out.append("</g>");
    }

    private List<KeyItem> keyItems() {
      List<KeyItem> items = new ArrayList<>(13);
      items.add(new KeyItem("strong", (d, x, y) -> d.sampleLine(x, y, TieStrength.STRONG)));
      items.add(new KeyItem("ordinary", (d, x, y) -> d.sampleLine(x, y, TieStrength.ORDINARY)));
      items.add(new KeyItem("tenuous", (d, x, y) -> d.sampleLine(x, y, TieStrength.TENUOUS)));
      items.add(new KeyItem("stressful", Drawing::sampleStress));
      items.add(new KeyItem("toPerson", (d, x, y) -> d.sampleArrows(x, y, true, false)));
      items.add(new KeyItem("fromPerson", (d, x, y) -> d.sampleArrows(x, y, false, true)));
      items.add(new KeyItem("bothWays", (d, x, y) -> d.sampleArrows(x, y, true, true)));
      for (Shape shape : Shape.values()) {
        items.add(new KeyItem("shape." + shape.name(), (d, x, y) -> d.sampleShape(x, y, shape)));
      }
      return items.stream()
          .map(item -> new KeyItem(words.get("ecomap.key." + item.text()), item.sample()))
          .toList();
    }

    private void sampleLine(double x, double y, TieStrength strength) {
      out.append("<line x1=\"")
          .append(num(x))
          .append("\" y1=\"")
          .append(num(y))
          .append("\" x2=\"")
          .append(num(x + KEY_SAMPLE))
          .append("\" y2=\"")
          .append(num(y))
          .append('"');
      lineStyle(strength);
      out.append("/>");
    }

    private void sampleStress(double x, double y) {
      sampleLine(x, y, TieStrength.ORDINARY);
      hatch(x, y, 1, 0, KEY_SAMPLE / 2);
    }

    /** A dot stands for the person on the left, so the arrows read as towards or away. */
    private void sampleArrows(double x, double y, boolean in, boolean out) {
      this.out
          .append("<circle cx=\"")
          .append(num(x + 4))
          .append("\" cy=\"")
          .append(num(y))
          .append("\" r=\"4\"/>");
      this.out
          .append("<line x1=\"")
          .append(num(x + 10 + (in ? ARROW : 0)))
          .append("\" y1=\"")
          .append(num(y))
          .append("\" x2=\"")
          .append(num(x + KEY_SAMPLE - (out ? ARROW : 0)))
          .append("\" y2=\"")
          .append(num(y))
          .append('"');
      lineStyle(TieStrength.ORDINARY);
      if (in) {
        this.out.append(" marker-start=\"url(#").append(id).append("-arrow-start)\"");
      }
      if (out) {
        this.out.append(" marker-end=\"url(#").append(id).append("-arrow-end)\"");
      }
      this.out.append("/>");
    }

    private void sampleShape(double x, double y, Shape shape) {
      out.append("<g transform=\"translate(")
          .append(num(x + KEY_SAMPLE / 2))
          .append(' ')
          .append(num(y))
          .append(")\">");
      shape(shape, 0.25);
      out.append("</g>");
    }

    private void text(double x, double y, double size, boolean bold, String text) {
      out.append("<text x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(y))
          .append("\" font-size=\"")
          .append(num(size))
          .append("\" text-anchor=\"middle\"")
          .append(bold ? " font-weight=\"bold\"" : "")
          .append('>')
          .append(escape(text))
          .append("</text>");
    }

    private void textStart(double x, double y, double size, boolean bold, String text) {
      out.append("<text x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(y))
          .append("\" font-size=\"")
          .append(num(size))
          .append('"')
          .append(bold ? " font-weight=\"bold\"" : "")
          .append('>')
          .append(escape(text))
          .append("</text>");
    }

    private void element(String name, String elementId, String text) {
      out.append('<').append(name);
      if (elementId != null) {
        out.append(" id=\"").append(elementId).append('"');
      }
      out.append('>').append(escape(text)).append("</").append(name).append('>');
    }
  }

  private record KeyItem(String text, Sample sample) {}

  @FunctionalInterface
  private interface Sample {
    void draw(Drawing drawing, double x, double y);
  }

  private static boolean bothWays(Tie tie) {
    return tie.direction() == SupportDirection.BOTH_WAYS;
  }

  /** How far from a node's centre its outline is, going in a given direction. */
  static double boundary(Shape shape, double ux, double uy) {
    return switch (shape) {
      case PERSONAL -> 44;
      case GROUP, SERVICE ->
          Math.min(38 / Math.max(Math.abs(ux), 1e-9), 26 / Math.max(Math.abs(uy), 1e-9));
      case PET -> 1 / Math.sqrt(Math.pow(ux / 44, 2) + Math.pow(uy / 30, 2));
      case PLACE -> 40;
      case OTHER -> 42;
    };
  }

  /** Up to two lines, broken at a space if there is one, the second cut short if need be. */
  static List<String> wrap(String text, int length) {
    if (text.codePointCount(0, text.length()) <= length) {
      return List.of(text);
    }
    int space = text.lastIndexOf(' ', text.offsetByCodePoints(0, length));
    int end = space > 0 ? space : text.offsetByCodePoints(0, length);
    String rest = text.substring(end).strip();
    return rest.isEmpty()
        ? List.of(truncate(text, length))
        : List.of(text.substring(0, end).stripTrailing(), truncate(rest, length));
  }

  /** Cuts at whole characters (never half a surrogate pair) and shows an ellipsis. */
  static String truncate(String text, int length) {
    if (text.codePointCount(0, text.length()) <= length) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, length - 1)).stripTrailing() + "\u2026";
  }

  /** Escapes for XML text and attributes, dropping characters XML 1.0 cannot hold at all. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                  if (allowedInXml(c)) {
                    escaped.appendCodePoint(c);
                  }
                }
              }
            });
    return escaped.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || c >= 0x10000;
  }

  private static String safeId(String prefix) {
    String cleaned = prefix == null ? "" : prefix.replaceAll("[^A-Za-z0-9_-]", "");
    return cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) ? "ecomap" : cleaned;
  }

  /** One decimal place is plenty at this scale and keeps the SVG small. */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    long whole = Math.abs(tenths) / 10;
    long fraction = Math.abs(tenths) % 10;
    return (tenths < 0 ? "-" : "") + whole + (fraction == 0 ? "" : "." + fraction);
  }
}
