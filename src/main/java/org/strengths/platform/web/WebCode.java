package org.strengths.platform.web;

import java.util.regex.Pattern;

/**
 * Whether typed text carries web code (a tag such as {@code <script>} or a comment). The person's
 * own words and public forms refuse it with a clear message rather than store it: pages escape
 * everything they show, but text also travels to PDFs, CSVs and other systems.
 */
public final class WebCode {

  private static final Pattern TAG = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z!]");

  private WebCode() {}

  /** True when the text has something that reads as the start of a tag. */
  public static boolean in(String text) {
    return text != null && TAG.matcher(text).find();
  }
}
