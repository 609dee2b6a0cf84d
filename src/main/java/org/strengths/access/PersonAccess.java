package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Decides, for every look at a person's record, whether the member of staff may see it. */
@Service
public class PersonAccess {

  static final String GRANTS = PersonAccess.class.getName() + ".breakGlass";

  /** Request attribute the layout reads: this record is open only through an audit grant. */
  public static final String AUDIT_ACCESS = "auditAccess";

  /**
   * Request attribute the 403 page reads: a change was refused because of {@link #AUDIT_ACCESS}.
   */
  static final String AUDIT_READ_ONLY = "auditReadOnly";

  private final AuditGrants auditGrants;

  PersonAccess(AuditGrants auditGrants) {
    this.auditGrants = auditGrants;
  }

  /**
   * Returns why {@code staff} may see the person, or throws: {@link AccessDeniedException} when
   * their role never sees identifiable records, {@link NoWorkingRelationshipException} when they
   * could break the glass.
   */
  public AccessBasis check(StaffMember staff, PersonAllocation allocation) {
    AccessBasis basis =
        AccessPolicy.basis(staff, allocation, brokeGlassThisSession(allocation.personId()))
            .or(() -> audited(staff, allocation.personId()))
            .orElseThrow(
                () ->
                    AccessPolicy.mayBreakGlass(staff)
                        ? new NoWorkingRelationshipException(allocation.personId())
                        : new AccessDeniedException("Role may not see identifiable records"));
    if (basis == AccessBasis.AUDIT) {
      readOnly();
    }
    return basis;
  }

  /**
   * A record reached only through a case-file audit grant is read only (docs/adr/0141): the request
   * is marked so every page of the record says so, and a request that would change anything (any
   * method but GET, HEAD and OPTIONS) is refused with the 403 page explaining why.
   */
  private static void readOnly() {
    if (!(RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes servlet)) {
      return;
    }
    HttpServletRequest request = servlet.getRequest();
    request.setAttribute(AUDIT_ACCESS, Boolean.TRUE);
    if (!AccessPolicy.readsOnly(request.getMethod())) {
      request.setAttribute(AUDIT_READ_ONLY, Boolean.TRUE);
      throw new AccessDeniedException("A record open through an audit grant is read only");
    }
  }

  /** Whether the member of staff may see the person, without side effects (for lists). */
  public boolean mayView(StaffMember staff, PersonAllocation allocation) {
    return AccessPolicy.basis(staff, allocation, brokeGlassThisSession(allocation.personId()))
        .isPresent();
  }

  /** A case-file auditor's grant, for the roles that see records at all (docs/adr/0140). */
  private Optional<AccessBasis> audited(StaffMember staff, UUID personId) {
    return AccessPolicy.mayBreakGlass(staff) && auditGrants.active(staff.id(), personId)
        ? Optional.of(AccessBasis.AUDIT)
        : Optional.empty();
  }

  void grantForThisSession(HttpSession session, UUID personId) {
    synchronized (session) {
      @SuppressWarnings("unchecked")
      Set<UUID> grants = (Set<UUID>) session.getAttribute(GRANTS);
      Set<UUID> updated = grants == null ? new HashSet<>() : new HashSet<>(grants);
      updated.add(personId);
      session.setAttribute(GRANTS, updated);
    }
  }

  private static boolean brokeGlassThisSession(UUID personId) {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (!(attributes instanceof ServletRequestAttributes servlet)) {
      return false;
    }
    HttpSession session = servlet.getRequest().getSession(false);
    if (session == null) {
      return false;
    }
    Object grants = session.getAttribute(GRANTS);
    return grants instanceof Set<?> set && set.contains(personId);
  }
}
