package org.citebot.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;
import org.citebot.ops.ConfigKey;
import org.citebot.ops.ConfigKeys;
import org.citebot.ops.ConfigSources;
import org.citebot.ops.InvalidConfiguration;
import org.citebot.ops.OpsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "config", mixinStandardHelpOptions = true,
    description = {"Prints the effective configuration: every key, its value or default and "
        + "where it came from, with secrets masked; then any problem, one line each.",
        "Exits 2 when the configuration has a problem, so it can check a deployment."})
final class ConfigCommand implements Callable<Integer> {

  static final String MASK = "****";

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConfigSources sources;
    try {
      sources = ConfigSources.load(main.context.env(), main.configFile);
    } catch (ConfigException e) {
      err.println("citebot: " + e.getMessage());
      return RunCommand.BAD_CONFIGURATION;
    }
    render(sources).forEach(out::println);
    List<String> problems = problems(sources);
    problems.forEach(p -> err.println("citebot: " + p));
    return problems.isEmpty() ? 0 : RunCommand.BAD_CONFIGURATION;
  }

  /** The table: one line per known key, then notes on unknown file keys. */
  static List<String> render(ConfigSources sources) {
    Settings settings = sources.settings();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"KEY", "VALUE", "FROM"});
    for (ConfigKey k : ConfigKeys.ALL) {
      rows.add(row(sources, settings, k));
    }
    int w0 = 0;
    int w1 = 0;
    for (String[] r : rows) {
      w0 = Math.max(w0, r[0].length());
      w1 = Math.max(w1, r[1].length());
    }
    List<String> lines = new ArrayList<>();
    for (String[] r : rows) {
      lines.add(String.format("%-" + w0 + "s  %-" + w1 + "s  %s", r[0], r[1], r[2]).stripTrailing());
    }
    if (sources.configFile() != null) {
      lines.add("");
      lines.add("Configuration file: " + sources.configFile() + " (environment variables win)");
    }
    return lines;
  }

  private static String[] row(ConfigSources sources, Settings settings, ConfigKey k) {
    Optional<String> direct = settings.get(k.name());
    if (direct.isPresent()) {
      return new String[] {k.name(), k.secret() ? MASK : direct.get(), sources.origin(k.name())};
    }
    if (k.secret()) {
      Optional<String> file = settings.get(k.fileVariant());
      if (file.isPresent()) {
        // The file's name is not secret, its content is.
        return new String[] {k.name(), MASK + " (read from " + file.get() + ")",
            sources.origin(k.fileVariant()) + ", " + k.fileVariant()};
      }
    }
    return new String[] {k.name(),
        k.defaultValue() == null ? "(not set)" : k.defaultValue(), "default"};
  }

  /** One line per bad value, unknown file key or unreadable secret file. */
  static List<String> problems(ConfigSources sources) {
    List<String> problems = new ArrayList<>();
    sources.unknownFileKeys().forEach(k -> problems.add(k + " in " + sources.configFile()
        + " is not a known key"));
    try {
      OpsConfig.from(sources.settings());
    } catch (InvalidConfiguration e) {
      problems.addAll(e.problems());
    }
    return problems;
  }
}
