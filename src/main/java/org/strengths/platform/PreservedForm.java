package org.strengths.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nothing typed is lost when a session expires. A form posted without a session is kept (in the new
 * session, never in a URL or log); after sign-in the browser is sent to the same path with GET, and
 * this filter replays the kept fields as request parameters, once. Controllers bind them as they
 * bind any form and check {@link #wasRestored} before loading stored values over them.
 *
 * <p>Convention: a form posts to the same path that shows it.
 */
@Component
public class PreservedForm extends OncePerRequestFilter {

  private static final String SESSION_KEY = PreservedForm.class.getName();
  public static final String RESTORED_ATTRIBUTE = "restoredForm";

  record Kept(String path, Map<String, String[]> fields) implements Serializable {}

  public static void keep(HttpServletRequest request) {
    Map<String, String[]> fields = new LinkedHashMap<>(request.getParameterMap());
    fields.remove("_csrf");
    request.getSession(true).setAttribute(SESSION_KEY, new Kept(request.getRequestURI(), fields));
  }

  public static Optional<String> pendingPath(HttpSession session) {
    return Optional.ofNullable((Kept) session.getAttribute(SESSION_KEY)).map(Kept::path);
  }

  public static boolean wasRestored(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(RESTORED_ATTRIBUTE));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Kept kept = session == null ? null : (Kept) session.getAttribute(SESSION_KEY);
    if (kept == null
        || !"GET".equals(request.getMethod())
        || !kept.path().equals(request.getRequestURI())) {
      chain.doFilter(request, response);
      return;
    }
    session.removeAttribute(SESSION_KEY);
    request.setAttribute(RESTORED_ATTRIBUTE, true);
    chain.doFilter(new WithFields(request, kept.fields()), response);
  }

  private static final class WithFields extends HttpServletRequestWrapper {
    private final Map<String, String[]> fields;

    WithFields(HttpServletRequest request, Map<String, String[]> fields) {
      super(request);
      this.fields = fields;
    }

    @Override
    public String getParameter(String name) {
      String[] values = fields.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Collections.unmodifiableMap(fields);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(fields.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return fields.get(name);
    }
  }
}
