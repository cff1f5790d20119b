package org.citebot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.citebot.answer.AnswerService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "chat", mixinStandardHelpOptions = true,
    description = "Interactive console chat: type a question, get quotes. Ends at end of input "
        + "(Ctrl-D) or with 'quit'.")
final class ChatCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return chat(main, spec.commandLine().getOut());
  }

  static int chat(Main main, PrintWriter out) throws Exception {
    AnswerService service = main.context.answeringService(main.corpusDirectory());
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    return RunCommand.chat(service, outcome -> { }, in, out);
  }
}
