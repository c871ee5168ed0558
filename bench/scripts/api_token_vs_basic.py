# GET /api/tasks as an OA system polls it: with an API token (Authorization: Bearer) against HTTP Basic (bcrypt on
# every request). Creates a service account in 办公室 with the officer role and a read token, then runs each way
# with 1 and 4 client threads on keep-alive connections, after a warm-up.
# Run against the app started with the README command: python3 bench/scripts/api_token_vs_basic.py
import base64, http.client, json, threading, time, sys
HOST, PORT = "localhost", 8080
BASIC_ADMIN = "Basic " + base64.b64encode(b"sysadmin:demo123").decode()
BASIC_OFFICER = "Basic " + base64.b64encode(b"zhangsan:demo123").decode()

def call(method, path, auth, body=None):
    c = http.client.HTTPConnection(HOST, PORT)
    c.request(method, path, body=None if body is None else json.dumps(body),
              headers={"Authorization": auth, "Content-Type": "application/json", "Accept": "application/json"})
    r = c.getresponse(); data = r.read()
    return r.status, data

account = "bench-oa-%d" % int(time.time())
status, body = call("POST", "/api/admin/service-accounts", BASIC_ADMIN,
                    {"id": account, "name": "基准测试 OA", "department": "office", "roles": ["officer"]})
assert status == 201, (status, body)
expires = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 86400))
status, body = call("POST", "/api/admin/service-accounts/%s/tokens" % account, BASIC_ADMIN,
                    {"scopes": ["read"], "expiresAt": expires})
assert status == 201, (status, body)
BEARER = "Bearer " + json.loads(body)["token"]

def run(auth, seconds, threads):
    counts, latencies = [0] * threads, [[] for _ in range(threads)]
    stop = time.perf_counter() + seconds
    def worker(i):
        c = http.client.HTTPConnection(HOST, PORT)
        while time.perf_counter() < stop:
            s = time.perf_counter()
            c.request("GET", "/api/tasks?limit=20", headers={"Authorization": auth, "Accept": "application/json"})
            r = c.getresponse(); r.read()
            if r.status != 200:
                print("status", r.status); sys.exit(1)
            latencies[i].append((time.perf_counter() - s) * 1000); counts[i] += 1
    ts = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    [t.start() for t in ts]; [t.join() for t in ts]
    lat = sorted(x for l in latencies for x in l)
    return sum(counts) / seconds, lat[len(lat) // 2], lat[int(len(lat) * 0.95)]

for name, auth in (("token", BEARER), ("basic", BASIC_OFFICER)):
    run(auth, 3, 1)  # warm-up
    for threads in (1, 4):
        rps, p50, p95 = run(auth, 10, threads)
        print("%-5s threads=%d  %7.1f req/s  p50 %6.2f ms  p95 %6.2f ms" % (name, threads, rps, p50, p95))
