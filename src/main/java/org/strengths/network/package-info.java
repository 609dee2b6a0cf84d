/**
 * The person's network of relationships (people, groups, organisations, places, pets), drawn as an
 * ecomap with Hartman's conventions, kept as dated snapshots that can be compared.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"access", "person", "platform"})
package org.strengths.network;
