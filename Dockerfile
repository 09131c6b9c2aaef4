# Builds the runnable jar, then runs it with application.properties and routes/ mounted from outside:
#   docker build -t edusign-connector .
#   docker run -p 8080:8080 -v "$PWD/application.properties:/config/application.properties:ro" \
#     -v "$PWD/routes:/config/routes:ro" -v connector-data:/var/lib/edusign-connector \
#     -e ACME_EDUSIGN_API_KEY=... edusign-connector
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# The H2 default (jdbc:h2:file:./data/connector) is relative to the configuration directory /config:
# /config/data leads into the volume, where the state has always been.
RUN useradd --system --home-dir /var/lib/edusign-connector connector \
    && mkdir -p /config /var/lib/edusign-connector/data && chown -R connector /var/lib/edusign-connector \
    && ln -s /var/lib/edusign-connector/data /config/data
COPY --from=build /src/target/edusign-connector.jar /opt/edusign-connector/edusign-connector.jar
USER connector
WORKDIR /var/lib/edusign-connector
VOLUME ["/var/lib/edusign-connector"]
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/edusign-connector/edusign-connector.jar", "--config-dir", "/config"]
