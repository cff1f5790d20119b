package org.citebot.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the launcher or the shaded jar as a child process with a clean environment: only PATH,
 * HOME (a temporary directory, so no Maven toolchains cache is consulted) and JAVA_HOME (the JDK
 * these tests run on) are inherited, so a developer's own tokens or settings never leak in.
 * Output goes to files in the given directory, which is also the working directory.
 */
final class ChildProcess {

  /** What a finished child printed, and how long it took. */
  record Result(int exitCode, String stdout, String stderr, Duration took) {
    List<String> stderrLines() {
      return stderr.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + exitCode + " after " + took.toMillis() + " ms\n--- stdout:\n" + stdout
          + "\n--- stderr:\n" + stderr;
    }
  }

  private ChildProcess() {}

  /** The shaded jar that {@code package} built; set by the failsafe configuration. */
  static Path jar() {
    Path jar = Path.of(property("citebot.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("citebot.jar=" + jar + " does not exist; run mvn verify, "
          + "which packages it before the integration tests");
    }
    return jar;
  }

  /** The {@code ./citebot} script at the repository root. */
  static Path launcher() {
    return Path.of(property("citebot.launcher")).toAbsolutePath().normalize();
  }

  /** The java executable of the JDK running these tests (21 or newer, by the toolchain). */
  static Path java() {
    return Path.of(ProcessHandle.current().info().command()
        .orElseThrow(() -> new IllegalStateException("the test JVM's command is unknown")));
  }

  static Path javaHome() {
    return java().getParent().getParent();
  }

  /** {@code sh citebot <args>} with CITEBOT_JAR set, so that it never builds. */
  static ProcessBuilder viaLauncher(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("sh", launcher().toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = builder(dir, command);
    pb.environment().put("CITEBOT_JAR", jar().toString());
    return pb;
  }

  /** {@code java -jar citebot.jar <args>} on the test JDK. */
  static ProcessBuilder viaJar(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of(java().toString(), "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
    command.addAll(List.of(args));
    return builder(dir, command);
  }

  private static ProcessBuilder builder(Path dir, List<String> command) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = pb.environment();
    String path = env.getOrDefault("PATH", "/usr/bin:/bin");
    env.clear();
    env.put("PATH", path);
    env.put("HOME", dir.toString());
    env.put("JAVA_HOME", javaHome().toString());
    return pb;
  }

  /** Starts the child and waits for it, killing it if it outlives the timeout. */
  static Result run(ProcessBuilder pb, Duration timeout) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p = pb.start();
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("still running after " + timeout + ": " + pb.command()
            + "\n--- stderr:\n" + Files.readString(pb.redirectError().file().toPath()));
      }
      return finished(pb, p, Duration.ofNanos(System.nanoTime() - t0));
    } finally {
      p.destroyForcibly();
    }
  }

  /** The result of a child that has exited. */
  static Result finished(ProcessBuilder pb, Process p, Duration took) throws IOException {
    return new Result(p.exitValue(), Files.readString(pb.redirectOutput().file().toPath()),
        Files.readString(pb.redirectError().file().toPath()), took);
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set; these tests run "
          + "through maven-failsafe in the deploy module, which sets it");
    }
    return value;
  }
}
