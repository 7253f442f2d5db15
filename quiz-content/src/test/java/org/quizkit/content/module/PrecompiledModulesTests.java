package org.quizkit.content.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled modules come from the JSON the build writes from modules.yaml. */
class PrecompiledModulesTests {
  @Test
  void theBundledModulesAreTheOnesTheirYamlSourceHolds() throws IOException {
    Path source = Path.of("src/main/resources/org/quizkit/content/module/modules.yaml");
    assertNotNull(
        Modules.class.getResource(Modules.PRECOMPILED),
        "the build did not write modules.json, so the library silently reads the YAML");

    assertEquals(Modules.load(Modules.RESOURCE, Files.readString(source)), Modules.load());
  }
}
