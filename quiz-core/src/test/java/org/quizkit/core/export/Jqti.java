package org.quizkit.core.export;

import java.io.File;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ac.ed.ph.jqtiplus.JqtiExtensionManager;
import uk.ac.ed.ph.jqtiplus.notification.Notification;
import uk.ac.ed.ph.jqtiplus.reading.AssessmentObjectXmlLoader;
import uk.ac.ed.ph.jqtiplus.reading.QtiXmlInterpretationException;
import uk.ac.ed.ph.jqtiplus.reading.QtiXmlReader;
import uk.ac.ed.ph.jqtiplus.resolution.ResolvedAssessmentItem;
import uk.ac.ed.ph.jqtiplus.resolution.RootNodeLookup;
import uk.ac.ed.ph.jqtiplus.running.ItemProcessingInitializer;
import uk.ac.ed.ph.jqtiplus.running.ItemSessionController;
import uk.ac.ed.ph.jqtiplus.running.ItemSessionControllerSettings;
import uk.ac.ed.ph.jqtiplus.state.ItemProcessingMap;
import uk.ac.ed.ph.jqtiplus.state.ItemSessionState;
import uk.ac.ed.ph.jqtiplus.types.Identifier;
import uk.ac.ed.ph.jqtiplus.types.ResponseData;
import uk.ac.ed.ph.jqtiplus.types.StringResponseData;
import uk.ac.ed.ph.jqtiplus.validation.AssessmentObjectValidationResult;
import uk.ac.ed.ph.jqtiplus.validation.ItemValidationResult;
import uk.ac.ed.ph.jqtiplus.validation.TestValidationResult;
import uk.ac.ed.ph.jqtiplus.value.ListValue;
import uk.ac.ed.ph.jqtiplus.value.SingleValue;
import uk.ac.ed.ph.jqtiplus.value.Value;
import uk.ac.ed.ph.jqtiplus.xmlutils.SimpleSchemaCache;
import uk.ac.ed.ph.jqtiplus.xmlutils.locators.ChainedResourceLocator;
import uk.ac.ed.ph.jqtiplus.xmlutils.locators.FileResourceLocator;

/**
 * JQTI+ (the QTI 2.1 library of QTIWorks) as an independent reader and delivery engine: it reads
 * items and tests with schema validation and its semantic checks, and runs response processing.
 * Schemas and templates come from JQTI+'s own jar; nothing goes to the network. Compiled schemas
 * are cached, so share one instance.
 */
final class Jqti {
  private final JqtiExtensionManager extensions = new JqtiExtensionManager();
  private final AssessmentObjectXmlLoader loader =
      new AssessmentObjectXmlLoader(
          new QtiXmlReader(extensions, new SimpleSchemaCache()),
          new ChainedResourceLocator(
              new FileResourceLocator(), QtiXmlReader.JQTIPLUS_PARSER_RESOURCE_LOCATOR));

  /** Reads and validates an item; returns every problem (errors and warnings), empty when clean. */
  ItemValidationResult item(File file) {
    return loader.loadResolveAndValidateItem(file.toURI());
  }

  TestValidationResult test(File file) {
    return loader.loadResolveAndValidateTest(file.toURI());
  }

  /** Every problem JQTI+ found while reading (XML, schema) and validating, one per line. */
  static List<String> problems(AssessmentObjectValidationResult<?> result) {
    List<String> problems = new ArrayList<>();
    RootNodeLookup<?> lookup = result.getResolvedAssessmentObject().getRootNodeLookup();
    if (!lookup.wasSuccessful()) {
      Object bad =
          lookup.getBadResourceException() != null
              ? lookup.getBadResourceException()
              : lookup.getNotFoundException();
      if (bad instanceof QtiXmlInterpretationException e && e.getXmlParseResult() != null) {
        e.getXmlParseResult()
            .getFatalErrors()
            .forEach(f -> problems.add("fatal line " + f.getLineNumber() + ": " + f.getMessage()));
        e.getXmlParseResult()
            .getErrors()
            .forEach(f -> problems.add("error line " + f.getLineNumber() + ": " + f.getMessage()));
      }
      if (problems.isEmpty()) {
        problems.add("cannot read: " + bad);
      }
    }
    for (Notification n : result.getNotifications()) {
      problems.add(n.getNotificationLevel() + ": " + n.getMessage());
    }
    return problems;
  }

  /** The outcomes after a candidate gives {@code responses} (response id to values). */
  Map<String, Value> run(ResolvedAssessmentItem item, Map<String, List<String>> responses) {
    ItemProcessingMap map = new ItemProcessingInitializer(item, false).initialize();
    ItemSessionState state = new ItemSessionState();
    ItemSessionController controller =
        new ItemSessionController(extensions, new ItemSessionControllerSettings(), map, state);
    Date now = new Date(0);
    controller.initialize(now);
    controller.performTemplateProcessing(now);
    controller.enterItem(now);
    Map<Identifier, ResponseData> data = new HashMap<>();
    responses.forEach(
        (id, values) ->
            data.put(
                Identifier.parseString(id), new StringResponseData(values.toArray(String[]::new))));
    controller.bindResponses(now, data);
    if (!state.getUnboundResponseIdentifiers().isEmpty()
        || !state.getInvalidResponseIdentifiers().isEmpty()) {
      throw new AssertionError("JQTI+ did not accept the responses " + responses);
    }
    controller.commitResponses(now);
    controller.performResponseProcessing(now);
    Map<String, Value> outcomes = new HashMap<>();
    state.getOutcomeValues().forEach((id, value) -> outcomes.put(id.toString(), value));
    return outcomes;
  }

  static double number(Value value) {
    return Double.parseDouble(value.toQtiString());
  }

  /** The identifiers a multiple identifier outcome holds. */
  static List<String> identifiers(Value value) {
    List<String> ids = new ArrayList<>();
    if (value instanceof ListValue list) {
      for (SingleValue single : list) {
        ids.add(single.toQtiString());
      }
    } else if (!value.isNull()) {
      ids.add(value.toQtiString());
    }
    return ids;
  }
}
