#!/bin/bash
# Creates Minyi's Kafka topics from a topic plan, or grows them to it. Safe to run again and again: the
# plan is authoritative for partitions (only ever increased; Kafka cannot remove partitions),
# min.insync.replicas and retention.ms. Used by the `topics` service of docker-compose.yml and by the
# Kubernetes Job `minyi-topics`; runs in the apache/kafka image.
#
# The plan file has one topic a line, "<topic> <partitions>"; '#' starts a comment.
# Environment:
#   BOOTSTRAP            Kafka bootstrap servers (required)
#   PLAN                 the plan file (required)
#   REPLICATION_FACTOR   replicas of each new topic (default 1)
#   MIN_INSYNC_REPLICAS  min.insync.replicas of each topic (default 1; producers write with acks=all)
#   RETENTION_MS         retention.ms of each topic (default 30 days: enough to rebuild a restored
#                        service's database from the topics, see docs/operations.md)
#   EXPECTED_BROKERS     brokers that must answer before topics are created (default REPLICATION_FACTOR)
set -euo pipefail

bin="${KAFKA_BIN:-/opt/kafka/bin}"
bootstrap="${BOOTSTRAP:?BOOTSTRAP: the Kafka bootstrap servers}"
plan="${PLAN:?PLAN: the topic plan file}"
replicas="${REPLICATION_FACTOR:-1}"
min_isr="${MIN_INSYNC_REPLICAS:-1}"
retention="${RETENTION_MS:-2592000000}"
brokers="${EXPECTED_BROKERS:-$replicas}"

# A replication factor of n needs n registered brokers; on a fresh cluster they join one by one.
seen=0
for _ in $(seq 1 60); do
  seen=$("$bin/kafka-broker-api-versions.sh" --bootstrap-server "$bootstrap" </dev/null 2>/dev/null \
           | grep -c '(id: ' || true)
  if (( seen >= brokers )); then break; fi
  echo "waiting for ${brokers} broker(s) at ${bootstrap}: ${seen} answer"
  sleep 5
done
if (( seen < brokers )); then
  echo "only ${seen} of ${brokers} brokers answer at ${bootstrap}" >&2
  exit 1
fi

while read -r topic partitions _; do
  case "${topic}" in ''|'#'*) continue ;; esac
  description=$("$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --describe --topic "$topic" \
                  </dev/null 2>/dev/null || true)
  current=$(sed -n 's/.*PartitionCount: *\([0-9][0-9]*\).*/\1/p' <<<"$description" | head -n 1)
  if [[ -z "${current}" ]]; then
    "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$topic" \
      --partitions "$partitions" --replication-factor "$replicas" \
      --config "min.insync.replicas=${min_isr}" --config "retention.ms=${retention}" </dev/null
    echo "created ${topic}: ${partitions} partitions, ${replicas} replicas"
  else
    if (( current < partitions )); then
      "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --alter --topic "$topic" \
        --partitions "$partitions" </dev/null
      echo "grew ${topic}: ${current} -> ${partitions} partitions"
    elif (( current > partitions )); then
      echo "kept ${topic}: ${current} partitions, more than the plan's ${partitions} (never reduced)"
    else
      echo "kept ${topic}: ${current} partitions"
    fi
    factor=$(sed -n 's/.*ReplicationFactor: *\([0-9][0-9]*\).*/\1/p' <<<"$description" | head -n 1)
    if [[ -n "${factor}" ]] && (( factor < replicas )); then
      echo "warning: ${topic} has ${factor} replicas, fewer than ${replicas};" \
           "raise it with kafka-reassign-partitions.sh (docs/operations.md)" >&2
    fi
    "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --alter --entity-type topics \
      --entity-name "$topic" \
      --add-config "min.insync.replicas=${min_isr},retention.ms=${retention}" </dev/null >/dev/null
  fi
done < "$plan"
echo "topic plan ${plan} applied"
