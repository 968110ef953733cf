# faqbot in a container: built from source in a Maven stage, run on a JRE 17 as a non-root user.
#   docker build -t faqbot .            (or: podman build -t faqbot .)
#   docker run -p 8080:8080 -e FAQBOT_CONVERSATION_SECRET="$(openssl rand -hex 32)" -v faqbot-index:/srv/faqbot/index faqbot
# The base images can be replaced (--build-arg BUILD_IMAGE=... RUN_IMAGE=...), e.g. by local stand-ins on a machine
# that cannot pull: see docs/operations-deploy.md ("What was tested").

ARG BUILD_IMAGE=maven:3-eclipse-temurin-17
ARG RUN_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
# Dependencies first, so editing the code does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY web web
RUN mvn -B -q -o package -DskipTests

FROM ${RUN_IMAGE}
RUN groupadd --system faqbot && useradd --system --gid faqbot --home-dir /srv/faqbot --no-create-home faqbot \
    && mkdir -p /srv/faqbot/index && chown faqbot:faqbot /srv/faqbot/index
WORKDIR /srv/faqbot
COPY --from=build /src/target/faqbot.jar /opt/faqbot/faqbot.jar
# The bundled example content; mount your own over it (read-only is enough: only reindex reads it).
COPY corpus /srv/faqbot/corpus
USER faqbot
# Generations, CURRENT and (without FAQBOT_CONVERSATION_SECRET) the generated conversation secret live here.
VOLUME /srv/faqbot/index
EXPOSE 8080
# Give replicas one secret so a conversation can move between them: -e FAQBOT_CONVERSATION_SECRET=... at run time,
# never baked into the image.
# bash's /dev/tcp, not curl: newer eclipse-temurin images leave curl out (it was only ever a build tool of theirs).
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /api/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# SIGTERM (docker stop) drains requests in flight for up to --drain-timeout seconds; the JVM then exits with 143.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/faqbot/faqbot.jar"]
CMD ["serve", "--corpus", "/srv/faqbot/corpus", "--index", "/srv/faqbot/index", "--port", "8080"]
