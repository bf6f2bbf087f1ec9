# syntax=docker/dockerfile:1
#
# The pybp tools image: the pinned Python tools (mypy, black, flake8, pip-audit), hadolint, Node
# and pybp itself. Two uses:
#   docker run --rm -v "$PWD:/src:ro" IMAGE check /src      # the Docker-based CI step
#   runner: docker                                          # the action runs tools in it
# Every base is pinned by tag and digest; bump tag and digest together.

FROM ghcr.io/hadolint/hadolint:v2.14.0-debian@sha256:158cd0184dcaa18bd8ec20b61f4c1cabdf8b32a592d062f57bdcb8e4c1d312e2 AS hadolint

FROM node:24-slim@sha256:a9f5f7c91a432850b2a8a7797adf5eadb6c733ceed61167806cee7ea7fbc29df AS node

FROM python:3.12-slim@sha256:78387bc3881b8273120a12ebe6c1ab22b018ccc2c9adf565ae1ac9b536e184ea

LABEL org.opencontainers.image.title="pybp" \
      org.opencontainers.image.description="Python best-practices checks: mypy, black, flake8, pip-audit, hadolint and pybp's pattern rules" \
      org.opencontainers.image.licenses="MIT"

# PYBP_IN_IMAGE tells pybp's `runner: auto` that the tools are right here. pip's cache stays on
# at run time (pip-audit resolves requirements with pip; the docker runner mounts a cache folder).
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    PYBP_IN_IMAGE=1

COPY docker/requirements-tools.txt /opt/pybp/requirements-tools.txt
RUN pip install --no-cache-dir --requirement /opt/pybp/requirements-tools.txt \
 && useradd --no-log-init --create-home --uid 10001 --user-group --shell /usr/sbin/nologin pybp

# Static hadolint binary; Node's binary needs only glibc and libstdc++, both in the slim base.
COPY --from=hadolint /bin/hadolint /usr/local/bin/hadolint
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY dist/ /opt/pybp/dist/

USER 10001:10001
WORKDIR /src

# A command-line tool, not a service: it runs one check and exits, so there is nothing to probe.
# Saying so explicitly also keeps a HEALTHCHECK from being inherited from a base image.
HEALTHCHECK NONE

ENTRYPOINT ["node", "/opt/pybp/dist/cli.js"]
CMD ["check", "/src"]
