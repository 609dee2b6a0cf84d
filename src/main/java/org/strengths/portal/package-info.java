/**
 * The person's own pages, and the front door: "Ask for support" (public question pages that anyone
 * may use, signed in or not, to ask for support for themselves, for someone they know or as a
 * carer), which lands in the right team's list of people waiting for a first conversation.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"access", "person", "conversation", "platform"})
package org.strengths.portal;
