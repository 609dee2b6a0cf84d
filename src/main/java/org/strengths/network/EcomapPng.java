package org.strengths.network;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/** The ecomap as a PNG, drawn by Batik from the same SVG the page shows. */
final class EcomapPng {

  static final int DEFAULT_WIDTH = 1200;
  static final int MAX_WIDTH = 4000;

  private static final Pattern VIEW_BOX =
      Pattern.compile("viewBox=\"\\S+ \\S+ ([0-9.]+) ([0-9.]+)\"");

  private EcomapPng() {}

  /**
   * @param svg a still ecomap (no links), as {@link EcomapSvg} draws it
   * @param width in pixels; the height follows the drawing's proportions
   */
  static byte[] render(String svg, int width) {
    if (width < 1 || width > MAX_WIDTH) {
      throw new IllegalArgumentException("PNG width must be 1 to " + MAX_WIDTH + " pixels");
    }
    Rasteriser transcoder = new Rasteriser();
    transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
    // The SVG has no width or height, so it scales on a page; Batik needs both from its viewBox.
    transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) height(svg, width));
    // An opaque background: PDF/A and some viewers mishandle transparency.
    transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
    TranscoderInput input = new TranscoderInput(new StringReader(svg));
    input.setURI("about:ecomap");
    ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
    try {
      transcoder.transcode(input, null);
      ImageIO.write(transcoder.image, "png", png);
    } catch (TranscoderException | IOException e) {
      throw new IllegalStateException("Could not draw the ecomap as PNG", e);
    }
    return png.toByteArray();
  }

  static int height(String svg, int width) {
    Matcher viewBox = VIEW_BOX.matcher(svg);
    if (!viewBox.find()) {
      return width;
    }
    double boxWidth = Double.parseDouble(viewBox.group(1));
    double boxHeight = Double.parseDouble(viewBox.group(2));
    return (int) Math.max(1, Math.round(width * boxHeight / boxWidth));
  }

  /** Batik draws; the JDK's PNG writer encodes, several times faster than Batik's own. */
  private static final class Rasteriser extends ImageTranscoder {
    private BufferedImage image;

    @Override
    public BufferedImage createImage(int width, int height) {
      return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void writeImage(BufferedImage image, TranscoderOutput output) {
      this.image = image;
    }
  }
}
