package org.strengths.network;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.strengths.platform.AccessiblePdf;
import org.strengths.platform.Display;

/**
 * The ecomap for the person to keep: a tagged PDF (PDF/UA, PDF/A-3u) with a title, the person's
 * name, the date, the map as an image with a text equivalent, and every relationship as a list.
 */
final class EcomapPdf {

  private static final int IMAGE_WIDTH = 1600;

  private EcomapPdf() {}

  static byte[] render(String personName, LocalDate date, List<Tie> ties, EcomapWords words) {
    String svg = EcomapSvg.render(new EcomapSvg.Request(personName, ties, null, "ecomap"), words);
    String html = html(personName, date, ties, EcomapPng.render(svg, IMAGE_WIDTH), words);
    return AccessiblePdf.fromHtml(html);
  }

  private static String html(
      String personName, LocalDate date, List<Tie> ties, byte[] png, EcomapWords words) {
    String name =
        personName == null || personName.isBlank()
            ? words.get("ecomap.unnamed")
            : personName.strip();
    String title = words.get("ecomap.pdf.title", name);
    StringBuilder html = new StringBuilder(8192 + png.length * 4 / 3);
    html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/><title>")
        .append(EcomapSvg.escape(title))
        .append("</title><meta name=\"subject\" content=\"")
        .append(EcomapSvg.escape(words.get("ecomap.pdf.date", Display.dateOf(date))))
        .append("\"/><meta name=\"author\" content=\"Strengths\"/><style>")
        .append("@page { size: A4; margin: 18mm 16mm; }")
        .append("body { font-family: '")
        .append(AccessiblePdf.FONT)
        .append("'; font-size: 11pt; line-height: 1.35; color: #0b0c0c; }")
        .append("h1 { font-size: 22pt; font-weight: normal; margin: 0 0 4pt 0; }")
        .append("h2 { font-size: 16pt; font-weight: normal; margin: 14pt 0 4pt 0; }")
        .append("h3 { font-size: 13pt; font-weight: normal; margin: 10pt 0 2pt 0; }")
        .append("img { width: 100%; max-height: 200mm; }")
        .append("ul { margin: 0; padding-left: 14pt; } li { margin-bottom: 2pt; }")
        .append("</style></head><body><h1>")
        .append(EcomapSvg.escape(title))
        .append("</h1><p>")
        .append(EcomapSvg.escape(words.get("ecomap.pdf.date", Display.dateOf(date))))
        .append("</p><img src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png))
        .append("\" alt=\"")
        .append(
            EcomapSvg.escape(
                words.get("ecomap.svg.title", name) + ". " + EcomapText.summary(ties, words)))
        .append("\"/><h2>")
        .append(EcomapSvg.escape(words.get("ecomap.pdf.relationships")))
        .append("</h2>");
    List<EcomapText.Group> groups = EcomapText.describe(ties, words);
    if (groups.isEmpty()) {
      html.append("<p>").append(EcomapSvg.escape(words.get("ecomap.text.none"))).append("</p>");
    }
    for (EcomapText.Group group : groups) {
      html.append("<h3>").append(EcomapSvg.escape(group.heading())).append("</h3><ul>");
      for (EcomapText.Line line : group.lines()) {
        html.append("<li>").append(EcomapSvg.escape(line.text())).append("</li>");
      }
      html.append("</ul>");
    }
    return html.append("</body></html>").toString();
  }
}
