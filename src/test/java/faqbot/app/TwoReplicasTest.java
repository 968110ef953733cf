package faqbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.dialog.ConversationState;
import faqbot.dialog.ConversationTokens;
import faqbot.dialog.DialogSettings;
import faqbot.http.FaqbotApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scaling out: replicas are independent servers, each on its own copy of one index generation, sharing only the
 * conversation secret. A conversation whose turns alternate between two of them is answered exactly as by one.
 */
class TwoReplicasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String SECRET = "the-secret-every-replica-is-configured-with";
    private static final List<String> CONVERSATION = List.of(
            "my doctor mentioned vertebroplasty", "how long is the recovery?", "is the balloon version better?", "how much does it cost?");

    private final List<Javalin> servers = new ArrayList<>();
    private final List<Faqbot> bots = new ArrayList<>();

    @TempDir
    Path dir;

    @Test
    void aConversationAlternatingBetweenTwoReplicasIsAnsweredAsByOneServer() throws Exception {
        Path built = buildOnce();
        String one = start(copyOf(built, "single"), SECRET);
        String replicaA = start(copyOf(built, "replica-a"), SECRET);
        String replicaB = start(copyOf(built, "replica-b"), SECRET);

        List<ObjectNode> onOneServer = converse(List.of(one));
        List<ObjectNode> alternating = converse(List.of(replicaA, replicaB));

        assertThat(alternating).isEqualTo(onOneServer);
        assertThat(onOneServer.get(1).get("type").asText()).isEqualTo("answer");
    }

    @Test
    void aReplicaReadsAnotherReplicasTokenOnlyWithTheSameSecret() {
        ConversationTokens replicaA = new ConversationTokens(SECRET.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        ConversationTokens replicaB = new ConversationTokens(SECRET.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        ConversationTokens stranger = new ConversationTokens("another-replica-set-s-own-secret".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        String token = replicaA.encode(new ConversationState(List.of("vertebroplasty"), List.of(), "", 1, false, 0));

        assertThat(replicaB.decode(token)).isPresent();
        assertThat(stranger.decode(token)).isEmpty();
    }

    /** `reindex` once, on the machine that builds. */
    private Path buildOnce() throws Exception {
        Path index = dir.resolve("built");
        Faqbot.indexer(Path.of("corpus"), index).rebuild();
        return index;
    }

    /** What an operator copies to each replica: the index directory (its generation and CURRENT). */
    private Path copyOf(Path index, String replica) throws IOException {
        Path target = dir.resolve(replica);
        try (Stream<Path> files = Files.walk(index)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(index.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (!f.getFileName().toString().startsWith("conversation-secret")) {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }

    private String start(Path index, String secret) throws Exception {
        Faqbot bot = Faqbot.openBuilt(dir.resolve("no-corpus-on-replicas"), index, DialogSettings.defaults(), secret);
        Javalin server = FaqbotApp.create(bot.chat(), bot.index()).start("127.0.0.1", 0);
        bots.add(bot);
        servers.add(server);
        return "http://127.0.0.1:" + server.port();
    }

    /** The replies of the conversation, turn i sent to server i mod n, each turn echoing the previous token. */
    private List<ObjectNode> converse(List<String> servers) throws Exception {
        List<ObjectNode> replies = new ArrayList<>();
        String token = null;
        for (int turn = 0; turn < CONVERSATION.size(); turn++) {
            ObjectNode request = JSON.createObjectNode().put("message", CONVERSATION.get(turn)).put("conversation", token);
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(servers.get(turn % servers.size()) + "/api/chat"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(), HttpResponse.BodyHandlers.ofString());
            ObjectNode reply = (ObjectNode) JSON.readTree(response.body());
            token = reply.remove("conversation").asText();
            replies.add(reply);
        }
        return replies;
    }

    @AfterEach
    void stop() {
        servers.forEach(Javalin::stop);
        bots.forEach(Faqbot::close);
    }
}
