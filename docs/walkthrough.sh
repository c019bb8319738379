#!/usr/bin/env bash
# The README's walk-through as one script: one report from SUBMITTED to CLOSED through the gateway.
# Needs the running local platform (./minyi start), curl and jq.
set -euo pipefail
gw=${GATEWAY:-http://localhost:8080}
token() { curl -sf -u "$1:demo" -d grant_type=client_credentials "$gw/oauth2/token" | jq -r .access_token; }
call() { local who=$1 method=$2 path=$3; shift 3; curl -sf -X "$method" "$gw$path" -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }

STATION=$(token station-chengguan)
REVIEWER=$(token reviewer-economy)
OFFICE=$(token office)
LEADER=$(token leader)
VIEWER=$(token viewer)

echo "1. 联络站提交信息 — a liaison station submits"
ANSWER=$(call "$STATION" POST /api/reports -H "Idempotency-Key: walkthrough-$(date +%s)" -d '{
  "title": "关于城关镇农村客运班线停运影响群众出行的建议",
  "category": "DAILY_LIFE", "domain": "transport", "township": "chengguan", "authors": ["m0004"], "urgent": true,
  "situation": "今年以来，城关镇有3条农村客运班线因客流不足停运，沿线6个行政村群众出行困难。",
  "analysis": "班线运营补贴标准偏低，企业亏损退出。",
  "suggestions": "建议县交通运输局优化补贴机制，推行预约响应式公交，保障群众基本出行。"}')
jq -c . <<< "$ANSWER"
ID=$(jq -r .id <<< "$ANSWER")
sleep 2

echo "2. 分办到经济委员会 — routed to the economy committee's queue"
call "$REVIEWER" GET /api/review/queues/economy | jq -c --arg id "$ID" '.items[] | select(.reportId == $id)'

echo "3. 专委会认领并采用 — the committee claims and adopts"
call "$REVIEWER" POST "/api/review/reports/$ID/claim" | jq -c '{status}'
call "$REVIEWER" POST "/api/review/reports/$ID/decision" -d '{"decision": "ADOPT", "grade": "A", "comment": "反映问题具体，建议可行"}' | jq -c '{status}'

echo "4. 办公室报送领导 — the office sends it to the leaders"
call "$OFFICE" POST "/api/review/reports/$ID/send-to-leaders" | jq -c '{status}'
sleep 2

echo "5. 领导批示，交办两个单位 — a leader instructs a lead and a supporting unit"
DEADLINE=$(date -d '+30 days' +%F)
call "$LEADER" POST "/api/leadership/reports/$ID/instructions" -d "{
  \"leader\": \"县长 李明\", \"level\": \"COUNTY\", \"text\": \"请县交通运输局牵头研究，县财政局配合，一个月内拿出方案。\",
  \"units\": [{\"unit\": \"transport\", \"role\": \"LEAD\", \"deadline\": \"$DEADLINE\"},
             {\"unit\": \"finance\", \"role\": \"SUPPORT\", \"deadline\": \"$DEADLINE\"}]}" | jq -c '{status}'
sleep 2

echo "6. 承办单位反馈 — each unit feeds back on its own task"
for unit in transport finance; do
  UNIT=$(token "unit-$unit")
  TASK=$(call "$UNIT" GET "/api/handling/tasks?unit=$unit" | jq -r --arg id "$ID" '.items[] | select(.reportId == $id) | .id')
  call "$UNIT" POST "/api/handling/tasks/$TASK/feedback" -d '{"result": "A", "text": "已制定预约响应式公交方案并落实补贴。"}' | jq -c '{unit: "'$unit'", status}'
done
sleep 2

echo "7. 满意度评价，办公室办结 — the station rates, the office closes"
call "$STATION" POST "/api/handling/reports/$ID/satisfaction" -d '{"rating": "SATISFIED", "comment": "办理及时"}' | jq -c '{satisfaction}'
call "$OFFICE" POST "/api/handling/reports/$ID/close" | jq -c '{status}'
sleep 2

echo "8. 全过程 — the whole life, as the submitter sees it, and the dashboard"
call "$STATION" GET "/api/reports/$ID/timeline" | jq -c '.steps[] | [.sequence, .status, .actorRole]'
call "$VIEWER" GET /api/dashboard/summary | jq -c '{total, byStatus: (.byStatus | with_entries(select(.value > 0)))}'
