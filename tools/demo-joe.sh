#!/bin/sh
# Records Joe's case (events/examples/joe/) through the caseledger command in a new ledger and
# shows it. Run from the repository root:  sh tools/demo-joe.sh [LEDGER-DIR]
# It builds caseledger first (swift build), unless CASELEDGER names the program to use.
set -eu
if [ -z "${CASELEDGER:-}" ]; then
    swift build --product caseledger >&2
    CASELEDGER="$(swift build --show-bin-path)/caseledger"
fi
C=$CASELEDGER
CASELEDGER_LEDGER=${1:-$(mktemp -d)/ledger}
export CASELEDGER_LEDGER
"$C" init "$CASELEDGER_LEDGER"
# The staff register: the first change sets up its administrator.
"$C" staff add S-9 --name "Ada Admin" --role registerAdministrator --as S-9 --effectiveDate 2025-01-01
"$C" staff add S-1 --name "Sam Patel" --role socialWorker --as S-9 --effectiveDate 2025-01-01
"$C" staff add S-2 --name "Tess Morgan" --role teamManager --weeklyLimit 25000 --as S-9 --effectiveDate 2025-01-01
"$C" staff add S-4 --name "Fran Lee" --role financialAssessmentOfficer --as S-9 --effectiveDate 2025-01-01
# The figures decisions use, recorded in the ledger.
"$C" config publish --json events/config/england-2026.json --as S-9
# Each file is NN-COMMAND.STAFF-ID.json: the command's fields, recorded by that member of staff.
for file in events/examples/joe/*.json; do
    name=$(basename "$file" .json)
    step=${name%.*}
    "$C" record "${step#*-}" --case C-1001 --as "${name##*.}" --json "$file"
done
"$C" case show C-1001
"$C" verify
