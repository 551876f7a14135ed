#!/usr/bin/env python3
"""A counting SMTP server for the reminders benchmark (loopback only): writes one line per accepted
message — arrival time and recipients — and nothing else. Usage: smtp_count.py PORT OUT_FILE"""
import signal, sys, time
from aiosmtpd.controller import Controller

port, out = int(sys.argv[1]), open(sys.argv[2], "a", buffering=1, encoding="utf-8")

class Handler:
    async def handle_DATA(self, server, session, envelope):
        out.write(f"{time.time():.3f} {' '.join(envelope.rcpt_tos)}\n")
        return "250 Message accepted"

controller = Controller(Handler(), hostname="127.0.0.1", port=port)
controller.start()
signal.sigwait([signal.SIGTERM, signal.SIGINT])
controller.stop()
