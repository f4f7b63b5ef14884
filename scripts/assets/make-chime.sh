#!/bin/sh
# The board's chime (static/sounds/chime.ogg) from its source recording (chime.wav beside this
# script: 16-bit mono PCM, 44.1 kHz, 132 KB). Opus in Ogg, which Chromium plays: 13 KB instead
# of the WAV's 132 KB, with no difference to hear for a two-tone chime. Needs opus-tools
# (Debian: apt-get install opus-tools); run from the project root and commit the result.
set -e
opusenc --bitrate 48 --comp 10 scripts/assets/chime.wav static/sounds/chime.ogg
