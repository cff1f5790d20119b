package org.citebot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.cli.Main;
import org.citebot.ops.ConfigKey;
import org.citebot.ops.ConfigKeys;
import org.citebot.ops.OpsHttpServer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * There is no container engine or systemd on the build machines, so this reads the deploy files
 * and checks that their paths, commands and keys agree with the build and the code.
 */
class DeployFilesTest {

  /** Surefire runs in the module directory. */
  private static final Path DEPLOY = Path.of("").toAbsolutePath();

  private final String dockerfile = read("Dockerfile");
  private final String compose = read("compose.yaml");
  private final String unit = read("systemd/citebot.service");
  private final String envExample = read(".env.example");

  @Test
  void pom_buildsTheJarThatTheDeployFilesCopy() {
    assertTrue(read("pom.xml").contains("<finalName>citebot</finalName>"));
    assertTrue(read("pom.xml").contains("<mainClass>org.citebot.cli.Main</mainClass>"));
  }

  @Test
  void dockerfile_buildsWithMavenAndJdk21_andCopiesTheShadedJar() {
    assertTrue(dockerfile.contains("FROM maven:3.9-eclipse-temurin-21 AS build"));
    assertTrue(dockerfile.contains("mvn -B -DskipTests package"));
    assertTrue(dockerfile.contains("FROM eclipse-temurin:21-jre"));
    assertEquals("/src/deploy/target/citebot.jar /app/citebot.jar",
        single(dockerfile, "COPY --from=build (\\S+ \\S+)"));
    assertEquals("/src", single(dockerfile, "(?m)^WORKDIR (/src)$"),
        "the build stage works in /src, where the COPY --from path starts");
  }

  @Test
  void dockerfile_runsTheRunCommandAsNonRootWithDataVolume() {
    assertEquals("citebot", single(dockerfile, "(?m)^USER (\\S+)$"));
    assertTrue(dockerfile.contains("ENTRYPOINT [\"java\", \"-XX:+UseSerialGC\", "
        + "\"-XX:MaxRAMPercentage=75\", \"-jar\", \"/app/citebot.jar\"]"));
    assertEquals("[\"run\"]", single(dockerfile, "(?m)^CMD (\\[.*\\])$"));
    assertEquals("/data", single(dockerfile, "(?m)^VOLUME (\\S+)$"));
    assertEquals("/data", single(dockerfile, "CITEBOT_DATA_DIR=(\\S+)"));
    assertEquals("8080", single(dockerfile, "(?m)^EXPOSE (\\d+)$"));
    assertEquals("0.0.0.0:8080", single(dockerfile, "CITEBOT_HTTP_ADDR=(\\S+)"));
  }

  @Test
  void dockerfile_healthcheckRunsAClassThatExistsInTheJar() throws Exception {
    String cls = single(dockerfile, "HEALTHCHECK[^\\n]*\\n\\s*CMD \\[.*\"-cp\", \"/app/citebot.jar\", "
        + "\"([a-zA-Z.]+)\"\\]");
    Class<?> health = Class.forName(cls);
    assertTrue(health.getMethod("main", String[].class) != null);
    assertEquals("/healthz", OpsHttpServer.HEALTH_PATH);
  }

  @Test
  void main_hasTheRunAndHealthCommandsTheFilesStart() {
    CommandLine cli = new CommandLine(new Main());
    assertTrue(cli.getSubcommands().containsKey("run"));
    assertTrue(cli.getSubcommands().containsKey("config"));
  }

  @Test
  void compose_usesEnvFileNamedVolumeOnDataAndThePublishedPort() {
    assertTrue(compose.contains("env_file: .env"));
    assertTrue(compose.contains("dockerfile: deploy/Dockerfile"));
    assertTrue(compose.contains("context: .."));
    assertTrue(Files.exists(DEPLOY.resolve("..").resolve("deploy/Dockerfile")));
    assertEquals("citebot-data", single(compose, "- (\\S+):/data"));
    assertTrue(compose.contains("\nvolumes:\n  citebot-data:"));
    assertEquals("127.0.0.1:8080:8080", single(compose, "- \"(127\\.0\\.0\\.1:\\d+:8080)\""));
    assertTrue(compose.contains("restart: unless-stopped"));
  }

  @Test
  void systemdUnit_runsTheJarHardenedWithOnlyTheDataDirectoryWritable() {
    assertEquals("/usr/bin/java -jar /opt/citebot/citebot.jar run",
        single(unit, "(?m)^ExecStart=(.*)$"));
    assertEquals("citebot", single(unit, "(?m)^StateDirectory=(.*)$"));
    assertEquals("/var/lib/citebot", single(unit, "(?m)^ReadWritePaths=(.*)$"));
    assertEquals("/var/lib/citebot", single(unit, "(?m)^Environment=CITEBOT_DATA_DIR=(.*)$"));
    assertEquals("/etc/citebot/citebot.env", single(unit, "(?m)^EnvironmentFile=(.*)$"));
    for (String line : List.of("User=citebot", "ProtectSystem=strict", "NoNewPrivileges=true",
        "PrivateTmp=true", "ProtectHome=true", "Restart=on-failure", "TimeoutStopSec=15")) {
      assertTrue(unit.contains("\n" + line + "\n"), line);
    }
    assertFalse(unit.contains("\nMemoryDenyWriteExecute=true"), "breaks the JVM's JIT");
  }

  @Test
  void envExample_listsEveryKnownKeyAndOnlyKnownKeys_withEmptySecrets() {
    Set<String> listed = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^#? ?([A-Z][A-Z0-9_]*)=(.*)$").matcher(envExample);
    List<String> unknown = new ArrayList<>();
    while (m.find()) {
      String key = m.group(1);
      if (ConfigKeys.find(key).isEmpty()) {
        unknown.add(key);
      }
      listed.add(key);
      if (ConfigKeys.find(key).map(ConfigKey::secret).orElse(false)) {
        assertEquals("", m.group(2).strip(), key + " must be empty in the example");
      }
    }
    assertEquals(List.of(), unknown, "keys the code does not know");
    for (ConfigKey k : ConfigKeys.ALL) {
      assertTrue(listed.contains(k.name()), k.name() + " missing from .env.example");
    }
  }

  @Test
  void envExample_defaultsMatchTheCode() {
    for (ConfigKey k : ConfigKeys.ALL) {
      if (k.defaultValue() != null) {
        assertTrue(envExample.contains("# " + k.name() + "=" + k.defaultValue() + "\n"),
            k.name() + " default " + k.defaultValue());
      }
    }
  }

  private static String read(String name) {
    try {
      return Files.readString(DEPLOY.resolve(name));
    } catch (IOException e) {
      throw new AssertionError("cannot read deploy/" + name, e);
    }
  }

  /** The one match of {@code regex}'s first group; fails unless there is exactly one. */
  private static String single(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), "no match for " + regex);
    String v = m.group(1);
    assertFalse(m.find(), "more than one match for " + regex);
    return v;
  }
}
