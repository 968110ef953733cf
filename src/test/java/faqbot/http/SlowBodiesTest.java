package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A slow body holds a connection, never a place among the requests being worked on, and never for longer than the
 * body timeout, however steadily its bytes trickle in. Real server, real sockets.
 */
class SlowBodiesTest {

    private static final int TRICKLERS = 16;
    private static final String QUESTION = "{\"message\": \"what is kyphoplasty?\"}";
    private static final String HEAD = "POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Content-Length: 100\r\n\r\n";

    @Test
    void sixteenTricklingBodiesFromOneAddressLeaveOtherVisitorsAnsweredAndAre408AfterTheBodyTimeout() throws Exception {
        // The default rate limit and 16 permits; a byte every 200 ms never lets the 2 s idle timeout fire.
        HttpSettings settings = HttpSettings.defaults().withRequestTimeout(Duration.ofSeconds(2));
        try (HardenedServer server = HardenedServer.start(settings)) {
            int idle = server.busyThreads();
            try (Tricklers tricklers = Tricklers.open(server.port(), TRICKLERS)) {
                awaitBusyThreads(server, idle + TRICKLERS);

                HttpResponse<String> other = server.chat(QUESTION);

                assertThat(other.statusCode()).isEqualTo(200);
                assertThat(other.body()).contains("\"answer\"");
                assertThat(tricklers.answers()).hasSize(TRICKLERS).allSatisfy(answer -> {
                    assertThat(answer.text).startsWith("HTTP/1.1 408").contains("\"code\":\"request_timeout\"");
                    assertThat(answer.after).isLessThan(settings.bodyTimeout().plusSeconds(3));
                });
            }
        }
    }

    @Test
    void aBodyThatArrivesInPiecesWithinTheBodyTimeoutIsAnswered() throws Exception {
        try (HardenedServer server = HardenedServer.start(HttpSettings.defaults().withRequestTimeout(Duration.ofSeconds(2)));
                Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            byte[] body = QUESTION.getBytes(StandardCharsets.UTF_8);
            out.write(("POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int at = 0; at < body.length; at += 10) {
                out.write(body, at, Math.min(10, body.length - at));
                out.flush();
            }
            assertThat(HardenedServer.readAll(socket.getInputStream())).startsWith("HTTP/1.1 200").contains("\"answer\"");
        }
    }

    /** A bounded wait for the server to be reading every trickling body (each holds one of Jetty's threads). */
    private static void awaitBusyThreads(HardenedServer server, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.busyThreads() < atLeast) {
            assertThat(System.nanoTime()).as("the server took up the trickling requests").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private record Answer(String text, Duration after) {}

    /** Connections that each send a chat request's head and then one byte of its body every 200 ms, as an attacker would. */
    private static final class Tricklers implements AutoCloseable {
        private final List<Socket> sockets = new ArrayList<>();
        private final List<CompletableFuture<Answer>> answers = new ArrayList<>();
        private final Thread trickle = new Thread(this::trickle, "trickler");
        private final ExecutorService readers = Executors.newCachedThreadPool();
        private volatile boolean stopped;

        static Tricklers open(int port, int count) throws IOException {
            Tricklers tricklers = new Tricklers();
            for (int i = 0; i < count; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.setSoTimeout(15_000);
                long opened = System.nanoTime();
                socket.getOutputStream().write((HEAD + "{\"message\": \"").getBytes(StandardCharsets.US_ASCII));
                tricklers.sockets.add(socket);
                tricklers.answers.add(CompletableFuture.supplyAsync(() -> new Answer(read(socket),
                        Duration.ofNanos(System.nanoTime() - opened)), tricklers.readers));
            }
            tricklers.trickle.setDaemon(true);
            tricklers.trickle.start();
            return tricklers;
        }

        List<Answer> answers() {
            return answers.stream().map(CompletableFuture::join).toList();
        }

        private void trickle() {
            for (int sent = 0; sent < 80 && !stopped; sent++) {
                for (Socket socket : sockets) {
                    try {
                        socket.getOutputStream().write('a');
                    } catch (IOException answeredAndClosed) {
                        // this one is done
                    }
                }
                try {
                    Thread.sleep(200); // the attack's pace, not a wait for a result
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static String read(Socket socket) {
            try {
                return HardenedServer.readAll(socket.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            stopped = true;
            readers.shutdownNow();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
