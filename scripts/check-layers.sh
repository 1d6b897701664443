#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layer rule of docs/architecture.md: a file may include project headers only from its own
# layer or a layer below; includes are written from the repository root ("core/net/..."); no
# file of core/ includes a Qt Widgets header; a store engine (core/store/<engine>/) is included
# from core/store/ only; every source file carries its SPDX licence line.
# Prints every violation; exits 1 if there is one.
set -euo pipefail
cd "$(dirname "$0")/.."

# Bottom to top. A folder's rank is its position; core/<x> is ranked by <x>.
layers=(common net hubos store duve mapping config delivery upkeep service ui main)
rank() {
    local i
    for i in "${!layers[@]}"; do [[ ${layers[$i]} == "$1" ]] && { echo "$i"; return; }; done
    echo -1
}
layer_of() { # path -> layer name
    case "$1" in
        core/*) cut -d/ -f2 <<<"$1" ;;
        *) cut -d/ -f1 <<<"$1" ;;
    esac
}

widgets_dir=$(qmake6 -query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)/QtWidgets
widget_headers=$(ls "$widgets_dir" 2>/dev/null | grep -E '^Q[A-Za-z]+$' | paste -sd'|' || true)

failed=0
while IFS= read -r file; do
    own=$(layer_of "$file")
    own_rank=$(rank "$own")
    if ((own_rank < 0)); then
        echo "$file: folder '$own' is not a layer of scripts/check-layers.sh"; failed=1; continue
    fi
    while IFS=: read -r line include; do
        target=$(sed -E 's/.*#include "([^"]+)".*/\1/' <<<"$include")
        if [[ $target != */* ]]; then
            echo "$file:$line: include \"$target\" is not written from the repository root"
            failed=1; continue
        fi
        case "$target" in core/*|ui/*|main/*) ;; *) continue ;; esac
        # A store engine stays behind the HistoryStore interface: only core/store/ sees it.
        if [[ $target == core/store/*/* && $file != core/store/* ]]; then
            echo "$file:$line: only core/store/ may include a store engine ($target)"; failed=1
        fi
        to=$(layer_of "$target")
        if (($(rank "$to") > own_rank)); then
            echo "$file:$line: $own may not include $target ($to is a layer above)"; failed=1
        fi
    done < <(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" || true)
    if [[ $file == core/* ]]; then
        if grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*<(QtWidgets/|QtWidgets>${widget_headers:+|(${widget_headers})>})" "$file"; then
            echo "$file: the core may not include Qt Widgets"; failed=1
        fi
    fi
done < <(find core ui main -name '*.h' -o -name '*.cpp' | sort)

# Every source file says its licence (issue 13: GPL-3.0-or-later, SPDX headers everywhere).
while IFS= read -r file; do
    if ! head -n 5 "$file" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
        echo "$file: no 'SPDX-License-Identifier: GPL-3.0-or-later' line in its first lines"; failed=1
    fi
done < <(git ls-files -- '*.h' '*.cpp' '*.sh' '*.cmake' 'CMakeLists.txt' '*/CMakeLists.txt' .ci/run 2>/dev/null | grep -v '^translations/')

if ((failed)); then
    echo "check-layers: FAILED (the layers, bottom to top: ${layers[*]})"
    exit 1
fi
echo "check-layers: ok"
