# A Go service shipped in the image it was compiled in.
ARG GO_IMAGE=golang:1.23
FROM ${GO_IMAGE}
WORKDIR /src
COPY . .
# The compiler, the module and build caches all ship with the binary.
RUN go build -o /usr/local/bin/server .
CMD ["server"]
