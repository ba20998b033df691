# A slow single-threaded upstream: each request takes DELAY seconds, one at a time.
import sys, time
from http.server import HTTPServer, BaseHTTPRequestHandler
DELAY = float(sys.argv[2])
BODY = b'{"error_code":"COC.00000000","error_msg":"success"}'
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0")); self.rfile.read(n)
        time.sleep(DELAY)
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY))); self.end_headers(); self.wfile.write(BODY)
    def log_message(self, *a): pass
HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
