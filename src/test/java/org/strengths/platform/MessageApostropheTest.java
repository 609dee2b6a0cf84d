package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Spring prints a message without arguments as written, and passes one with {@code {0}} arguments
 * through MessageFormat, where {@code ''} stands for an apostrophe and a single {@code '} starts a
 * quotation. So an apostrophe is {@code '} in the first kind and {@code ''} in the second: the
 * wrong one shows users "the person''s record" or swallows the rest of the sentence.
 */
class MessageApostropheTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

  @Test
  void messagesWithoutArgumentsWriteASingleApostrophe() throws IOException {
    List<String> doubled = new ArrayList<>();
    forEachMessage(
        (bundle, key, text) -> {
          if (!ARGUMENT.matcher(text).find() && text.contains("''")) {
            doubled.add(bundle + ": " + key + "=" + text);
          }
        });
    assertThat(doubled).as("messages without arguments are printed as written").isEmpty();
  }

  @Test
  void messagesWithArgumentsDoubleEveryApostrophe() throws IOException {
    List<String> single = new ArrayList<>();
    forEachMessage(
        (bundle, key, text) -> {
          if (ARGUMENT.matcher(text).find() && text.replace("''", "").contains("'")) {
            single.add(bundle + ": " + key + "=" + text);
          }
        });
    assertThat(single).as("MessageFormat reads a single ' as the start of a quotation").isEmpty();
  }

  @Test
  void readsEveryBundle() throws IOException {
    List<String> keys = new ArrayList<>();
    forEachMessage((bundle, key, text) -> keys.add(key));
    assertThat(keys)
        .contains("error.summary.title", "conversation.view.analysis")
        .hasSizeGreaterThan(500);
  }

  private interface MessageVisitor {
    void visit(String bundle, String key, String text);
  }

  private static void forEachMessage(MessageVisitor visitor) throws IOException {
    Resource[] bundles =
        new PathMatchingResourcePatternResolver().getResources("classpath:messages/*.properties");
    assertThat(bundles).isNotEmpty();
    for (Resource bundle : bundles) {
      Properties messages = new Properties();
      try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
        messages.load(reader);
      }
      for (String key : messages.stringPropertyNames()) {
        visitor.visit(bundle.getFilename(), key, messages.getProperty(key));
      }
    }
  }
}
