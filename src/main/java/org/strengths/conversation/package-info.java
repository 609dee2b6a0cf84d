/**
 * Strengths-based conversations (Three Conversations stages): what matters to the person in their
 * own words, the strengths inventory, agreed actions, hand-overs, and the language coach. The Care
 * Act assessment, eligibility and carer's assessment build on these in the same module.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"access", "network", "person", "platform"})
package org.strengths.conversation;
