package org.strengths.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the whole application.
 *
 * @param dataDir where the embedded database keeps its files ({@code STRENGTHS_DATA_DIR})
 * @param demo whether an empty database is filled with the fictional demo council
 */
@ConfigurationProperties("strengths")
public record StrengthsProperties(
    @DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean demo) {}
