# A Java service run from the JDK it was compiled with.
ARG JDK_IMAGE=eclipse-temurin:21-jdk
FROM ${JDK_IMAGE}
WORKDIR /app
COPY . .
RUN mkdir -p classes && javac -d classes src/main/java/example/Main.java && jar --create --file app.jar --main-class example.Main -C classes .
CMD ["java", "-jar", "app.jar"]
