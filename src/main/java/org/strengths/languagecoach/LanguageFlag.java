package org.strengths.languagecoach;

/**
 * A term the language coach noticed in a piece of text.
 *
 * @param term the lexicon term that matched (e.g. "refuses")
 * @param found the words as they appear in the text (e.g. "refused")
 * @param suggestion a strengths-based alternative
 * @param explanation why the term is worth rethinking
 * @param position where the words start in the text (a character index)
 */
public record LanguageFlag(
    String term, String found, String suggestion, String explanation, int position) {}
