package org.strengths.connection;

/** Something wrong with what was typed: the form field it is about and a message key. */
record Problem(String field, String key, Object... arguments) {}
