# Only what the service runs with; apt's lists are removed in the same RUN that made them.
ARG PYTHON_IMAGE=python:3.12-slim
FROM ${PYTHON_IMAGE}
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
COPY app /srv/app
WORKDIR /srv
USER 1000:1000
CMD ["python3", "app/main.py"]
