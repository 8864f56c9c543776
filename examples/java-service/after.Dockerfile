# Compile with the JDK; run on a JRE with nothing but the jar.
ARG JDK_IMAGE=eclipse-temurin:21-jdk
ARG JRE_IMAGE=eclipse-temurin:21-jre
FROM ${JDK_IMAGE} AS build
WORKDIR /build
COPY src ./src
RUN mkdir -p classes && javac -d classes src/main/java/example/Main.java && jar --create --file app.jar --main-class example.Main -C classes .

FROM ${JRE_IMAGE}
WORKDIR /app
COPY --from=build /build/app.jar ./
USER 1000:1000
CMD ["java", "-jar", "app.jar"]
