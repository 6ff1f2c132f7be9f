#!/usr/bin/env bash
# Makes the Ethiopic web fonts in src/main/resources/META-INF/resources/font/ from Debian's Noto Sans Ethiopic
# (apt-get install fonts-noto-core python3-fonttools python3-brotli):
#   noto-sans-ethiopic-{regular,bold}.woff2  the Ethiopic block, for Tigrinya pages (a real bold: no faked bold)
#   ethiopic-language-names.woff2            only the glyphs of the Ge'ez every page may show: the name "ትግርኛ"
#                                            and the language choice's heading in Tigrinya (start.title in ui/ti.po)
# Rerun it when either changes (WritingOnPagesTest checks the pages' Ge'ez is in the font's unicode-range,
# which Stylesheet.ethiopicNamesRange takes from the same two texts).
set -euo pipefail
src=/usr/share/fonts/truetype/noto
out=src/main/resources/META-INF/resources/font
subset() { /usr/bin/python3 -m fontTools.subset "$1" --flavor=woff2 --output-file="$2" --unicodes="$3" \
  --layout-features='*' --no-hinting --desubroutinize --name-IDs='0,1,2,3,4,5,6,13,14' --name-languages='*' "${@:4}"; }
block=U+0020,U+002D,U+00A0,U+1200-137F,U+2010
subset "$src/NotoSansEthiopic-Regular.ttf" "$out/noto-sans-ethiopic-regular.woff2" "$block"
subset "$src/NotoSansEthiopic-Bold.ttf" "$out/noto-sans-ethiopic-bold.woff2" "$block"
heading=$(awk '/^msgctxt "start.title"/ { found = 1 } found && /^msgstr / { sub(/^msgstr "/, ""); sub(/"$/, ""); print; exit }' \
  src/main/resources/ui/ti.po)
geez=$(/usr/bin/python3 -c 'import sys; print(",".join(sorted({"U+%04X" % ord(c) for c in sys.argv[1] if 0x1200 <= ord(c) <= 0x137F})))' \
  "ትግርኛ$heading")
# no layout tables or names beyond family and style: these ten glyphs need no shaping (1224 bytes)
subset "$src/NotoSansEthiopic-Regular.ttf" "$out/ethiopic-language-names.woff2" "$geez" \
  --layout-features= --name-IDs=1,2 --drop-tables+=GDEF,GPOS,GSUB,DSIG,meta,gasp
ls -l "$out"/*.woff2
