# The binary alone, static, on an empty base.
ARG GO_IMAGE=golang:1.23
FROM ${GO_IMAGE} AS build
WORKDIR /src
COPY go.mod ./
COPY *.go ./
RUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -ldflags='-s -w' -o /out/server .

FROM scratch
COPY --from=build /out/server /server
USER 65532:65532
ENTRYPOINT ["/server"]
