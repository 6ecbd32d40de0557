# syntax=docker/dockerfile:1

# Build: the Maven wrapper on a JDK. Tests are not run here (they need PostgreSQL or a
# Docker engine); run ./mvnw verify before building the image.
FROM eclipse-temurin:17-jdk AS build
RUN command -v curl >/dev/null || command -v wget >/dev/null \
	|| (apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*)
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
	./mvnw -B -ntp -DskipTests package \
	&& cp target/partnership-portal-*.jar /workspace/portal.jar

# Run: a JRE as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system portal && useradd --system --gid portal --home-dir /app --shell /usr/sbin/nologin portal \
	&& mkdir -p /app/data && chown -R portal:portal /app
WORKDIR /app
COPY --from=build --chown=portal:portal /workspace/portal.jar /app/portal.jar
USER portal
# Only used when PORTAL_DB_URL is not set (embedded PostgreSQL); compose sets it.
ENV PORTAL_DATA_DIR=/app/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
