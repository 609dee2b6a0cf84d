package org.strengths.person;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Find a person": one search box, results in a table, 20 to a page. */
@Controller
class PersonSearchController {

  private final PersonSearch search;
  private final MessageSource messages;

  PersonSearchController(PersonSearch search, MessageSource messages) {
    this.search = search;
    this.messages = messages;
  }

  @GetMapping("/people")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String find(
      @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    model.addAttribute("q", q == null ? "" : q);
    if (q == null) {
      return "person/person-search";
    }
    try {
      PersonSearch.Results results = search.search(q, pageNumber(page));
      model.addAttribute("results", results);
      model.addAttribute("pagination", pagination(q, results));
    } catch (SearchQueryException e) {
      model.addAttribute("error", e.messageKey());
      model.addAttribute(
          "errorMessage",
          messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
    }
    return "person/person-search";
  }

  /** A page number from the address bar; anything odd means the first page. */
  static int pageNumber(String page) {
    if (page == null || !page.matches("\\d{1,6}")) {
      return 1;
    }
    return Math.max(1, Integer.parseInt(page));
  }

  /**
   * A page link, or a gap ({@code number} 0) shown as an ellipsis, for GOV.UK pagination: the first
   * and last pages and those either side of the current one. Public, with its methods, so that the
   * template's expression language may call them.
   */
  public record PageLink(int number, String href, boolean current) {
    public boolean gap() {
      return number == 0;
    }

    /** Set here because "__" in a template expression means preprocessing to Thymeleaf. */
    public String modifier() {
      return gap()
          ? "govuk-pagination__item--ellipses"
          : current ? "govuk-pagination__item--current" : "";
    }
  }

  public record Pagination(List<PageLink> pages, String previous, String next) {}

  static Pagination pagination(String q, PersonSearch.Results results) {
    int pages = results.pages();
    int current = Math.min(results.page(), pages);
    List<PageLink> links = new ArrayList<>();
    for (int number = 1; number <= pages; number++) {
      boolean shown = number == 1 || number == pages || Math.abs(number - current) <= 1;
      if (shown) {
        links.add(new PageLink(number, href(q, number), number == results.page()));
      } else if (links.isEmpty() || !links.get(links.size() - 1).gap()) {
        links.add(new PageLink(0, null, false));
      }
    }
    String previous = results.page() > 1 ? href(q, Math.min(results.page() - 1, pages)) : null;
    String next = results.page() < pages ? href(q, results.page() + 1) : null;
    return new Pagination(links, previous, next);
  }

  private static String href(String q, int page) {
    return "/people?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + page;
  }
}
