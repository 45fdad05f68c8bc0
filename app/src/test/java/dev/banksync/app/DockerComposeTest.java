package dev.banksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.banksync.core.config.BanksyncEnv;
import dev.banksync.stream.InsightsJobConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine here to run {@code docker-compose.yml}, so this keeps it in step with the code: it
 * parses (without duplicate keys), every dependency names a service that can meet its condition, images are
 * pinned, and every command a service gives banksync or the Flink job parses as the code's own CLI would parse it.
 */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");
    private static final String BANKSYNC_IMAGE = "banksync:";
    /** {@code ${VAR:-default}}: what compose substitutes from the host's environment. */
    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{[A-Z_]+:-([^}]*)}");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            Map<String, Object> compose = new Yaml(options).load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
        assertThat(services).as("services of %s", COMPOSE).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDependencyIsAServiceThatCanMeetItsCondition() {
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                assertThat(service).as("%s: an empty depends_on", name).doesNotContainKey("depends_on");
                return;
            }
            ((Map<String, Map<String, String>>) dependsOn).forEach((target, condition) -> {
                assertThat(services).as("%s depends on %s", name, target).containsKey(target);
                switch (condition.get("condition")) {
                    case "service_healthy" -> assertThat(services.get(target))
                            .as("%s waits for %s to be healthy: it needs a health check", name, target)
                            .containsKey("healthcheck");
                    case "service_completed_successfully" -> assertThat(services.get(target).get("restart"))
                            .as("%s waits for %s to complete: it must not restart", name, target).isEqualTo("no");
                    case "service_started" -> { }
                    default -> throw new AssertionError(name + ": unknown condition " + condition);
                }
            });
        });
    }

    @Test
    void everyLongRunningServiceHasAHealthCheck() {
        services.forEach((name, service) -> {
            if (!"no".equals(service.get("restart"))) {
                assertThat(service).as("%s runs until stopped: it needs a health check", name)
                        .containsKey("healthcheck");
            }
        });
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        services.forEach((name, service) -> assertThat((String) service.get("image")).as("%s's image", name)
                .matches("[\\w./-]+:\\d[\\w.-]*"));
    }

    @Test
    void everyBanksyncCommandParsesWithTheCli() {
        List<List<String>> commands = new ArrayList<>();
        services.forEach((name, service) -> {
            if (((String) service.get("image")).startsWith(BANKSYNC_IMAGE)) {
                commands.addAll(banksyncCommands(service.get("command")));
            }
        });

        assertThat(commands).extracting(c -> c.get(0))
                .contains("db", "scheduler", "connections", "api", "sandbox-bank");
        for (List<String> command : commands) {
            assertThatCode(() -> BanksyncCli.newCommandLine().parseArgs(command.toArray(String[]::new)))
                    .as("banksync %s", String.join(" ", command)).doesNotThrowAnyException();
        }
    }

    @Test
    void theFlinkJobsArgumentsParseWithTheJobsConfig() {
        String command = substituted((String) services.get("insights-job").get("command"));
        List<String> words = Arrays.asList(command.trim().split("\\s+"));
        assertThat(words.subList(0, 2)).containsExactly("flink", "run");
        List<String> jobArgs = words.subList(words.indexOf("/jobs/banksync-insights-job.jar") + 1, words.size());

        InsightsJobConfig config = InsightsJobConfig.parse(jobArgs.toArray(String[]::new), new BanksyncEnv(Map.of()));

        assertThat(config.kafkaBootstrap()).isEqualTo("kafka:19092");
        assertThat(config.db().user()).isEqualTo("banksync_stream");
        assertThat(config.parallelism()).isEqualTo(2);
    }

    /** The banksync argument lists of a service's command: a list, or a shell line of {@code java -jar} calls. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> banksyncCommands(Object command) {
        List<String> given = (List<String>) command;
        if (given.size() != 1 || !given.get(0).contains("java -jar banksync.jar")) {
            return List.of(given.stream().map(DockerComposeTest::substituted).toList());
        }
        List<List<String>> calls = new ArrayList<>();
        for (String call : given.get(0).split("&&")) {
            String args = call.trim().replaceFirst("^java -jar banksync\\.jar\\s+", "");
            assertThat(args).as("a shell call to banksync").isNotEqualTo(call.trim());
            calls.add(Arrays.asList(substituted(args).split("\\s+")));
        }
        return calls;
    }

    private static String substituted(String text) {
        Matcher m = SUBSTITUTION.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }
}
