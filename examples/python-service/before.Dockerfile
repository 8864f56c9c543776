# A Python service with a compiler "in case a wheel needs building", and apt's lists left behind.
ARG PYTHON_IMAGE=python:3.12-slim
FROM ${PYTHON_IMAGE}
RUN apt-get update
RUN apt-get install -y build-essential
COPY . /srv
WORKDIR /srv
CMD ["python3", "app/main.py"]
