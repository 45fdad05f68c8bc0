# One image for every banksync service (CLI subcommands) plus the Flink job jar.
# Build: docker build -t banksync:0.1.0 .
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests install

FROM eclipse-temurin:17.0.16_8-jre
RUN useradd --system --home /opt/banksync banksync && apt-get update \
    && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/banksync
COPY --from=build /src/app/target/banksync.jar /opt/banksync/banksync.jar
COPY --from=build /src/app/target/lib /opt/banksync/lib
COPY --from=build /src/stream-jobs/target/banksync-insights-job.jar /opt/banksync/jobs/banksync-insights-job.jar
# The categoriser's training corpus, for the scheduler's nightly retraining (BANKSYNC_ML_CORPUSDIR).
COPY --from=build /src/ml-models/data/corpus /opt/banksync/ml-corpus
USER banksync
ENTRYPOINT ["java", "-jar", "/opt/banksync/banksync.jar"]
CMD ["--help"]
