#!/usr/bin/env python3
"""Runs a program with its standard error on a pseudo-terminal (as in a clerk's terminal
window) and its standard output on a pipe, and prints {"status", "stdout", "stderr"} as JSON.

    run_with_terminal.py [--stdout-terminal] PROGRAM ARGS...

--stdout-terminal puts standard output on the same terminal as standard error."""
import json
import os
import pty
import subprocess
import sys

args = sys.argv[1:]
stdout_terminal = args and args[0] == "--stdout-terminal"
if stdout_terminal:
    args = args[1:]

master, slave = pty.openpty()
proc = subprocess.Popen(args, stdin=subprocess.DEVNULL,
                        stdout=slave if stdout_terminal else subprocess.PIPE, stderr=slave)
os.close(slave)
terminal = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO: the program closed the terminal
        break
    if not chunk:
        break
    terminal += chunk
out = b"" if stdout_terminal else proc.stdout.read()
status = proc.wait()
os.close(master)
print(json.dumps({"status": status,
                  "stdout": out.decode("utf-8", "replace"),
                  "stderr": terminal.decode("utf-8", "replace")}))
