namespace Harness.TestKit;

/// <summary>
/// The script of <see cref="PythonReceiver"/>: a receiver written from the spec's text with Python's
/// standard library only (http.server, json), sharing no code or assumptions with the project.
/// Python counts string lengths in code points and takes <c>true</c> for an int; the script corrects
/// both unless told to keep them (to plant a contract violation).
/// </summary>
internal static class PythonReceiverScript
{
    public const string Text = """
# A receiver of POST /v1/event/huawei/custom/{integration_key}, written from the published spec's
# text with Python's standard library only. It honours every pinned rule and reads the open points
# its own way; argv: port key options-json (PythonReceiverOptions).
import json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

PORT, KEY, OPT = int(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
ROUTE = "/v1/event/huawei/custom"
REQUIRED = ["alarmId", "alarmName", "alarmLevel", "nameSpace", "applicationId", "alarmDesc", "alarmSource"]
OPTIONAL = ["regionId", "resourceName", "resourceId", "URL", "alarmStatus"]
ENUMS = {"alarmLevel": ["Critical", "Major", "Minor", "Info"], "alarmStatus": ["alarm", "ok"]}
KNOWN = set(REQUIRED + OPTIONAL + ["time", "additional"])
LIMIT = OPT.get("maxBodyBytes", 256 * 1024)
DEPTH = OPT.get("maxDepth", 32)


class Refused(Exception):
    pass


def units(text):
    # The spec's lengths are Java's: UTF-16 code units (countCodePoints reads them as Python does).
    return len(text) if OPT.get("countCodePoints") else len(text.encode("utf-16-le", "surrogatepass")) // 2


def no_duplicates(pairs):
    names = [name for name, _ in pairs]
    if OPT.get("rejectDuplicates") and len(set(names)) != len(names):
        raise Refused("duplicate member in object")
    return dict(pairs)


def refuse_constant(name):
    raise Refused("not JSON: " + name)


def depth(value, level=1):
    if isinstance(value, dict):
        return max([depth(v, level + 1) for v in value.values()] or [level])
    if isinstance(value, list):
        return max([depth(v, level + 1) for v in value] or [level])
    return level


def violations(alarm):
    problems = []
    for name in REQUIRED + OPTIONAL:
        value = alarm.get(name)
        if value is None:
            if name in REQUIRED:
                problems.append(name + " is mandatory")
            continue
        if not isinstance(value, str):
            problems.append(name + " has to be a string")
            continue
        low = 1 if name in REQUIRED else 0
        if not low <= units(value) <= 255 or (name in REQUIRED and OPT.get("notBlank") and not value.strip()):
            problems.append("length of %s out of range [%d, 255]" % (name, low))
            continue
        allowed = ENUMS.get(name)
        fold = (lambda s: s.lower()) if OPT.get("enumCaseInsensitive") else (lambda s: s)
        if allowed and value != "" and fold(value) not in [fold(a) for a in allowed]:
            problems.append("%s not in %s" % (name, "/".join(allowed)))
    time = alarm.get("time")
    if time is None:
        problems.append("time is mandatory")
    elif (isinstance(time, bool) and not OPT.get("boolTime")) or not isinstance(time, int) or not 1 <= time <= 2**63 - 1:
        problems.append("time has to be a Long in 1..2^63-1")
    if alarm.get("additional") is not None and not isinstance(alarm["additional"], dict):
        problems.append("additional has to be an object")
    if OPT.get("rejectUnknown"):
        problems += ["unrecognized member " + name for name in alarm if name not in KNOWN]
    return problems


def media_ok(header):
    if header is None:
        return OPT.get("acceptMissingContentType", False)
    kind = header.split(";")[0].strip().lower()
    return kind == "application/json"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, code, message):
        if OPT.get("echo"):
            message += " [%s token=%s gateway=%s]" % (self.path, self.headers.get("X-Auth-Token"), self.headers.get("X-Gateway-Auth"))
        body = json.dumps({"error_code": code, "error_msg": message, "data": None, "provider_code": "049"}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def key(self):
        path = self.path.split("?")[0]
        if OPT.get("trailingSlash") and path.endswith("/") and path != ROUTE + "/":
            path = path[:-1]
        if path == ROUTE or path == ROUTE + "/":
            return ""
        if not path.startswith(ROUTE + "/") or "/" in path[len(ROUTE) + 1:]:
            return None
        return unquote(path[len(ROUTE) + 1:], errors="strict")

    def do_POST(self):
        key = self.key()
        length = int(self.headers.get("Content-Length") or 0)
        if key is None:
            self.rfile.read(length)
            return self.send_error(404) if OPT.get("htmlErrors") else self.answer(404, "APP.404", "no such path")
        if key != KEY or (OPT.get("token") and self.headers.get("X-Auth-Token") != OPT["token"]):
            self.rfile.read(length)
            return self.answer(401, "common.01010001", "Token missing or invalid.")
        if length > LIMIT:
            # Drained before answering (as nginx and Kestrel do), so the client can read the 413.
            self.rfile.read(length)
            return self.answer(413, "APIGW.0201", "Request entity too large")
        raw = self.rfile.read(length)
        if not media_ok(self.headers.get("Content-Type")):
            return self.answer(415 if OPT.get("mediaType415") else 400, "COC.00000001", "Content-Type must be application/json")
        try:
            text = raw.decode("utf-8-sig" if OPT.get("skipBom", True) else "utf-8")
            alarm = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=refuse_constant)
            if not isinstance(alarm, dict):
                raise Refused("body is not an object")
            if depth(alarm) > DEPTH:
                raise Refused("nested too deep")
        except (UnicodeDecodeError, ValueError, RecursionError, Refused) as error:
            return self.answer(400, "COC.00000001", "unreadable body: %s" % type(error).__name__)
        problems = violations(alarm)
        if problems:
            return self.answer(400, "COC.00000001", "; ".join(problems))
        self.answer(200, OPT.get("successCode", "0"), "ok")

    def other(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        known = self.key() is not None
        if OPT.get("htmlErrors"):
            return self.send_error(405 if known else 404)
        self.answer(405 if known else 404, "APP.%d" % (405 if known else 404), "not here")

    do_GET = do_PUT = do_DELETE = do_PATCH = other


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
""";
}
