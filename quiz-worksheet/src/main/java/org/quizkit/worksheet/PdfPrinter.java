package org.quizkit.worksheet;

import com.google.common.hash.Hashing;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a sheet's HTML to PDF with openhtmltopdf, embedding a subset of {@link EmbeddedFont}. The
 * output depends only on the HTML and the name: the dates are fixed and the file ID is a hash of
 * the name and seed, so the same worksheet gives the same bytes every time.
 */
final class PdfPrinter {
  private final EmbeddedFont font;
  private final FontMetricsCache metrics = new FontMetricsCache();

  PdfPrinter(EmbeddedFont font) {
    this.font = font;
  }

  /**
   * @param html a page from {@link HtmlPage}
   * @param name the file name, which makes the document ID differ between sheets
   * @param seed the worksheet seed, also part of the document ID
   */
  byte[] print(String html, String name, long seed) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useCacheStore(CacheStore.PDF_FONT_METRICS, metrics);
    builder.withHtmlContent(html, null);
    builder.useFont(
        () -> new ByteArrayInputStream(font.regular()),
        EmbeddedFont.FAMILY,
        400,
        FontStyle.NORMAL,
        true);
    builder.useFont(
        () -> new ByteArrayInputStream(font.bold()),
        EmbeddedFont.FAMILY,
        700,
        FontStyle.NORMAL,
        true);
    // A sheet never needs anything outside itself; refusing keeps rendering offline and safe.
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.withProducer("quizkit");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      renderer.createPDFWithoutClosing();
      PDDocument document = renderer.getPdfDocument();
      fixIdentity(document, name, seed);
      document.save(out);
    }
    return out.toByteArray();
  }

  private static void fixIdentity(PDDocument document, String name, long seed) {
    Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    fixed.clear();
    fixed.set(2000, Calendar.JANUARY, 1, 0, 0, 0);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setCreationDate(fixed);
    info.setModificationDate(fixed);
    info.setCreator("quizkit worksheet");
    byte[] id =
        Hashing.sha256()
            .hashString("quizkit worksheet " + name + " seed " + seed, StandardCharsets.UTF_8)
            .asBytes();
    byte[] half = Arrays.copyOf(id, 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(half));
    ids.add(new COSString(half));
    document.getDocument().setDocumentID(ids);
  }
}
