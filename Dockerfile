# faqbot in a container: built from source in a Maven stage, run on a JRE 17 as a non-root user.
#   docker build -t faqbot .            (or: podman build -t faqbot .)
#   docker run -p 8080:8080 -e FAQBOT_CONVERSATION_SECRET="$(openssl rand -hex 32)" -v faqbot-index:/srv/faqbot/index faqbot
# Not yet run in a container engine: see docs/operations-deploy.md ("What was tested").

FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so editing the code does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY web web
RUN mvn -B -q -o package -DskipTests

FROM eclipse-temurin:17-jre
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
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null http://127.0.0.1:8080/api/ready || exit 1
# SIGTERM (docker stop) drains requests in flight for up to --drain-timeout seconds; the JVM then exits with 143.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/faqbot/faqbot.jar"]
CMD ["serve", "--corpus", "/srv/faqbot/corpus", "--index", "/srv/faqbot/index", "--port", "8080"]
