#!/bin/sh
# Batch matching benchmark: `chorus analyze` over LINES generated mentions (default 100000) in Russian, English and
# Japanese against a five-brand semantic core, end to end (JVM start, workspace, matching, writing). Reports the
# wall-clock time and mentions per second. Build first: ./chorus --version
# Usage: tools/benchmarks/analyze.sh [LINES]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
dist="$root/product/io.chorus.product/target/chorus"
lines=${1:-100000}
[ -x "$dist/bin/chorus" ] || { echo "build the distribution first: ./chorus --version" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/core.csv" <<'CSV'
brand,brand_name,role,type,text,languages,match,modules,note,variants
sber,Сбербанк,own,brand-name,Сбербанк,ru,stemmed,,,Sberbank;Сбер
sber,Сбербанк,own,product,Сбербанк Онлайн,ru,fuzzy,,,SberBank Online
sber,Сбербанк,own,product,СберПрайм,ru,exact,,,SberPrime
sber,Сбербанк,own,exclusion,сбербанк россии облигации,ru,exact,,,
acme,Acme Robotics,own,brand-name,Acme,en,fuzzy,,,Акме
acme,Acme Robotics,own,product,RoboVac X200,en,exact,,,
acme,Acme Robotics,own,context,robot,en,stemmed,,,
acme,Acme Robotics,own,context,vacuum,en,stemmed,,,
acme,Acme Robotics,own,exclusion,acme cartoon,en,exact,,,
sony,ソニー,competitor,brand-name,ソニー,ja,exact,,,Sony;ｿﾆｰ
sony,ソニー,competitor,product,PlayStation,ja,fuzzy,,,プレイステーション
beeline,Билайн,competitor,brand-name,Билайн,ru,stemmed,,,Beeline
beeline,Билайн,competitor,person,Александр Торбахов,ru,exact,,,
uniqlo,ユニクロ,competitor,brand-name,ユニクロ,ja,exact,,,Uniqlo
uniqlo,ユニクロ,competitor,address,銀座店,ja,exact,,,
CSV
awk -v n="$lines" 'BEGIN {
    srand(42)
    split("Открыл вклад в Сбербанке|Приложение сбербанк онлайн опять вылетает|My Acme robot vacuum is stuck again|Acme cartoon anvil|ソニーの新しいカメラ、最高です|ユニクロ銀座店は混んでいた|Билайн опять поднял тарифы|sberbank online down?|nothing about brands here, just a long sentence about the weather and the weekend|Сбербанк россии облигации выросли|купил PlayStatoin вчера|Beeline roaming is expensive", t, "|")
    for (i = 1; i <= n; i++) {
        s = t[int(rand() * 12) + 1]
        printf "{\"id\":\"m%d\",\"text\":\"%s\",\"platform\":\"vk\"}\n", i, s
    }
}' > "$work/mentions.jsonl"
"$dist/bin/chorus" registry import "$work/core.csv" --workspace "$work/ws" >/dev/null
start=$(date +%s%N)
"$dist/bin/chorus" analyze --input "$work/mentions.jsonl" --output "$work/out.jsonl" --workspace "$work/ws" \
    >/dev/null 2>&1
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
matched=$(grep -vc '"brands":\[\]' "$work/out.jsonl" || true)
cores=$(nproc 2>/dev/null || echo "?")
cpu=$(grep -m1 "model name" /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo "unknown CPU")
echo "chorus analyze, $lines mentions, 5 brands, $cores cores ($cpu): $ms ms end to end," \
    "$(( lines * 1000 / ms )) mentions/s; $matched matched a brand"
