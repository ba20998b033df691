# A loopback target that answers every request with a 50 MB body (issue 15, item 5).
# Usage: python3 big-answers.py PORT
import socket, threading, sys
N = 50*1024*1024
chunk = b' ' * 65536
def serve(c):
    try:
        f = c.makefile('rb')
        while True:
            line = f.readline()
            if not line: return
            length = 0
            while line not in (b'\r\n', b'\n', b''):
                if line.lower().startswith(b'content-length:'): length = int(line.split(b':')[1])
                line = f.readline()
            if length: f.read(length)
            c.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n' % N)
            left = N
            while left > 0:
                n = min(left, len(chunk)); c.sendall(chunk[:n]); left -= n
    except Exception: pass
    finally: c.close()
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('127.0.0.1', int(sys.argv[1]))); s.listen(64)
while True:
    c, _ = s.accept(); threading.Thread(target=serve, args=(c,), daemon=True).start()
