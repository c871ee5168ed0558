#!/usr/bin/env bash
#
# The Zhiban review-log Fabric network (审查日志锚定网络).
#
#   ./network.sh up       crypto material (cryptogen), CA, orderer, peer + CouchDB, channel "zhiban"
#   ./network.sh deploy   build ledger/chaincode, install and commit it as chaincode "reviewlog", start it
#   ./network.sh down     stop everything and delete the generated material and ledger data
#
# Settings (environment): CHANNEL (zhiban), CHAINCODE (reviewlog), CC_VERSION (1.0),
# SKIP_BUILD=1 to deploy an already built ledger/chaincode/target/chaincode.jar.
# Written from the Fabric 2.5 test-network conventions; not exercised in CI (see README.md).

set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "${HERE}/../.." && pwd)"
CHANNEL="${CHANNEL:-zhiban}"
CHAINCODE="${CHAINCODE:-reviewlog}"
CC_VERSION="${CC_VERSION:-1.0}"

ORDERER_ADDRESS=orderer.zhiban.local:7050
ORDERER_ADMIN_ADDRESS=orderer.zhiban.local:7053
ORDERER_TLS=/organizations/ordererOrganizations/zhiban.local/orderers/orderer.zhiban.local/tls
PEER_ADDRESS=peer0.org1.zhiban.local:7051
PEER_TLS_CA=/organizations/peerOrganizations/org1.zhiban.local/peers/peer0.org1.zhiban.local/tls/ca.crt

log() { printf '\n== %s\n' "$*"; }
fail() { printf 'network.sh: %s\n' "$*" >&2; exit 1; }

compose() { docker compose --project-directory "${HERE}" -f "${HERE}/compose.yaml" "$@"; }

# Runs one command in a throwaway fabric-tools container on the network's Docker network.
tools() { compose --profile tools run --rm -T tools "$@"; }

# Retries a command a few times: containers take a moment before they accept connections.
retry() {
  local attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if "$@"; then return 0; fi
    printf '   not yet (attempt %s), retrying in 3s\n' "${attempt}" >&2
    sleep 3
  done
  fail "gave up: $*"
}

require_docker() {
  command -v docker >/dev/null || fail "docker is not installed"
  docker compose version >/dev/null 2>&1 || fail "the docker compose plugin is not installed"
}

generate_crypto() {
  if [[ -d "${HERE}/organizations/peerOrganizations" ]]; then
    log "Crypto material exists in organizations/ (./network.sh down removes it)"
    return
  fi
  log "Generating crypto material with cryptogen"
  mkdir -p "${HERE}/organizations" "${HERE}/channel-artifacts" "${HERE}/build"
  tools cryptogen generate --config=/config/crypto-config.yaml --output=/organizations
}

start_nodes() {
  log "Starting CA, orderer, CouchDB and peer"
  compose up -d ca.org1.zhiban.local orderer.zhiban.local couchdb peer0.org1.zhiban.local
}

create_channel() {
  retry tools peer channel list >/dev/null # waits until the peer answers
  if tools peer channel list 2>/dev/null | grep -qx "${CHANNEL}"; then
    log "Peer already joined channel ${CHANNEL}"
    return
  fi
  log "Creating channel ${CHANNEL}"
  if [[ ! -f "${HERE}/channel-artifacts/${CHANNEL}.block" ]]; then
    tools configtxgen -configPath /config -profile ZhibanChannel \
      -outputBlock "/channel-artifacts/${CHANNEL}.block" -channelID "${CHANNEL}"
  fi
  if ! orderer_has_channel; then
    retry orderer_join_channel
  fi
  retry tools peer channel join -b "/channel-artifacts/${CHANNEL}.block"
}

# osnadmin prints the HTTP status of the admin call; the status, not the exit code, tells whether it worked.
orderer_has_channel() {
  tools osnadmin channel list --channelID "${CHANNEL}" -o "${ORDERER_ADMIN_ADDRESS}" \
    --ca-file "${ORDERER_TLS}/ca.crt" --client-cert "${ORDERER_TLS}/server.crt" --client-key "${ORDERER_TLS}/server.key" \
    2>/dev/null | grep -q "Status: 200"
}

orderer_join_channel() {
  tools osnadmin channel join --channelID "${CHANNEL}" --config-block "/channel-artifacts/${CHANNEL}.block" \
    -o "${ORDERER_ADMIN_ADDRESS}" \
    --ca-file "${ORDERER_TLS}/ca.crt" --client-cert "${ORDERER_TLS}/server.crt" --client-key "${ORDERER_TLS}/server.key" \
    | tee /dev/stderr | grep -q "Status: 201"
}

# The containers write as root; hand the generated files to the user who runs the application.
give_files_to_user() {
  tools chown -R "$(id -u):$(id -g)" /organizations /channel-artifacts /build
}

build_chaincode() {
  if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
    log "Building ledger/chaincode"
    (cd "${REPO}" && ./mvnw -B -q -pl ledger/chaincode -am package -DskipTests)
  fi
  [[ -f "${REPO}/ledger/chaincode/target/chaincode.jar" ]] || fail "ledger/chaincode/target/chaincode.jar is missing"
  mkdir -p "${HERE}/build"
  cp "${REPO}/ledger/chaincode/target/chaincode.jar" "${HERE}/build/chaincode.jar"
}

# A chaincode-as-a-service package: the peer's ccaas_builder only needs to know where the chaincode listens.
package_chaincode() {
  local work="${HERE}/build/package"
  rm -rf "${work}" && mkdir -p "${work}"
  cat > "${work}/connection.json" <<JSON
{"address": "reviewlog.org1.zhiban.local:9999", "dial_timeout": "10s", "tls_required": false}
JSON
  cat > "${work}/metadata.json" <<JSON
{"type": "ccaas", "label": "${CHAINCODE}_${CC_VERSION}"}
JSON
  tar -C "${work}" -czf "${work}/code.tar.gz" connection.json
  tar -C "${work}" -czf "${HERE}/build/${CHAINCODE}.tar.gz" metadata.json code.tar.gz
}

install_chaincode() {
  local package_id
  package_id="$(tools peer lifecycle chaincode calculatepackageid "/build/${CHAINCODE}.tar.gz" | tr -d '\r')"
  if tools peer lifecycle chaincode queryinstalled | grep -q "Package ID: ${package_id},"; then
    log "Chaincode package ${package_id} is already installed" >&2
  else
    log "Installing chaincode package ${package_id}" >&2
    tools peer lifecycle chaincode install "/build/${CHAINCODE}.tar.gz" >&2
  fi
  printf '%s' "${package_id}"
}

start_chaincode_server() {
  local package_id="$1"
  log "Starting the chaincode server for ${package_id}"
  printf 'REVIEWLOG_PACKAGE_ID=%s\n' "${package_id}" > "${HERE}/.env"
  compose --profile chaincode up -d --force-recreate reviewlog.org1.zhiban.local
}

commit_chaincode_definition() {
  local package_id="$1"
  if tools peer lifecycle chaincode querycommitted --channelID "${CHANNEL}" --name "${CHAINCODE}" >/dev/null 2>&1; then
    # The ccaas package holds only the address, so a new jar keeps the package id: restarting the server is enough.
    log "Chaincode ${CHAINCODE} is already defined on ${CHANNEL}; the restarted server runs the new jar"
    return
  fi
  log "Approving and committing chaincode ${CHAINCODE} ${CC_VERSION} on ${CHANNEL}"
  tools peer lifecycle chaincode approveformyorg -o "${ORDERER_ADDRESS}" \
    --ordererTLSHostnameOverride orderer.zhiban.local --tls --cafile "${ORDERER_TLS}/ca.crt" \
    --channelID "${CHANNEL}" --name "${CHAINCODE}" --version "${CC_VERSION}" \
    --package-id "${package_id}" --sequence 1
  tools peer lifecycle chaincode commit -o "${ORDERER_ADDRESS}" \
    --ordererTLSHostnameOverride orderer.zhiban.local --tls --cafile "${ORDERER_TLS}/ca.crt" \
    --channelID "${CHANNEL}" --name "${CHAINCODE}" --version "${CC_VERSION}" --sequence 1 \
    --peerAddresses "${PEER_ADDRESS}" --tlsRootCertFiles "${PEER_TLS_CA}"
}

smoke_test() {
  log "Querying the chaincode (an empty answer means: reachable, nothing anchored at that size)"
  retry tools peer chaincode query -C "${CHANNEL}" -n "${CHAINCODE}" \
    -c '{"Args":["queryBySize","network.sh/smoke-test","1"]}'
}

up() {
  require_docker
  generate_crypto
  start_nodes
  create_channel
  give_files_to_user
  log "Network is up. Next: ./network.sh deploy"
}

deploy() {
  require_docker
  [[ -d "${HERE}/organizations/peerOrganizations" ]] || fail "the network is not up; run ./network.sh up first"
  build_chaincode
  package_chaincode
  local package_id
  package_id="$(install_chaincode)"
  start_chaincode_server "${package_id}"
  commit_chaincode_definition "${package_id}"
  smoke_test
  log "Chaincode ${CHAINCODE} is ready on channel ${CHANNEL}. Application settings: see README.md"
}

down() {
  require_docker
  log "Stopping the network and deleting its data"
  if [[ -d "${HERE}/organizations" ]]; then
    tools sh -c 'rm -rf /organizations/* /channel-artifacts/* /build/*' || true
  fi
  compose --profile chaincode --profile tools down --volumes --remove-orphans
  rm -rf "${HERE}/organizations" "${HERE}/channel-artifacts" "${HERE}/build" "${HERE}/.env"
}

case "${1:-}" in
  up) up ;;
  deploy) deploy ;;
  down) down ;;
  *) printf 'Usage: %s up|deploy|down\n' "$0" >&2; exit 2 ;;
esac
