package org.strengths.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders an XHTML page as a tagged, accessible PDF (PDF/UA and PDF/A-3u) for the person to keep.
 * PDF/UA needs every font embedded, so pages name {@link #FONT} (DejaVu Sans, bundled under {@code
 * /fonts} with its permissive licence) in their styles, regular and bold.
 */
public final class AccessiblePdf {

  /** The font family pages must use. */
  public static final String FONT = "DejaVu Sans";

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private AccessiblePdf() {}

  /** The PDF of a complete XHTML document, which must carry a title and {@code lang}. */
  public static byte[] fromHtml(String html) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    try {
      new PdfRendererBuilder()
          .useFastMode()
          .usePdfUaAccessibility(true)
          .usePdfAConformance(PdfAConformance.PDFA_3_U)
          .useColorProfile(SRGB)
          .useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true)
          .useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true)
          .withProducer("Strengths")
          .withHtmlContent(html, null)
          .toStream(pdf)
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the PDF", e);
    }
    return pdf.toByteArray();
  }

  private static InputStream font(String file) {
    InputStream font = AccessiblePdf.class.getResourceAsStream("/fonts/" + file);
    if (font == null) {
      throw new IllegalStateException("Font missing from the class path: /fonts/" + file);
    }
    return font;
  }
}
