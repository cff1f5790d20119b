package org.citebot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's layers, lowest first, as ARCHITECTURE.md draws them. A class may use its own layer
 * and those below it, never one above; packages form no cycle; no chat platform's library is
 * used in the core; the command line, metrics and logging libraries stay in cli and ops.
 */
class ArchitectureTest {

  /** Each layer's packages, lowest first. */
  static final List<List<String>> LAYERS = List.of(
      List.of("org.citebot.text..", "org.citebot.config.."),
      List.of("org.citebot.dates.."),
      List.of("org.citebot.retrieval..", "org.citebot.semantic.."),
      List.of("org.citebot.corpus.."),
      List.of("org.citebot.answer.."),
      List.of("org.citebot.render.."),
      List.of("org.citebot.timeline.."),
      List.of("org.citebot.serving.."),
      List.of("org.citebot.chat.."),
      List.of("org.citebot.eval.."),
      List.of("org.citebot.ops.."),
      List.of("org.citebot.cli.."));

  private static JavaClasses core;

  @BeforeAll
  static void importTheCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.citebot");
  }

  @Test
  void everyPackage_isInALayer() {
    noClasses().should().resideOutsideOfPackages(
            LAYERS.stream().flatMap(List::stream).toArray(String[]::new))
        .because("a package without a layer escapes the layering rules")
        .check(core);
  }

  @Test
  void noLayer_usesALayerAboveIt() {
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      List<String> above = new ArrayList<>();
      LAYERS.subList(i + 1, LAYERS.size()).forEach(above::addAll);
      noClasses().that().resideInAnyPackage(LAYERS.get(i).toArray(String[]::new))
          .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
          .because("lower layers never depend on higher ones")
          .check(core);
    }
  }

  @Test
  void packages_formNoCycle() {
    slices().matching("org.citebot.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void theCore_usesNoChatPlatformLibrary() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("net.dv8tion..", "org.telegram..")
        .because("the core knows no chat platform: JDA and TelegramBots belong to the adapters")
        .check(core);
  }

  @Test
  void commandLineMetricsAndLogging_stayInCliAndOps() {
    noClasses().that().resideOutsideOfPackages("org.citebot.cli..", "org.citebot.ops..")
        .should().dependOnClassesThat().resideInAnyPackage(
            Arrays.asList("picocli..", "io.micrometer.prometheusmetrics..", "io.prometheus..",
                "ch.qos.logback..")
                .toArray(String[]::new))
        .because("picocli, Prometheus metrics and Logback are wired only at the edges")
        .check(core);
  }
}
