#!/usr/bin/env python3
"""Runs a program with its standard error on a pseudo-terminal (as in a clerk's terminal
window) and its standard output on a pipe, and prints {"status", "stdout", "stderr"} as JSON.

    run_with_terminal.py [--stdout-terminal] [--columns N] PROGRAM ARGS...

--stdout-terminal puts standard output on the same terminal as standard error; --columns gives
the terminal a width (a new pseudo-terminal has none)."""
import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios

args = sys.argv[1:]
stdout_terminal = False
columns = 0
while args and args[0].startswith("--"):
    if args[0] == "--stdout-terminal":
        stdout_terminal = True
        args = args[1:]
    elif args[0] == "--columns":
        columns = int(args[1])
        args = args[2:]
    else:
        break

master, slave = pty.openpty()
if columns:
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
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
