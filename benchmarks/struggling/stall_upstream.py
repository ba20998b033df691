# Answers at once, except that every request arriving in [START+5, START+6) s is held until START+6: a 1 s stall.
import sys, time, threading
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
START = float(sys.argv[2])
BODY = b'{"error_code":"COC.00000000","error_msg":"success"}'
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0")); self.rfile.read(n)
        now = time.time()
        if START + 5 <= now < START + 6: time.sleep(START + 6 - now)
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY))); self.end_headers(); self.wfile.write(BODY)
    def log_message(self, *a): pass
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
