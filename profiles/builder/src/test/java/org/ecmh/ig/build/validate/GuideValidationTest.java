package org.ecmh.ig.build.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecmh.ig.build.FixtureIg;
import org.ecmh.ig.build.content.IgContent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GuideValidationTest {

  private static FixtureIg fixture;
  private static ResourceValidator validator;

  @BeforeAll
  static void loadFixture() {
    fixture = FixtureIg.get();
    validator = new ResourceValidator(FixtureIg.FHIR, fixture.support);
  }

  @Test
  void theFixtureGuideHasNoErrors() {
    ValidationReport report = new GuideValidation(FixtureIg.FHIR, fixture.support)
        .validate(fixture.content, new ValidationReport());

    assertThat(report.errors()).isEmpty();
  }

  @Test
  void anExampleWithoutItsRequiredSubjectFailsNamingTheElement() {
    Encounter example = example();
    example.setSubject(null);

    assertThat(errors(validator.validate(example)))
        .anySatisfy(error -> assertThat(error.location() + " " + error.message()).contains("Encounter.subject"));
  }

  @Test
  void aCodeOutsideARequiredBindingFailsNamingTheElement() {
    Encounter example = example();
    example.getExtensionByUrl(FixtureIg.EXTENSION_URL)
        .setValue(new CodeableConcept().addCoding()
            .setSystem("http://example.org/fhir/fixture/CodeSystem/fixture-tier").setCode("intervention"));

    assertThat(errors(validator.validate(example)))
        .anySatisfy(error -> {
          assertThat(error.location()).contains("Encounter.extension[0].value");
          assertThat(error.message()).contains("intervention");
        });
  }

  @Test
  void aProfileWithoutAnExampleIsAnError() {
    IgContent withoutExamples = new IgContent(fixture.content.guide(), fixture.content.definitions(), List.of());

    assertThat(new GuideRules().check(withoutExamples))
        .anySatisfy(error -> assertThat(error.message()).contains(FixtureIg.PROFILE_URL).contains("no example"));
  }

  @Test
  void aDraftDefinitionIsAnErrorBecauseHapisInstallerWouldSkipIt() {
    ValueSet draft = fixture.content.definitionsOf(ValueSet.class).get(0).copy();
    draft.setStatus(PublicationStatus.DRAFT);

    assertThat(new GuideRules().check(fixture.content.withDefinitions(List.of(draft))))
        .anySatisfy(error -> assertThat(error.location()).isEqualTo("ValueSet.status"));
  }

  private static Encounter example() {
    Resource example = fixture.content.examples().get(0);
    return (Encounter) example.copy();
  }

  private static List<Finding> errors(List<Finding> findings) {
    return findings.stream().filter(Finding::isError).toList();
  }
}
