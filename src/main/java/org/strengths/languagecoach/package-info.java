/**
 * The language coach: suggests strengths-based words for terms in practitioners' notes (never in a
 * person's own words), from a lexicon an admin keeps. Other modules check their text through {@link
 * org.strengths.languagecoach.LanguageCoach}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "platform"})
package org.strengths.languagecoach;
