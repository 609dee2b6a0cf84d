/**
 * Strengths-based conversations (Three Conversations stages): what matters to the person in their
 * own words, the strengths inventory, agreed actions and the stages' local names. The assessment,
 * carer and language coach modules build on it; hand-over is the person module's.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"access", "languagecoach", "network", "person", "platform"})
package org.strengths.conversation;
