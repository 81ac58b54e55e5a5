package dev.gopherbot.consumer;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.process.ProcessRunner;
import dev.gopherbot.consumer.deadletters.DeadLetterCommand;
import dev.gopherbot.consumer.suggest.GlossarySuggestionsCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar consumer.jar} runs the consumer; {@code java -jar consumer.jar dead-letters …} is the operators'
 * tool for the dead-letter streams (see docs/consumer.md); {@code java -jar consumer.jar glossary-suggestions}
 * prints approved glossary suggestions as entries for glossary.yaml (docs/interactivity.md).
 */
public final class ConsumerMain {
    private ConsumerMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("dead-letters")) {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            System.exit(new DeadLetterCommand(System.out, System.err).run(rest, Env.system()));
        }
        if (args.length > 0 && args[0].equals("glossary-suggestions")) {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            // the entries are pasted into a UTF-8 file, whatever the locale of the shell printing them
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            System.exit(new GlossarySuggestionsCommand(out, System.err).run(rest, Env.system()));
        }
        if (args.length > 0) {
            System.err.println("consumer: unknown command \"" + args[0] + "\"; usage: java -jar consumer.jar "
                    + "[dead-letters list|show|requeue … | glossary-suggestions]");
            System.exit(2);
        }
        ProcessRunner.run("consumer", env -> {
            ConsumerConfig config = ConsumerConfig.from(env);
            env.check();
            return ConsumerApp.start(config);
        });
    }
}
