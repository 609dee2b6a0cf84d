package org.strengths.access;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member of staff. Other modules receive it as the authentication principal; the
 * password hash never leaves the sign-in step.
 */
public final class StaffMember implements UserDetails, CredentialsContainer {

  private final UUID id;
  private final String username;
  private final String displayName;
  private final Role role;
  private final UUID teamId;
  private final UUID organisationId;
  private transient String passwordHash;
  private final boolean locked;

  StaffMember(
      UUID id,
      String username,
      String displayName,
      Role role,
      UUID teamId,
      UUID organisationId,
      String passwordHash,
      boolean locked) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.role = role;
    this.teamId = teamId;
    this.organisationId = organisationId;
    this.passwordHash = passwordHash;
    this.locked = locked;
  }

  /** A principal for tests and for API tokens, which carry no password. */
  public static StaffMember of(
      UUID id, String username, String displayName, Role role, UUID teamId) {
    return new StaffMember(id, username, displayName, role, teamId, null, null, false);
  }

  /** A partner principal for tests and API tokens: a member of a voluntary organisation. */
  public static StaffMember partner(
      UUID id, String username, String displayName, UUID organisationId) {
    return new StaffMember(
        id, username, displayName, Role.PARTNER, null, organisationId, null, false);
  }

  public UUID id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  /** The team the member belongs to, or {@code null} for staff outside a team (admin, analyst). */
  public UUID teamId() {
    return teamId;
  }

  /**
   * For partners, the voluntary organisation they work for (its id in the community directory);
   * {@code null} for council staff.
   */
  public UUID organisationId() {
    return organisationId;
  }

  public boolean hasRole(Role wanted) {
    return role == wanted;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(role.authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StaffMember that && that.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return username + " (" + role + ")";
  }
}
