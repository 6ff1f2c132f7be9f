#!/usr/bin/env bash
# Drives the study API as a municipality's script would, with curl only, on a generated frame
# (65,000 people as Excel's Dutch export: semicolons, byte-order mark, CRLF), and checks Stemmen's
# figures against a count made apart from Stemmen's code (Python's csv module); then completes a few hundred
# responses through the real pages (respondent.py) and checks the monitor, R-indicator included, against
# a computation of its own (numpy, scipy: an unpenalised logistic fit by BFGS). Prints times.
# Needs a running Stemmen and the admin password:
#   STEMMEN_ADMIN_PASSWORD=… scripts/try-api.sh [base-url] [rows]
set -euo pipefail
cd "$(dirname "$0")"
base=${1:-http://localhost:8080}
rows=${2:-65000}
admin="admin:${STEMMEN_ADMIN_PASSWORD:?set STEMMEN_ADMIN_PASSWORD}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lead="lead-$RANDOM$RANDOM"
pass="een lang wachtwoord voor het script"
now() { date +%s.%N; }
took() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f} s')" "$1" "$(now)"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }

echo "== frame of $rows people, as Excel's export"
python3 generate-frame.py --rows "$rows" --excel -o "$work/frame.csv"
ls -l "$work/frame.csv" | awk '{print $5 " bytes"}'

echo "== a lead account and a study (401 without sign-in first)"
test "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/studies")" = 401
curl -sf -u "$admin" -H 'Content-Type: application/json' \
  -d "{\"username\": \"$lead\", \"password\": \"$pass\", \"role\": \"lead\"}" "$base/api/accounts" >/dev/null
study=$(curl -sf -u "$lead:$pass" -H 'Content-Type: application/json' -d '{
  "name": "Thuis in de regio 2026", "organisation": "Gemeente Voorbeeld", "questionnaire": "thuis-in-de-stad",
  "start": "2026-12-01", "end": "2026-12-21",
  "dimensions": [{"name": "gender"}, {"name": "age_band"}, {"name": "country_of_birth"}, {"name": "learning_route"}]}' \
  "$base/api/studies" | json "d['id']")
echo "study $study"

echo "== the frame: preview, import, import again"
start=$(now)
curl -sf -u "$lead:$pass" -H 'Content-Type: text/csv' --data-binary "@$work/frame.csv" \
  "$base/api/studies/$study/frame?preview=true" > "$work/preview.json"
echo "preview: $(took "$start")"
start=$(now)
curl -sf -u "$lead:$pass" -H 'Content-Type: text/csv' --data-binary "@$work/frame.csv" \
  "$base/api/studies/$study/frame" > "$work/import.json"
echo "import: $(took "$start")"
start=$(now)
curl -sf -u "$lead:$pass" -H 'Content-Type: text/csv' --data-binary "@$work/frame.csv" \
  "$base/api/studies/$study/frame" > "$work/again.json"
echo "import again: $(took "$start")"

echo "== invitations and the mailing file"
start=$(now)
curl -sf -u "$lead:$pass" -X POST "$base/api/studies/$study/invitations" > "$work/invitations.json"
echo "invitations: $(took "$start")"
start=$(now)
curl -sf -u "$lead:$pass" "$base/api/studies/$study/invitations.csv" > "$work/mailing.csv"
echo "mailing file: $(took "$start")"

echo "== Stemmen's figures against a count of our own"
python3 - "$work" <<'EOF'
import csv, json, sys, collections
work = sys.argv[1]
with open(f"{work}/frame.csv", encoding="utf-8-sig", newline="") as f:
    people = list(csv.DictReader(f, delimiter=";"))
preview, imported, again = (json.load(open(f"{work}/{n}.json")) for n in ("preview", "import", "again"))
created = json.load(open(f"{work}/invitations.json"))["created"]
with open(f"{work}/mailing.csv", encoding="utf-8", newline="") as f:
    mailing = list(csv.DictReader(f))
checks = {
    "preview counts everyone as new": preview["added"] == len(people),
    "import added everyone": imported["added"] == len(people) and imported["updated"] == 0,
    "importing again adds nobody": again["added"] == 0 and again["unchanged"] == len(people),
    "one invitation per person": created == len(people) == len(mailing),
    "every ref of the frame in the mailing file": {p["ref"] for p in people} == {m["ref"] for m in mailing},
    "links all different": len({m["link"] for m in mailing}) == len(mailing),
    "codes all different": len({m["code"] for m in mailing}) == len(mailing),
    "letter languages as in the frame": all(m["language"] == p["letter_language"].lower()
        for p, m in zip(sorted(people, key=lambda p: p["ref"]), sorted(mailing, key=lambda m: m["ref"]))),
}
counted = collections.Counter(p["gender"] for p in people)
previewed = next(a for a in preview["preview"]["attributes"] if a["column"] == "gender")
checks["gender counts in the preview"] = (dict(counted) == {**previewed["counts"], "": previewed["empty"]}
                                          if counted[""] else dict(counted) == previewed["counts"])
for name, ok in checks.items():
    print(("ok   " if ok else "FAIL ") + name)
sys.exit(0 if all(checks.values()) else 1)
EOF

echo "== a personal link and a typed code open the right response"
link=$(sed -n 2p "$work/mailing.csv" | cut -d, -f2)
code=$(sed -n 3p "$work/mailing.csv" | cut -d, -f3)
test "$(curl -s -o /dev/null -w '%{http_code}' "$link")" = 303
test "$(curl -s -o /dev/null -w '%{http_code}' -d "code=$(echo "$code" | tr 'A-Z' 'a-z')&lang=nl" "$base/code")" = 303
curl -sf -u "$lead:$pass" "$base/api/studies/$study/invitations.csv" | sed -n 2,3p | cut -d, -f5 | tr '\n' ' '
echo "(the two just opened)"
echo "== respondents complete through the real pages; the monitor against our own computation"
python3 - "$work" > "$work/completing.txt" <<'EOF'
import csv, random, sys
work = sys.argv[1]
with open(f"{work}/frame.csv", encoding="utf-8-sig", newline="") as f:
    people = {p["ref"]: p for p in csv.DictReader(f, delimiter=";")}
with open(f"{work}/mailing.csv", encoding="utf-8", newline="") as f:
    links = {m["ref"]: m["link"] for m in csv.DictReader(f)}
rng = random.Random(7)
chosen = set()
# two of every category of every dimension, so no category is without completes; then more women than men
for dimension in ("gender", "age_band", "country_of_birth", "learning_route"):
    for value in sorted({p[dimension] for p in people.values()}):
        chosen.update(rng.sample(sorted(r for r, p in people.items() if p[dimension] == value), 2))
women = sorted(r for r, p in people.items() if p["gender"] == "vrouw")
chosen.update(rng.sample(women, 120))
chosen.update(rng.sample(sorted(people), 60))
for ref in sorted(chosen):
    print(links[ref])
EOF
start=$(now)
echo "$(python3 respondent.py < "$work/completing.txt") of $(wc -l < "$work/completing.txt") completed: $(took "$start")"
start=$(now)
curl -sf -u "$lead:$pass" "$base/api/studies/$study/monitor" > "$work/monitor.json"
echo "monitor: $(took "$start")"
python3 - "$work" <<'EOF'
import csv, json, sys
import numpy as np
from scipy.optimize import minimize
work = sys.argv[1]
with open(f"{work}/frame.csv", encoding="utf-8-sig", newline="") as f:
    people = list(csv.DictReader(f, delimiter=";"))
with open(f"{work}/mailing.csv", encoding="utf-8", newline="") as f:
    ref_of = {m["link"]: m["ref"] for m in csv.DictReader(f)}
done = {ref_of[link] for link in open(f"{work}/completing.txt").read().split()}
monitor = json.load(open(f"{work}/monitor.json"))
dimensions = ("gender", "age_band", "country_of_birth", "learning_route")
category = lambda p, d: p[d] if p[d] else "unknown"
y = np.array([p["ref"] in done for p in people], float)
N, n = len(people), y.sum()
checks = {"population": monitor["population"] == N, "invited": monitor["invited"] == N,
          "completed": monitor["completed"] == n, "opened: the completes and the two opened": monitor["opened"] >= n + 1}
for d in dimensions:
    for c in sorted({category(p, d) for p in people}):
        inside = np.array([category(p, d) == c for p in people])
        got = monitor["dimensions"][d][c]
        rate, pop_share, resp_share = y[inside].sum() / inside.sum(), inside.sum() / N, y[inside].sum() / n
        ok = (got["population"] == inside.sum() and got["completed"] == y[inside].sum()
              and abs(got["response_rate"] - rate) <= 5e-5 and abs(got["population_share"] - pop_share) <= 5e-5
              and abs(got["respondent_share"] - resp_share) <= 5e-5
              and abs(got["difference_pp"] - 100 * (resp_share - pop_share)) <= 0.05)
        checks[f"{d} {c}: counts, rate, shares, difference"] = ok
# the R-indicator: an unpenalised logistic fit of our own (BFGS on the log-likelihood) on every person
columns = [(d, c) for d in dimensions for c in sorted({category(p, d) for p in people})[1:]]
X = np.array([[1.0] + [category(p, d) == c for d, c in columns] for p in people], float)
def nll(b):
    eta = X @ b
    return -np.sum(y * eta - np.logaddexp(0, eta))
def grad(b):
    return -X.T @ (y - 1 / (1 + np.exp(-(X @ b))))
fit = minimize(nll, np.zeros(X.shape[1]), jac=grad, method="BFGS", options={"gtol": 1e-10, "maxiter": 5000})
rho = 1 / (1 + np.exp(-(X @ fit.x)))
r = 1 - 2 * np.std(rho, ddof=1)
checks[f"R-indicator {monitor['r_indicator']} against ours {r:.4f}"] = abs(monitor["r_indicator"] - r) <= 2e-4
for d in dimensions:
    cats = np.array([category(p, d) for p in people])
    partial = np.sqrt(sum((cats == c).sum() * (rho[cats == c].mean() - rho.mean()) ** 2 for c in set(cats)) / N)
    got = next(iter(monitor["dimensions"][d].values()))["partial_r"]
    checks[f"partial R {d} {got} against ours {partial:.4f}"] = abs(got - partial) <= 2e-4
for name, ok in checks.items():
    print(("ok   " if ok else "FAIL ") + name)
sys.exit(0 if all(checks.values()) else 1)
EOF
for figure in cells channels languages days; do
  curl -sf -u "$lead:$pass" "$base/api/studies/$study/monitor.csv?figure=$figure" | wc -l | xargs echo "monitor.csv $figure lines:"
done
curl -sf -u "$lead:$pass" "$base/api/studies/$study/outreach" | json "[(p['dimension'], p['category'], p['letters']) for p in d['proposals']][:3]"
curl -sf -u "$lead:$pass" "$base/api/studies/$study/weights" | json "(d['converged'], d['design_effect'], d['problems'])"
for file in export.csv export.sav codebook; do
  curl -sf -u "$lead:$pass" -o "$work/$file" -w "$file %{http_code} %{size_download} bytes\n" "$base/api/studies/$study/$file"
done
echo "all checks passed"
