#!/bin/sh
echo "SKIP: thing (its tool is not installed)"
exit 77
