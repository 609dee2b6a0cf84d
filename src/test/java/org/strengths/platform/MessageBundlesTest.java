package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Every module's bundle is read, in UTF-8, and messages are formatted as before. */
class MessageBundlesTest {

  private final MessageSource messages =
      new MessageBundles()
          .messageSource(new String[] {"messages/platform", " messages/search", "messages/ecomap"});

  @Test
  void findsMessagesOfEveryBundleGivenInUtf8WithTheirArguments() {
    assertThat(messages.getMessage("search.none.title", new Object[] {"Smiht"}, Locale.UK))
        .isEqualTo("No people match ‘Smiht’");
    assertThat(messages.getMessage("ecomap.unnamed", null, Locale.UK)).isNotBlank();
  }

  @Test
  void anUnknownMessageFallsBackToTheDefaultGiven() {
    assertThat(messages.getMessage("no.such.message", null, "the default", Locale.UK))
        .isEqualTo("the default");
  }
}
