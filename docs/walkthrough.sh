#!/usr/bin/env bash
# The README's walk-through as one script, through the gateway: one report from SUBMITTED to CLOSED — returned
# with the committee's reasons and revised, adopted, sent to two named leaders who both instruct (the second
# through the leaders' secretariat), released to the author, handled by three units reading their task and its
# 交办单 — and a second report transferred (转送) straight to the departments without the leaders.
# Needs the running local platform (./minyi start), curl and jq.
set -euo pipefail
gw=${GATEWAY:-http://localhost:8080}
token() { curl -sf -u "$1:demo" -d grant_type=client_credentials "$gw/oauth2/token" | jq -r .access_token; }
call() { local who=$1 method=$2 path=$3; shift 3; curl -sf -X "$method" "$gw$path" -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }
# until <seconds> <command…>: runs the command every half second until it succeeds (the services meet through
# Kafka, so a step another service takes shows there a moment later)
until_ok() { local end=$((SECONDS + $1)); shift; until "$@" > /dev/null 2>&1; do
  if ((SECONDS >= end)); then echo "gave up waiting for: $*" >&2; exit 1; fi; sleep 0.5; done; }
status_is() { [ "$(call "$1" GET "$2" | jq -r .status)" = "$3" ]; }
count_is() { [ "$(call "$1" GET "$2" | jq -r "$3")" = "$4" ]; }

STATION=$(token station-chengguan)
MEMBER=$(token member-m0004)
REVIEWER=$(token reviewer-economy)
OFFICE=$(token office)
COUNTY_HEAD=$(token leader-county-head)
SECRETARIAT=$(token leader)
VIEWER=$(token viewer)
DEADLINE=$(date -d '+30 days' +%F)
BODY='{
  "title": "关于城关镇农村客运班线停运影响群众出行的建议",
  "category": "DAILY_LIFE", "domain": "transport", "township": "chengguan", "authors": ["m0004"], "urgent": true,
  "situation": "今年以来，城关镇有3条农村客运班线因客流不足停运，沿线6个行政村群众出行困难。",
  "analysis": "班线运营补贴标准偏低，企业亏损退出。",
  "suggestions": "建议县交通运输局优化补贴机制，推行预约响应式公交，保障群众基本出行。"}'

echo "1. 联络站提交信息 — a liaison station submits"
ANSWER=$(call "$STATION" POST /api/reports -H "Idempotency-Key: walkthrough-$(date +%s%N)" -d "$BODY")
jq -c . <<< "$ANSWER"
ID=$(jq -r .id <<< "$ANSWER")

echo "2. 分办到经济委员会，审核人收到通知 — routed to the economy committee; its reviewers are told"
until_ok 30 status_is "$OFFICE" "/api/review/reports/$ID" ROUTED
call "$REVIEWER" GET /api/review/queues/economy | jq -c --arg id "$ID" '.items[] | select(.reportId == $id) | {trackingNumber, reviewDue, flags}'
until_ok 30 count_is "$REVIEWER" /api/notifications "[.items[] | select(.reportId == \"$ID\" and .kind == \"NEW_IN_QUEUE\")] | length" 1
call "$REVIEWER" GET /api/notifications | jq -c --arg id "$ID" '.items[] | select(.reportId == $id) | {kind, message}'

echo "3. 专委会退回修改并写明理由，作者看到修改意见 — the committee returns it with its reasons; the author reads them"
call "$REVIEWER" POST "/api/review/reports/$ID/claim" | jq -c '{status}'
call "$REVIEWER" POST "/api/review/reports/$ID/decision" -d '{"decision": "RETURN", "comment": "请补充停运班线涉及的人口数和现有补贴标准。"}' | jq -c '{status}'
until_ok 30 status_is "$MEMBER" "/api/reports/$ID" RETURNED
call "$MEMBER" GET "/api/reports/$ID" | jq -c '.review'

echo "4. 委员修改后重新提交，专委会采用 — the member revises; the committee adopts with a comment"
call "$MEMBER" PUT "/api/reports/$ID" -d "$(jq -c '.situation += "涉及人口约1.2万人，现行补贴标准为每车公里0.8元。"' <<< "$BODY")" | jq -c '{status, revision}'
until_ok 30 status_is "$OFFICE" "/api/review/reports/$ID" ROUTED
call "$REVIEWER" POST "/api/review/reports/$ID/claim" | jq -c '{status}'
call "$REVIEWER" POST "/api/review/reports/$ID/decision" -d '{"decision": "ADOPT", "grade": "A", "comment": "数据翔实，建议可行，拟报送领导。"}' | jq -c '{status}'

echo "5. 办公室报送县长和分管副县长 — the office sends it to the county head and a deputy head"
call "$OFFICE" POST "/api/review/reports/$ID/send-to-leaders" -d '{"leaders": ["county-head", "deputy-head-urban"]}' | jq -c '{status}'
until_ok 30 count_is "$COUNTY_HEAD" /api/leadership/inbox "[.items[] | select(.reportId == \"$ID\")] | length" 1
call "$COUNTY_HEAD" GET /api/leadership/inbox | jq -c --arg id "$ID" '.items[] | select(.reportId == $id) | {trackingNumber, title, leaders}'
echo "   县委书记的收件箱里没有 — not in the Party secretary's inbox: $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token leader-party-secretary)" "$gw/api/leadership/reports/$ID")"

echo "6. 县长批示，交办牵头和配合单位 — the county head instructs a lead and a supporting unit"
call "$COUNTY_HEAD" POST "/api/leadership/reports/$ID/instructions" -d "{
  \"text\": \"请县交通运输局牵头研究，县财政局配合，一个月内拿出方案。\",
  \"units\": [{\"unit\": \"transport\", \"role\": \"LEAD\", \"deadline\": \"$DEADLINE\"},
             {\"unit\": \"finance\", \"role\": \"SUPPORT\", \"deadline\": \"$DEADLINE\"}]}" | jq -c '{status}'
until_ok 30 count_is "$OFFICE" "/api/handling/reports/$ID" '.tasks | length' 2

echo "7. 秘书处代副县长录入第二个批示（交通局任务合并，住建局新增）— the secretariat records the deputy head's instruction"
call "$SECRETARIAT" POST "/api/leadership/reports/$ID/instructions" -d "{
  \"leader\": \"deputy-head-urban\", \"text\": \"请住建局配合交通运输局一并研究候车站点建设。\",
  \"units\": [{\"unit\": \"transport\", \"role\": \"LEAD\", \"deadline\": \"$DEADLINE\"},
             {\"unit\": \"housing-construction\", \"role\": \"SUPPORT\", \"deadline\": \"$DEADLINE\"}]}" | jq -c '{status}'
until_ok 30 count_is "$OFFICE" "/api/handling/reports/$ID" '.tasks | length' 3

echo "8. 办公室向作者公开县长批示 — the office releases the county head's instruction to the author"
INSTRUCTION=$(call "$OFFICE" GET "/api/leadership/reports/$ID" | jq -r '.instructions[] | select(.leader == "county-head") | .instructionId')
call "$OFFICE" POST "/api/leadership/reports/$ID/instructions/$INSTRUCTION/release" | jq -c --arg i "$INSTRUCTION" '.instructions[] | select(.instructionId == $i) | {leader, released}'

echo "9. 承办单位看到信息正文、批示和交办单，并反馈 — each unit reads its task, its 批示 and the 交办单, and feeds back"
for unit in transport finance housing-construction; do
  UNIT=$(token "unit-$unit")
  TASK=$(call "$UNIT" GET "/api/handling/tasks?unit=$unit" | jq -r --arg id "$ID" '.items[] | select(.reportId == $id) | .id')
  call "$UNIT" GET "/api/handling/tasks/$TASK" | jq -c '{unit, role, deadline, title: .report.title,
    basis: [.basis[] | "\(.leaderTitle) \(.leaderName)：\(.text)"], others: [.others[] | "\(.unit) \(.role)"]}'
  curl -sf -H "Authorization: Bearer $UNIT" "$gw/api/handling/tasks/$TASK/sheet" -o "/tmp/交办单-$unit.docx"
  echo "   交办单 /tmp/交办单-$unit.docx: $(stat -c %s "/tmp/交办单-$unit.docx") bytes"
  call "$UNIT" POST "/api/handling/tasks/$TASK/feedback" -d '{"result": "A", "text": "已制定预约响应式公交方案并落实补贴。"}' | jq -c '{unit: "'"$unit"'", status}'
done
until_ok 30 status_is "$OFFICE" "/api/handling/reports/$ID" HANDLED

echo "10. 满意度评价，办公室办结 — the station rates, the office closes"
call "$STATION" POST "/api/handling/reports/$ID/satisfaction" -d '{"rating": "SATISFIED", "comment": "办理及时"}' | jq -c '{satisfaction}'
call "$OFFICE" POST "/api/handling/reports/$ID/close" | jq -c '{status}'
until_ok 30 status_is "$MEMBER" "/api/reports/$ID" CLOSED

echo "11. 作者看到的全过程：审核意见、批示、各单位结果、每一步由谁办理 — what the author sees"
call "$MEMBER" GET "/api/reports/$ID" | jq -c '{review, outcome}'
call "$MEMBER" GET "/api/reports/$ID/timeline" | jq -c '.steps[] | [.sequence, .status, .actor, .comment]'

echo "12. 转送：不需报领导的事项直接转送部门 — a second report, transferred straight to the departments"
ANSWER=$(call "$STATION" POST /api/reports -H "Idempotency-Key: walkthrough-transfer-$(date +%s%N)" -d "$(jq -c '.title = "关于城关镇客运站候车亭破损的建议"' <<< "$BODY")")
ID2=$(jq -r .id <<< "$ANSWER")
until_ok 30 status_is "$OFFICE" "/api/review/reports/$ID2" ROUTED
call "$REVIEWER" POST "/api/review/reports/$ID2/claim" > /dev/null
call "$REVIEWER" POST "/api/review/reports/$ID2/decision" -d '{"decision": "ADOPT", "grade": "C"}' | jq -c '{status}'
call "$OFFICE" POST "/api/review/reports/$ID2/transfer" -d "{\"note\": \"请县交通运输局研究办理，并将结果反馈县政协办公室。\",
  \"units\": [{\"unit\": \"transport\", \"role\": \"LEAD\", \"deadline\": \"$DEADLINE\"}]}" | jq -c '{status}'
until_ok 30 count_is "$OFFICE" "/api/handling/reports/$ID2" '.tasks | length' 1
call "$(token unit-transport)" GET "/api/handling/tasks?unit=transport" | jq -c --arg id "$ID2" '.items[] | select(.reportId == $id) | {trackingNumber, role, deadline, status}'

echo "13. 委员的履职情况与看板 — the member's own standing, and the dashboard"
call "$MEMBER" GET "/api/dashboard/duties/$(date +%Y)/members/m0004" | jq -c '{member, adopted, adoptedLastYear, dutyMet, talkList, points}'
call "$VIEWER" GET /api/dashboard/summary | jq -c '{total, byStatus: (.byStatus | with_entries(select(.value > 0)))}'
