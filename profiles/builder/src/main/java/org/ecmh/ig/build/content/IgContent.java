package org.ecmh.ig.build.content;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecmh.ig.build.config.IgConfig;
import org.hl7.fhir.r4.model.ImplementationGuide;
import org.hl7.fhir.r4.model.ImplementationGuide.ImplementationGuideDefinitionResourceComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;

/**
 * The guide's resources, split as the ImplementationGuide resource lists them: definitions (profiles,
 * extensions, terminology, questionnaires...) and examples.
 */
public record IgContent(ImplementationGuide guide, List<Resource> definitions, List<Resource> examples) {

  /** Uses SUSHI's ImplementationGuide when it wrote one (it knows each instance's Usage); otherwise makes one. */
  public static IgContent assemble(FhirContext fhir, IgConfig config, List<Resource> generated) {
    List<Resource> others = generated.stream().filter(r -> !(r instanceof ImplementationGuide)).toList();
    ImplementationGuide guide = generated.stream()
        .filter(ImplementationGuide.class::isInstance)
        .map(ImplementationGuide.class::cast)
        .findFirst()
        .orElseGet(() -> new ImplementationGuideFactory(fhir).create(config, others));
    Set<String> exampleKeys = guide.getDefinition().getResource().stream()
        .filter(IgContent::isExample)
        .map(entry -> entry.getReference().getReference())
        .collect(Collectors.toSet());
    Map<Boolean, List<Resource>> split =
        others.stream().collect(Collectors.partitioningBy(r -> exampleKeys.contains(key(r))));
    return new IgContent(guide, split.get(false), split.get(true));
  }

  /** The key by which the ImplementationGuide refers to a resource: {@code Type/id}. */
  public static String key(Resource resource) {
    return resource.fhirType() + "/" + resource.getIdPart();
  }

  private static boolean isExample(ImplementationGuideDefinitionResourceComponent entry) {
    return entry.hasExampleCanonicalType() || (entry.hasExampleBooleanType() && entry.getExampleBooleanType().booleanValue());
  }

  public <T extends Resource> List<T> definitionsOf(Class<T> type) {
    return definitions.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Our StructureDefinitions, extensions first: HAPI resolves extension definitions while it builds the
   * snapshots of the profiles that use them.
   */
  public List<StructureDefinition> structureDefinitions() {
    return definitionsOf(StructureDefinition.class).stream()
        .sorted(Comparator.comparing((StructureDefinition sd) -> !isExtension(sd)))
        .toList();
  }

  /** Constraints on resources and data types other than Extension: each needs an example. */
  public List<StructureDefinition> profiles() {
    return structureDefinitions().stream()
        .filter(sd -> sd.getDerivation() == TypeDerivationRule.CONSTRAINT && !isExtension(sd))
        .toList();
  }

  public static boolean isExtension(StructureDefinition sd) {
    return "Extension".equals(sd.getType());
  }

  /**
   * The instances that claim a profile in meta.profile, by its canonical URL: examples, and definitions such
   * as Questionnaires that conform to a profile of ours.
   */
  public List<Resource> instancesOf(String profileUrl) {
    return Stream.concat(examples.stream(), definitions.stream())
        .filter(example -> example.getMeta().getProfile().stream().anyMatch(p -> profileUrl.equals(p.getValue())))
        .toList();
  }

  /** A copy in which some definitions are replaced by new versions with the same type and id. */
  public IgContent withDefinitions(List<? extends Resource> replacements) {
    Map<String, Resource> byKey = replacements.stream().collect(Collectors.toMap(IgContent::key, Function.identity()));
    List<Resource> replaced = new ArrayList<>(definitions.stream().map(r -> byKey.getOrDefault(key(r), r)).toList());
    return new IgContent(guide, replaced, examples);
  }

  /** Everything the package ships. */
  public Stream<Resource> all() {
    return Stream.concat(Stream.concat(Stream.of(guide), definitions.stream()), examples.stream());
  }
}
