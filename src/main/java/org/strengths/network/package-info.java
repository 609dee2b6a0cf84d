/**
 * The person's network of relationships (people, groups, organisations, places, pets), drawn as an
 * ecomap with Hartman's conventions, kept as dated snapshots that can be compared.
 */
package org.strengths.network;
