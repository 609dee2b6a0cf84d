/**
 * Community assets (ABCD): the directory and its search, ideas for connections on a person's
 * record, the Open Referral UK 3.0 API and import, and the gaps register. Other modules use {@link
 * org.strengths.community.CommunityAssets}.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"access", "conversation", "person", "platform"})
package org.strengths.community;
