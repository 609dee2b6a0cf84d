package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class EcomapSvgTest {

  private static final String EDIT = "/people/p1/network/{tieId}/edit";

  private final EcomapWords words = EcomapWords.standalone();

  private final Tie mary =
      Ties.tie("Mary", TieKind.FAMILY, TieStrength.STRONG, true, SupportDirection.BOTH_WAYS, true);
  private final Tie rex =
      Ties.tie("Rex", TieKind.PET, TieStrength.ORDINARY, false, SupportDirection.TO_PERSON, false);
  private final Tie club =
      Ties.tie(
          "Lunch club",
          TieKind.COMMUNITY_GROUP,
          TieStrength.TENUOUS,
          false,
          SupportDirection.FROM_PERSON,
          false);

  @Test
  void isWellFormedScalableAndNamedForAssistiveTechnology() throws Exception {
    String svg = svg("Ann Smith", List.of(mary, rex, club), EDIT);
    Element root = parse(svg).getDocumentElement();

    assertThat(root.getAttribute("viewBox")).matches("-?[0-9.]+ -?[0-9.]+ [0-9.]+ [0-9.]+");
    assertThat(root.hasAttribute("width")).isFalse();
    assertThat(root.hasAttribute("height")).isFalse();
    assertThat(root.getAttribute("role")).isEqualTo("group");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("ecomap-title");
    assertThat(root.getAttribute("aria-describedby")).isEqualTo("ecomap-desc");
    assertThat(text(root, "//*[@id='ecomap-title']")).isEqualTo("Ecomap for Ann Smith");
    assertThat(text(root, "//*[@id='ecomap-desc']"))
        .isEqualTo(
            "3 relationships: 1 strong, 1 stressful, 1 give care. Each one is listed in words"
                + " after the map.");
    assertThat(svg).doesNotContain("style=").doesNotContain("<style");
  }

  @Test
  void isAPlainImageWithoutLinksForExport() throws Exception {
    Element root = parse(svg("Ann Smith", List.of(mary, rex), null)).getDocumentElement();
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(nodes(root, "//*[local-name()='a']").getLength()).isZero();
  }

  @Test
  void linksEveryNodeToItsRelationshipWithAnAccessibleName() throws Exception {
    Element root = parse(svg("Ann Smith", List.of(mary, rex, club), EDIT)).getDocumentElement();
    NodeList links = nodes(root, "//*[local-name()='a']");

    assertThat(links.getLength()).isEqualTo(3);
    List<String> hrefs = attributes(links, "href");
    assertThat(hrefs)
        .containsExactlyInAnyOrder(
            "/people/p1/network/" + mary.id() + "/edit",
            "/people/p1/network/" + rex.id() + "/edit",
            "/people/p1/network/" + club.id() + "/edit");
    assertThat(attributes(links, "aria-label"))
        .contains(
            "Open Mary (family): strong, stressful, support goes both ways, gives care",
            "Open Rex (pet): ordinary, gives support to the person");
  }

  @Test
  void drawsStrengthAsThicknessOrDashesAndStressAsCrossMarksOnTop() throws Exception {
    Element root = parse(svg("Ann", List.of(mary, rex, club), EDIT)).getDocumentElement();
    Element strong =
        single(
            root,
            "//*[local-name()='g'][@class='app-ecomap__lines']/*[contains(@class,'--strong')]");
    Element ordinary =
        single(
            root,
            "//*[local-name()='g'][@class='app-ecomap__lines']/*[contains(@class,'--ordinary')]");
    Element tenuous =
        single(
            root,
            "//*[local-name()='g'][@class='app-ecomap__lines']/*[contains(@class,'--tenuous')]");

    assertThat(Double.parseDouble(strong.getAttribute("stroke-width")))
        .isGreaterThan(2 * Double.parseDouble(ordinary.getAttribute("stroke-width")));
    assertThat(ordinary.hasAttribute("stroke-dasharray")).isFalse();
    assertThat(tenuous.getAttribute("stroke-dasharray")).isNotBlank();
    assertThat(
            nodes(
                    root,
                    "//*[local-name()='g'][@class='app-ecomap__lines']/*[@class='app-ecomap__stress']")
                .getLength())
        .isEqualTo(1);
  }

  @Test
  void drawsArrowsForTheDirectionOfSupport() throws Exception {
    Tie none =
        Ties.tie("Dev", TieKind.FRIEND, TieStrength.ORDINARY, false, SupportDirection.NONE, false);
    Element root = parse(svg("Ann", List.of(mary, rex, club, none), EDIT)).getDocumentElement();
    NodeList lines =
        nodes(root, "//*[local-name()='g'][@class='app-ecomap__lines']/*[local-name()='line']");
    List<String> arrows = new ArrayList<>();
    for (int i = 0; i < lines.getLength(); i++) {
      Element line = (Element) lines.item(i);
      arrows.add(
          (line.hasAttribute("marker-start") ? "in" : "")
              + (line.hasAttribute("marker-end") ? "out" : ""));
    }
    // Kind order round the map: family (both ways), friend (none), group (from), pet (to).
    assertThat(arrows).containsExactly("inout", "", "out", "in");
    assertThat(nodes(root, "//*[local-name()='marker']").getLength()).isEqualTo(2);
  }

  @Test
  void escapesUserTextEverywhere() throws Exception {
    Tie nasty =
        Ties.tie(
            "<script>alert(1)</script> & \"Co\" 'x'",
            TieKind.FRIEND,
            TieStrength.ORDINARY,
            false,
            SupportDirection.NONE,
            false);
    String svg = svg("Ann <b>& Bob</b>", List.of(nasty), "/people/{tieId}?a=1&b=\"2\"");

    assertThat(svg).doesNotContain("<script").doesNotContain("<b>");
    Element root = parse(svg).getDocumentElement();
    assertThat(text(root, "//*[@id='ecomap-title']")).isEqualTo("Ecomap for Ann <b>& Bob</b>");
    Element link = single(root, "//*[local-name()='a']");
    assertThat(link.getAttribute("href")).isEqualTo("/people/" + nasty.id() + "?a=1&b=\"2\"");
    assertThat(text(link, "*[local-name()='title']"))
        .startsWith("<script>alert(1)</script> & \"Co\" 'x' (friend)");
  }

  @Test
  void dropsCharactersXmlCannotHold() throws Exception {
    Tie odd =
        Ties.tie(
            "Bell\u0007 and \uD83D\uDC36",
            TieKind.PET,
            TieStrength.STRONG,
            false,
            SupportDirection.NONE,
            false);
    Element root = parse(svg("Ann", List.of(odd), EDIT)).getDocumentElement();
    assertThat(text(root, "//*[local-name()='a']/*[local-name()='title']"))
        .startsWith("Bell and \uD83D\uDC36");
  }

  @Test
  void shortensLongLabelsAndKeepsTheFullTextInTheTitle() throws Exception {
    String longName = "Margaret from the Tuesday lunch club at St Anne's";
    Tie tie =
        Ties.tie(longName, TieKind.FRIEND, TieStrength.STRONG, false, SupportDirection.NONE, false);
    Element root = parse(svg("Ann", List.of(tie), EDIT)).getDocumentElement();
    Element link = single(root, "//*[local-name()='a']");

    assertThat(text(link, "*[local-name()='title']")).startsWith(longName + " (friend)");
    List<String> drawn = texts(link, ".//*[local-name()='text']");
    assertThat(drawn).containsExactly("Margaret", "from the T…", "Friend");
    assertThat(drawn.subList(0, 2))
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(EcomapSvg.LABEL_LENGTH));
  }

  @Test
  void wrapsAndCutsTextAtWholeCharacters() {
    assertThat(EcomapSvg.wrap("Ann", 11)).containsExactly("Ann");
    assertThat(EcomapSvg.wrap("Mrs Okafor next door", 11))
        .containsExactly("Mrs Okafor", "next door");
    assertThat(EcomapSvg.wrap("Supercalifragilistic", 11))
        .containsExactly("Supercalifr", "agilistic");
    assertThat(EcomapSvg.truncate("\uD83D\uDC36".repeat(20), 4))
        .isEqualTo("\uD83D\uDC36".repeat(3) + "…");
  }

  @Test
  void showsEveryKindWithItsOwnShapeAndWord() throws Exception {
    List<Tie> ties =
        java.util.Arrays.stream(TieKind.values())
            .map(kind -> Ties.tie(kind, TieStrength.ORDINARY))
            .toList();
    Element root = parse(svg("Ann", ties, EDIT)).getDocumentElement();
    NodeList links = nodes(root, "//*[local-name()='a']");
    Set<String> shapes = new java.util.HashSet<>();
    for (int i = 0; i < links.getLength(); i++) {
      Element shape = single(links.item(i), ".//*[@class='app-ecomap__shape']");
      shapes.add(shape.getLocalName() + shape.getAttribute("points").split(" ").length);
      assertThat(texts(links.item(i), ".//*[local-name()='text']"))
          .contains(words.nodeKind(ties.get(i).kind()));
    }
    assertThat(shapes).hasSize(EcomapSvg.Shape.values().length - 1);
    assertThat(EcomapSvg.Shape.values()).extracting(EcomapSvg.Shape::name).hasSize(6);
  }

  @Test
  void hasAKeyExplainingEveryLineArrowAndShape() throws Exception {
    Element root = parse(svg("Ann", List.of(), EDIT)).getDocumentElement();
    List<String> key = texts(root, "//*[@class='app-ecomap__key']/*[local-name()='text']");
    assertThat(key)
        .contains(
            "Key",
            "Strong: thick line",
            "Ordinary: thin line",
            "Tenuous: dashed line",
            "Stressful: line with cross marks",
            "Support to the person: arrow to the centre",
            "Support from the person: arrow outwards",
            "Support both ways: arrows at both ends",
            "Hexagon: place")
        .hasSize(14);
    assertThat(text(root, "//*[@id='ecomap-desc']"))
        .isEqualTo("No relationships have been recorded yet.");
  }

  @Test
  void keepsIdsUniqueWhenTwoMapsShareAPage() throws Exception {
    String before = svg("Ann", List.of(mary, rex), EDIT, "ecomap-before");
    String after = svg("Ann", List.of(mary, rex), EDIT, "ecomap-after");
    Set<String> beforeIds = ids(parse(before));
    Set<String> afterIds = ids(parse(after));

    assertThat(beforeIds).hasSize(4).doesNotContainAnyElementsOf(afterIds);
    assertThat(after).contains("url(#ecomap-after-arrow-start)").doesNotContain("ecomap-before");
    assertThat(svg("Ann", List.of(), EDIT, "\"><script>")).contains("id=\"script-title\"");
  }

  @Test
  void rendersLargeRandomNetworksAsWellFormedXml() throws Exception {
    Random random = new Random(17);
    for (int size : IntStream.rangeClosed(0, 60).filter(n -> n % 7 == 0 || n == 60).toArray()) {
      Document document = parse(svg("Ann", Ties.random(random, size), EDIT));
      assertThat(nodes(document, "//*[local-name()='a']").getLength()).isEqualTo(size);
    }
  }

  private String svg(String name, List<Tie> ties, String href) {
    return svg(name, ties, href, "ecomap");
  }

  private String svg(String name, List<Tie> ties, String href, String prefix) {
    return EcomapSvg.render(new EcomapSvg.Request(name, ties, href, prefix), words);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static NodeList nodes(Object context, String xpath) throws Exception {
    return (NodeList)
        XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
  }

  private static Element single(Object context, String xpath) throws Exception {
    NodeList found = nodes(context, xpath);
    assertThat(found.getLength()).as(xpath).isEqualTo(1);
    return (Element) found.item(0);
  }

  private static String text(Object context, String xpath) throws Exception {
    return single(context, xpath).getTextContent();
  }

  private static List<String> texts(Object context, String xpath) throws Exception {
    NodeList found = nodes(context, xpath);
    return IntStream.range(0, found.getLength())
        .mapToObj(i -> found.item(i).getTextContent())
        .toList();
  }

  private static List<String> attributes(NodeList elements, String name) {
    return IntStream.range(0, elements.getLength())
        .mapToObj(i -> ((Element) elements.item(i)).getAttribute(name))
        .toList();
  }

  private static Set<String> ids(Document document) throws Exception {
    NodeList withIds = nodes(document, "//*[@id]");
    return IntStream.range(0, withIds.getLength())
        .mapToObj(i -> ((Element) withIds.item(i)).getAttribute("id"))
        .collect(Collectors.toSet());
  }
}
