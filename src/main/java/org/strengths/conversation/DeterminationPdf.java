package org.strengths.conversation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The written determination as an accessible PDF: tagged for PDF/UA, with a title, the document
 * language and an embedded font, so screen readers can read it and it prints the same everywhere.
 */
@Component
class DeterminationPdf {

  private static final String FONT = "DejaVu Sans";

  private final ITemplateEngine templates;

  DeterminationPdf(ITemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(DeterminationLetter letter, String title) {
    Context context = new Context(Locale.UK, Map.of("letter", letter, "title", title));
    String html = templates.process("assessment/determination-pdf", context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessbility(true);
      builder.useFont(
          () -> DeterminationPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"),
          FONT,
          400,
          FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> DeterminationPdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"),
          FONT,
          700,
          FontStyle.NORMAL,
          true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    return out.toByteArray();
  }
}
