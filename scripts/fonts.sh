#!/usr/bin/env bash
# Makes the Ethiopic web fonts in src/main/resources/META-INF/resources/font/ from Debian's Noto Sans Ethiopic
# (apt-get install fonts-noto-core python3-fonttools python3-brotli):
#   noto-sans-ethiopic-{regular,bold}.woff2  the Ethiopic block, for Tigrinya pages (a real bold: no faked bold)
#   ethiopic-language-names.woff2            only the glyphs of "ትግርኛ", so every page can name the language
# Rerun it when a language name in Ge'ez script changes (FontsTest checks the name glyphs match).
set -euo pipefail
src=/usr/share/fonts/truetype/noto
out=src/main/resources/META-INF/resources/font
subset() { /usr/bin/python3 -m fontTools.subset "$1" --flavor=woff2 --output-file="$2" --unicodes="$3" \
  --layout-features='*' --no-hinting --desubroutinize --name-IDs='0,1,2,3,4,5,6,13,14' --name-languages='*' "${@:4}"; }
block=U+0020,U+002D,U+00A0,U+1200-137F,U+2010
subset "$src/NotoSansEthiopic-Regular.ttf" "$out/noto-sans-ethiopic-regular.woff2" "$block"
subset "$src/NotoSansEthiopic-Bold.ttf" "$out/noto-sans-ethiopic-bold.woff2" "$block"
# no layout tables or names beyond family and style: these four glyphs need no shaping (664 bytes)
subset "$src/NotoSansEthiopic-Regular.ttf" "$out/ethiopic-language-names.woff2" "U+1275,U+130D,U+122D,U+129B" \
  --layout-features= --name-IDs=1,2 --drop-tables+=GDEF,GPOS,GSUB,DSIG,meta,gasp
ls -l "$out"/*.woff2
