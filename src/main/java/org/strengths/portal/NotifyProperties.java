package org.strengths.portal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * GOV.UK Notify (docs/adr/0110). Without an API key nothing is sent: messages are shown on the
 * outbox page and logged, so every journey can be tried on a fresh machine.
 *
 * @param apiKey the service's API key ({@code STRENGTHS_NOTIFY_API_KEY}); empty for the outbox only
 * @param baseUrl Notify's address; empty for the client's default (tests point it at a fake)
 * @param templates Notify template id for each of our template names, e.g. {@code sign-in-code}
 * @param pollInterval how often the sender looks for messages due (new, or due a retry)
 * @param firstRetry the wait before the first retry; each later wait is twice the one before
 * @param longestWait the longest wait between retries
 */
@ConfigurationProperties("strengths.notify")
record NotifyProperties(
    @DefaultValue("") String apiKey,
    @DefaultValue("") String baseUrl,
    @DefaultValue Map<String, String> templates,
    @DefaultValue("PT15S") Duration pollInterval,
    @DefaultValue("PT1M") Duration firstRetry,
    @DefaultValue("PT1H") Duration longestWait) {

  NotifyProperties {
    templates = templates == null ? Map.of() : Map.copyOf(templates);
  }

  boolean sending() {
    return apiKey != null && !apiKey.isBlank();
  }
}
