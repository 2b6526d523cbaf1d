package org.ecmh.ig.build.site;

import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * A questionnaire's page: one row per item with its linkId, text, type, codes and answer options, including
 * the answer weights and calculated scores that scoring relies on (they are extensions).
 */
final class QuestionnairePage {

  private final Links links;
  private final Markdown markdown;

  QuestionnairePage(Links links, Markdown markdown) {
    this.links = links;
    this.markdown = markdown;
  }

  XhtmlNode render(Questionnaire questionnaire) {
    XhtmlNode page = PageLayout.body();
    page.h1().tx(questionnaire.hasTitle() ? questionnaire.getTitle() : questionnaire.getName());
    markdown.appendTo(page.div("description"), questionnaire.getDescription());
    XhtmlNode facts = page.table("facts");
    PageLayout.fact(facts, "Canonical URL").code().tx(questionnaire.getUrl());
    PageLayout.fact(facts, "Status").tx(questionnaire.getStatus().toCode());
    PageLayout.fact(facts, "Codes").tx(codes(questionnaire.getCode()));
    if (questionnaire.hasCopyright()) {
      markdown.appendTo(PageLayout.fact(facts, "Copyright"), questionnaire.getCopyright());
    }
    page.h2().tx("Items");
    XhtmlNode table = page.table("items");
    XhtmlNode header = table.tr();
    List.of("linkId", "Text", "Type", "Req.", "Codes", "Answers", "Rules").forEach(title -> header.th().tx(title));
    items(table, questionnaire.getItem(), 0);
    return page;
  }

  private void items(XhtmlNode table, List<QuestionnaireItemComponent> items, int depth) {
    for (QuestionnaireItemComponent item : items) {
      XhtmlNode row = table.tr();
      XhtmlNode linkId = row.td();
      linkId.style("padding-left:" + depth + "em");
      linkId.code().tx(item.getLinkId());
      row.td().tx(item.getText());
      row.td().tx(item.hasType() ? item.getType().toCode() : "");
      row.td().tx(item.getRequired() ? "yes" : "");
      row.td().tx(codes(item.getCode()));
      answers(row.td(), item);
      rules(row.td(), item);
      items(table, item.getItem(), depth + 1);
    }
  }

  private void answers(XhtmlNode cell, QuestionnaireItemComponent item) {
    if (item.hasAnswerValueSet()) {
      XhtmlNode line = cell.div();
      line.tx("from ");
      links.canonical(line, item.getAnswerValueSet());
    }
    for (QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
      XhtmlNode line = cell.div();
      line.tx(answerText(option.getValue()));
      String weights = extensionValues(option.getExtension()) + extensionValues(option.getValue().getExtension());
      if (!weights.isBlank()) {
        line.span("weight", null).tx(" [" + weights.trim() + "]");
      }
    }
  }

  /** enableWhen conditions and item extensions (e.g. calculated expressions) as plain text. */
  private void rules(XhtmlNode cell, QuestionnaireItemComponent item) {
    item.getEnableWhen().forEach(condition -> cell.div().tx("enabled when " + condition.getQuestion() + " "
        + condition.getOperator().toCode() + " " + answerText(condition.getAnswer())));
    String extensions = extensionValues(item.getExtension());
    if (!extensions.isBlank()) {
      cell.div().tx(extensions.trim());
    }
  }

  private static String answerText(Type value) {
    if (value instanceof Coding coding) {
      return coding.getCode() + (coding.hasDisplay() ? " " + coding.getDisplay() : "");
    }
    return value == null ? "" : value.primitiveValue();
  }

  private static String extensionValues(List<Extension> extensions) {
    return extensions.stream()
        .map(extension -> extensionName(extension) + "=" + extensionValue(extension))
        .collect(Collectors.joining(" "));
  }

  private static String extensionName(Extension extension) {
    return extension.getUrl().substring(extension.getUrl().lastIndexOf('/') + 1);
  }

  private static String extensionValue(Extension extension) {
    Type value = extension.getValue();
    if (value == null) {
      return "";
    }
    if (value instanceof Expression expression) {
      return expression.getExpression();
    }
    return value.isPrimitive() ? value.primitiveValue() : answerText(value);
  }

  private static String codes(List<Coding> codes) {
    return codes.stream()
        .map(coding -> coding.getSystem() + "#" + coding.getCode() + (coding.hasDisplay() ? " " + coding.getDisplay() : ""))
        .collect(Collectors.joining(", "));
  }
}
