package org.citebot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.citebot.answer.AnswerJson;
import org.citebot.answer.AnswerService;
import org.citebot.render.PlainAnswerText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ask", mixinStandardHelpOptions = true,
    description = {"Answers one question with cited quotes from the corpus.",
        "With '-' as the question, reads one question per line from standard input and "
            + "answers each in order (with --json: one JSON object per line)."})
final class AskCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "1..*", paramLabel = "QUESTION",
      description = "The question (several words are joined), or '-' for standard input.")
  String[] words;

  @Option(names = "--json", description = "Print the answer as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AnswerService service = main.context.answeringService(main.corpusDirectory());
    if (words.length == 1 && words[0].equals("-")) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          print(out, service, line);
        }
      }
      return 0;
    }
    print(out, service, String.join(" ", words));
    return 0;
  }

  private void print(PrintWriter out, AnswerService service, String question) {
    var answer = service.ask(question);
    if (json) {
      out.println(AnswerJson.write(AnswerJson.answer(answer)));
    } else {
      out.println(PlainAnswerText.render(answer));
    }
    out.flush();
  }
}
