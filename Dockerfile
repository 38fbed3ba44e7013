# Hallyu Search: build the shaded jar with Maven, run it on a JRE as a non-root user.
#
#   docker build -t hallyu-search .
#   docker run -d -p 7070:7070 -v hallyu-index:/app/index-data hallyu-search
#
# See docs/docker.md for the volume, the environment variables and shutdown.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies and plugins in their own layer: it is rebuilt only when pom.xml changes.
# Packaging an empty source tree resolves exactly what the real package step below needs.
COPY pom.xml .
RUN mvn -B -q -DskipTests package && rm -rf target

COPY src ./src
RUN mvn -B -q -DskipTests package


FROM eclipse-temurin:17-jre

# A fixed uid/gid, so files in the index volume have a stable owner across image versions.
ARG APP_UID=10001
RUN groupadd --system --gid "${APP_UID}" hallyu \
 && useradd --system --uid "${APP_UID}" --gid hallyu --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin hallyu \
 && mkdir -p /app/index-data \
 && chown hallyu:hallyu /app/index-data

WORKDIR /app
COPY --from=build /build/target/hallyu-search.jar /app/hallyu-search.jar

# The index. A new named volume is created from this directory, so it starts owned by hallyu;
# an empty index gets the bundled sample corpus on first start.
ENV HALLYU_INDEX_DIR=/app/index-data
VOLUME ["/app/index-data"]

ENV PORT=7070
EXPOSE 7070

# Extra JVM flags. The heap defaults to 75% of the container's memory limit; a later
# -XX:MaxRAMPercentage or -Xmx in JAVA_OPTS wins over that default.
ENV JAVA_OPTS=""

USER hallyu

# The health probe is the jar's own `health` subcommand (GET 127.0.0.1:$PORT/health), so it
# needs neither curl nor wget in the image. A small serial-GC JVM keeps each probe cheap.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["java", "-XX:+UseSerialGC", "-Xmx32m", "-XX:TieredStopAtLevel=1", "-jar", "/app/hallyu-search.jar", "health"]

# `exec` replaces the shell, so java is PID 1 and receives docker stop's SIGTERM directly: its
# shutdown hook stops the HTTP server and commits and closes the index.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/bin/sh", "-c", "exec java -XX:MaxRAMPercentage=75 $JAVA_OPTS -jar /app/hallyu-search.jar \"$@\"", "hallyu-search"]
CMD ["serve"]
