package faqbot.http;

import faqbot.dialog.ChatService;
import faqbot.search.LiveIndex;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How the server protects itself and its visitors, wired in two calls: {@link #configure} while Javalin is
 * configured, {@link #register} once it is created. Rate limits, load shedding, time limits, security headers,
 * request ids, JSON access logs, metrics, readiness and a draining stop.
 */
final class Hardening {

    static final int MAX_THREADS = 200;
    static final int MIN_THREADS = 8;

    private final HttpSettings settings;
    private final HttpMetrics metrics = new HttpMetrics();
    private final Routes routes = new Routes();
    private final RateLimits rateLimits;
    private final ConcurrencyLimit concurrency;
    private final RequestIds requestIds;
    private final BodyLimit bodies;
    private final ReadyController ready;
    private final QueuedThreadPool threads;
    private final WorkGate work = WorkGate.perProcessor();
    private final JvmGcMetrics gc = new JvmGcMetrics();

    Hardening(HttpSettings settings, LiveIndex index, ChatService chat, long maxBodyBytes, CorpusErrorsAtStart corpusErrors) {
        this.settings = settings;
        this.requestIds = new RequestIds(settings.trustedProxies());
        this.bodies = new BodyLimit(maxBodyBytes, settings.bodyTimeout(), metrics);
        this.rateLimits = new RateLimits(settings, metrics);
        this.concurrency = new ConcurrencyLimit(settings.maxConcurrentRequests(), metrics);
        this.ready = new ReadyController(index, chat, corpusErrors);
        this.threads = threadPool(settings.maxQueuedConnections());
        bindMeters(index);
    }

    /** Where chat and search answers wait for a processor. */
    WorkGate workGate() {
        return work;
    }

    /** CORS for the API, counting the requests it refuses. */
    OriginGuard originGuard(AllowedOrigins allowed) {
        return new OriginGuard(allowed, metrics);
    }

    ChatMetrics chatMetrics() {
        return new ChatMetrics(metrics.registry());
    }

    void configure(JavalinConfig config) {
        config.jetty.threadPool = threads;
        config.jetty.timeoutStatus = 408;
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(settings.drainTimeout().toMillis());
            server.setErrorHandler(new JsonErrorHandler());
            server.addEventListener(new ConnectionIdleTimeout(server, settings.requestTimeout()));
            server.addEventListener(new MalformedRequests(server));
        });
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
        config.jetty.modifyHttpConfiguration(http -> {
            // No per-request idle timeout: the connector's is the request timeout already (ConnectionIdleTimeout).
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        routes.listen(config);
        config.requestLogger.http((ctx, millis) -> {
            String route = routes.of(ctx);
            metrics.record(ctx, route, millis);
            AccessLog.log(ctx, route, millis);
        });
    }

    /**
     * The checks run in this order: the cheapest refusals first, and CORS before all of them so that the widget can
     * read every refusal. The body is read whole, within its deadline, before a work permit is taken: a slow client
     * holds a connection, never a place among the requests being worked on.
     */
    void register(Javalin app, OriginGuard origins) {
        app.before(requestIds::assign);
        app.before(SecurityHeaders::add);
        app.before("/api/*", origins::check);
        app.before(rateLimits::check);
        app.before(bodies::check);
        app.before(concurrency::enter);
        app.after(concurrency::leave);
        app.after(SecurityHeaders::addPagePolicy);
        app.after(SecurityHeaders::noCorsOnAdmin);
        app.get(Probes.READY, ready::get);
        app.get("/metrics", new MetricsController(metrics)::get);
        app.events(events -> {
            events.serverStopping(ready::stopping);
            events.serverStopped(this::close);
        });
    }

    private void bindMeters(LiveIndex index) {
        var registry = metrics.registry();
        List.of(new JvmMemoryMetrics(), gc, new JvmThreadMetrics(), new ClassLoaderMetrics(), new ProcessorMetrics(),
                new UptimeMetrics(), new FileDescriptorMetrics(), new IndexMetrics(index),
                new JettyServerThreadPoolMetrics(threads, List.of()))
                .forEach(binder -> binder.bindTo(registry));
        Gauge.builder("faqbot.work.waiting", work, WorkGate::waiting).strongReference(true)
                .description("Accepted chat and search requests waiting for a processor").register(registry);
    }

    /** Jetty's workers with a bounded queue: past it, new connections are refused rather than queued without end. */
    private static QueuedThreadPool threadPool(int maxQueued) {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, 60_000, -1,
                new ArrayBlockingQueue<>(maxQueued), null);
        pool.setName("faqbot-http");
        return pool;
    }

    private void close() {
        work.close();
        gc.close();
        metrics.close();
    }
}
