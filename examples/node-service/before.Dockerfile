# A Node/TypeScript service as it is often first written.
ARG NODE_IMAGE=node:22
FROM ${NODE_IMAGE}
WORKDIR /app
# Copying everything before installing: any source change reinstalls every dependency.
COPY . .
# The npm cache and the compiler (a dev dependency) stay in the image.
RUN npm install && npm run build
CMD ["node", "dist/server.js"]
