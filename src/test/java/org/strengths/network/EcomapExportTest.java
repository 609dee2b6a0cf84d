package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class EcomapExportTest {

  private final EcomapWords words = EcomapWords.standalone();

  @Test
  void drawsAPngOfTheRequestedWidthInTheMapsProportions() throws IOException {
    List<Tie> ties = Ties.random(new Random(2), 12);
    String svg = EcomapSvg.render(new EcomapSvg.Request("Ann Smith", ties, null, "e"), words);
    byte[] png = EcomapPng.render(svg, 1200);

    assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1200);
    String[] viewBox = svg.replaceFirst("(?s).*?viewBox=\"([^\"]+)\".*", "$1").split(" ");
    double ratio = Double.parseDouble(viewBox[3]) / Double.parseDouble(viewBox[2]);
    assertThat(image.getHeight()).isCloseTo((int) Math.round(1200 * ratio), within(1));
    keep("ecomap.png", png);
  }

  @Test
  void refusesAPngWidthOutOfRange() {
    assertThatThrownBy(() -> EcomapPng.render("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesAnAccessiblePdfWithTheNameDateAndTextAlternative() throws IOException {
    List<Tie> ties = new ArrayList<>(Ties.random(new Random(8), 10));
    ties.add(
        Ties.tie(
            "Mary <script> & Co",
            TieKind.FAMILY,
            TieStrength.STRONG,
            true,
            SupportDirection.BOTH_WAYS,
            true));
    byte[] pdf = EcomapPdf.render("Ann O'Brien", LocalDate.of(2026, 3, 4), ties, words);

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Ecomap for Ann O'Brien")
          .contains("As recorded on 4 March 2026")
          .contains("Mary <script> & Co (family): strong, stressful, support goes both ways,")
          .contains("gives care");
      for (EcomapText.Group group : EcomapText.describe(ties, words)) {
        assertThat(text).contains(group.heading());
      }
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Ecomap for Ann O'Brien");
    }
    keep("ecomap.pdf", pdf);
  }

  @Test
  void writesAPdfForAnEmptyNetwork() throws IOException {
    byte[] pdf = EcomapPdf.render("Ann Smith", LocalDate.of(2026, 3, 4), List.of(), words);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("No relationships have been recorded.");
    }
  }

  private static org.assertj.core.data.Offset<Integer> within(int pixels) {
    return org.assertj.core.data.Offset.offset(pixels);
  }

  /** Leaves the last export in target/ecomap for a person to look at. */
  private static void keep(String name, byte[] bytes) throws IOException {
    Path dir = Path.of("target", "ecomap");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), bytes);
  }
}
