#!/bin/sh
# Prints the niceness it runs at (test.sh's NICE_STEPS).
echo "PASS: niceness $(nice)"
