#!/bin/sh
# Prints the niceness it runs at, and its session's where the kernel groups
# tasks by session (test.sh's NICE_STEPS).
group=$(sed -n 's/.* nice //p' /proc/self/autogroup 2>/dev/null)
echo "PASS: niceness $(nice), session ${group:-none}"
