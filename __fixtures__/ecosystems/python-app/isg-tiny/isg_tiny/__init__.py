"""A tiny project installed by pip from a local folder."""

GREETING = "hello from isg-tiny"
