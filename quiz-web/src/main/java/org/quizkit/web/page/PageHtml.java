package org.quizkit.web.page;

/** A whole HTML5 page around its main content. */
final class PageHtml {
  private PageHtml() {}

  static String render(Frame frame, String mainHtml) {
    Html html = new Html();
    html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<title>")
        .text(frame.title())
        .raw(" \u00b7 quizkit</title>\n<link rel=\"stylesheet\"")
        .attr("href", frame.assets() + Pages.STYLESHEET_FILE)
        .raw(">\n<script defer")
        .attr("src", frame.assets() + Pages.SCRIPT_FILE)
        .raw("></script>\n</head>\n<body>\n")
        .raw("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n")
        .raw("<header class=\"site\">\n<p class=\"brand\">quizkit</p>\n");
    if (!frame.nav().isEmpty()) {
      html.raw("<nav aria-label=\"Main\">\n<ul>\n");
      for (Frame.Link link : frame.nav()) {
        html.raw("<li><a")
            .attr("href", link.href())
            .raw(link.current() ? " aria-current=\"page\"" : "")
            .raw(">")
            .text(link.label())
            .raw("</a></li>\n");
      }
      html.raw("</ul>\n</nav>\n");
    }
    return html.raw("</header>\n<main id=\"main\" tabindex=\"-1\">\n<h1>")
        .text(frame.title())
        .raw("</h1>\n")
        .raw(mainHtml)
        .raw("</main>\n</body>\n</html>\n")
        .toString();
  }
}
