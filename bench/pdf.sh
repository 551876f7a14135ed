#!/usr/bin/env bash
# PDF benchmark: one 3-page roadmap warm, the 12-territory bundle, memory over 1,000 renders.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Parcours.Bench
