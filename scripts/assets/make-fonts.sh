#!/bin/sh
# The pages' font (src/lib/fonts/*.woff2), cut from @fontsource/atkinson-hyperlegible down to
# what Okienko shows: the two weights the pages use (400, 700; no italics), each in four files:
#   basic:  ASCII, the Latin-1 signs the texts use (ó Ó § · × nbsp), dashes, quotes („ ” “ ’),
#           …, ‰, ‹ ›, €, ™, arrows, minus: every Polish and English text but the Polish letters;
#   polish: ą ć ę ł ń ś ź ż and their capitals;
#   latin1: the rest of Latin-1 (é, ü, ß… in a name);
#   ext:    the rest of Latin Extended-A (č, ő, ř… in a name).
# src/lib/fonts/fonts.css gives each file the same unicode-range (the ranges do not overlap), so
# a browser fetches only the files whose characters a page has: a Polish page, basic and polish.
# Atkinson Hyperlegible has no Cyrillic: the Ukrainian screens take DejaVu Sans's Cyrillic (Debian:
# fonts-dejavu-core; Bitstream Vera licence, src/lib/fonts/DejaVu-LICENSE.txt), cut to the basic
# Cyrillic block, Ґ ґ, ʼ and №, under unicode-ranges of their own: fetched only where Ukrainian is
# shown (see fonts.css for the small file of the switch's «Українська»).
# Needs fonttools with brotli (Debian: apt-get install fonttools python3-brotli); run from the
# project root after `npm install`, and commit the result.
set -e
FROM=node_modules/@fontsource/atkinson-hyperlegible/files
BASIC='U+0020-007E,U+00A0,U+00A7,U+00B7,U+00D3,U+00D7,U+00F3,U+2010-2027,U+2030,U+2039-203A,U+20AC,U+2122,U+2190-2193,U+2212'
POLISH='U+0104-0107,U+0118-0119,U+0141-0144,U+015A-015B,U+0179-017C'
LATIN1='U+00A1-00A6,U+00A8-00B6,U+00B8-00D2,U+00D4-00D6,U+00D8-00F2,U+00F4-00FF'
EXT='U+0100-0103,U+0108-0117,U+011A-0140,U+0145-0159,U+015C-0178,U+017D-017F'
# «Українська» (every language switch shows it) apart from the rest: a Polish page fetches 3 KB.
UK_NAME='U+0423,U+0430,U+043A,U+043D,U+0440-0441,U+044C,U+0457'
CYRILLIC='U+02BC,U+0400-0422,U+0424-042F,U+0431-0439,U+043B-043C,U+043E-043F,U+0442-044B,U+044D-0456,U+0458-045F,U+0490-0491,U+2116'
DEJAVU=/usr/share/fonts/truetype/dejavu
cut() { # weight, source subset, name, unicodes
	pyftsubset "$FROM/atkinson-hyperlegible-$2-$1-normal.woff2" --unicodes="$4" \
		--layout-features='*' --flavor=woff2 --output-file="src/lib/fonts/atkinson-$1-$3.woff2"
}
for weight in 400 700; do
	cut $weight latin basic "$BASIC"
	cut $weight latin-ext polish "$POLISH"
	cut $weight latin latin1 "$LATIN1"
	cut $weight latin-ext ext "$EXT"
done
cyrillic() { # weight, DejaVu file, name, unicodes
	pyftsubset "$DEJAVU/$2.ttf" --unicodes="$4" --layout-features='*' --flavor=woff2 \
		--output-file="src/lib/fonts/cyrillic-$1$3.woff2"
}
cyrillic 400 DejaVuSans -name "$UK_NAME"
cyrillic 400 DejaVuSans '' "$CYRILLIC"
cyrillic 700 DejaVuSans-Bold -name "$UK_NAME"
cyrillic 700 DejaVuSans-Bold '' "$CYRILLIC"
