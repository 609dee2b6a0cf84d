package org.strengths.assessment;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.strengths.platform.AccessiblePdf;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The written determination as an accessible PDF: tagged for PDF/UA, with a title, the document
 * language and an embedded font, so screen readers can read it and it prints the same everywhere.
 */
@Component
class DeterminationPdf {

  private final ITemplateEngine templates;

  DeterminationPdf(ITemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(DeterminationLetter letter, String title) {
    Context context = new Context(Locale.UK, Map.of("letter", letter, "title", title));
    String html = templates.process("assessment/determination-pdf", context);
    return AccessiblePdf.fromHtml(html);
  }
}
