#!/usr/bin/env bash
# Applies .clang-format to every C++ source of the project.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files '*.h' '*.cpp' | xargs clang-format -i
