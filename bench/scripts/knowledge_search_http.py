# GET /api/knowledge/search over HTTP with a session (form login), keep-alive, 300 warm-up + 1000 measured requests
# over ten queries. Run against the app started with the README command: python3 bench/scripts/knowledge_search_http.py
import http.client, urllib.parse, time, re, statistics, sys
c = http.client.HTTPConnection("localhost", 8080)
# the login form needs the CSRF token of its page (and the session that page opened)
c.request("GET", "/login"); r = c.getresponse(); page = r.read().decode()
first = [v for k,v in r.getheaders() if k.lower()=="set-cookie"][0].split(";")[0]
token = re.search(r'<meta name="_csrf" content="([^"]+)"', page).group(1)
c.request("POST", "/login", body="username=zhangsan&password=demo123&_csrf="+urllib.parse.quote(token),
          headers={"Content-Type":"application/x-www-form-urlencoded", "Cookie": first})
r = c.getresponse(); r.read()
cookie = [v for k,v in r.getheaders() if k.lower()=="set-cookie"]
sess = cookie[0].split(";")[0] if cookie else first
print("login", r.status, sess[:20])
qs = ["经营者欺诈 退一赔三","霸王条款","超市卖过期食品，消费者能不能要求十倍赔偿？","虚假宣传 罚款","明码标价 价格欺诈","食品安全标准 惩罚性赔偿","虚假广告 消费者 损害","电子商务平台 经营者 责任","行政复议 申请 期限","预付卡 退款"]
def run(n):
    t=[]
    for i in range(n):
        q=urllib.parse.quote(qs[i%len(qs)])
        s=time.perf_counter()
        c.request("GET", "/api/knowledge/search?limit=10&q="+q, headers={"Cookie":sess, "Accept":"application/json"})
        r=c.getresponse(); b=r.read()
        t.append((time.perf_counter()-s)*1000)
        if r.status!=200: print("status", r.status, b[:200]); sys.exit(1)
    return t
run(300)
t=sorted(run(1000))
print("n=%d p50 %.2f ms p95 %.2f ms p99 %.2f ms" % (len(t), t[len(t)//2], t[int(len(t)*0.95)], t[int(len(t)*0.99)]))
