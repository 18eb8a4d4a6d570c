# Dispatch behind Varnish 7.1 (Debian: apt-get install varnish varnish-modules).
#
# Reader pages are kept as long as the app's Cache-Control s-maxage says and dropped the moment
# a write touches their data: the app sends each page's cache tags in an `xkey` header and, after
# a publish, unpublish or edit, sends `PURGE` with the touched tags (lib/revalidate.ts).
# Everything personal passes: the editor, the API, server actions, RSC/prefetch requests and any
# request with a session cookie.
#
# Start with the purge secret in varnishd's environment (the app's VARNISH_PURGE_SECRET):
#   VARNISH_PURGE_SECRET=… varnishd -a :6081 -f /etc/varnish/default.vcl -p vcl_path=/etc/varnish
vcl 4.1;

import directors;
import std;
import xkey;

# The app instances and a director named `app` over them. `npm run cluster` writes its own;
# production keeps one beside this file (see backends.example.vcl).
include "backends.vcl";

# Purges come from the app servers only (add their addresses), with the shared secret.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = app.backend();
    # Set below from Accept-Encoding, never taken from a client.
    unset req.http.X-Dispatch-Brotli;

    if (req.method == "PURGE") {
        if (!(client.ip ~ purgers)
            || std.getenv("VARNISH_PURGE_SECRET") == ""
            || req.http.X-Purge-Secret != std.getenv("VARNISH_PURGE_SECRET")) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey) {
            return (synth(400, "Name the tags to purge in the xkey header"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey);
        return (synth(200, "Purged " + req.http.n-gone + " objects"));
    }

    # Server actions (POST with a Next-Action header) and every other write.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Next-Action) {
        return (pass);
    }
    # The signed-in area, route handlers and auth, open pixels and tracked links (/t/: one
    # answer per recipient). The app marks them private anyway.
    if (req.url ~ "^/(editor|api|t)(/|\?|$)") {
        return (pass);
    }
    # RSC payloads and prefetches share the page's URL but are another representation (and vary
    # on the router state): never cached here, so an HTML request never gets one, nor the reverse.
    if (req.http.RSC
        || req.http.Next-Router-Prefetch
        || req.http.Next-Router-State-Tree
        || req.http.Next-Router-Segment-Prefetch
        || req.url ~ "[?&]_rsc=") {
        return (pass);
    }
    # Signed-in editors see reader pages from the app itself (Auth.js v5 cookie names, chunked too).
    if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?authjs\.session-token" || req.http.Authorization) {
        return (pass);
    }
    # Reader pages never read cookies: without them every reader shares one cached copy.
    unset req.http.Cookie;
    # Brotli for a browser that takes it. Varnish's own gzip support rewrites Accept-Encoding to
    # gzip after this; the flag keeps a brotli copy of each page apart (vcl_hash) and asks the
    # app for it (vcl_backend_fetch). Every other client shares the gzip copy.
    if (req.http.Accept-Encoding ~ "(?i)(^|,)\s*br\s*(,|$)"
        || (req.http.Accept-Encoding ~ "(?i)(^|,)\s*br\s*;" && req.http.Accept-Encoding !~ "(?i)(^|,)\s*br\s*;\s*q=0(\.0*)?\s*(,|$)")) {
        set req.http.X-Dispatch-Brotli = "1";
    }
    return (hash);
}

sub vcl_hash {
    if (req.http.X-Dispatch-Brotli) {
        hash_data("br");
    }
    # Falls through to the built-in hash: URL and host.
}

sub vcl_backend_fetch {
    if (bereq.http.X-Dispatch-Brotli) {
        set bereq.http.Accept-Encoding = "br";
    }
    unset bereq.http.X-Dispatch-Brotli;
}

sub vcl_backend_response {
    # Keep only complete pages: a cached 404 or 500 would outlive the publish that fixes it.
    if (beresp.status != 200) {
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
    # A page's first render after its cache was emptied (a start, a publish) streams with its React
    # payload twice (Next 16 marks it x-nextjs-postponed): a correct page, about half again as
    # big. Not kept; the next miss gets the page from the app's cache, whole, and that is kept.
    if (beresp.http.x-nextjs-postponed) {
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
    # Belt and braces: an RSC payload is never stored.
    if (beresp.http.Content-Type ~ "text/x-component") {
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
    # Falls through to the built-in rules: Set-Cookie, private or no-store are never stored;
    # otherwise s-maxage is the TTL and stale-while-revalidate the grace.
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The tags and the first-render mark are for this cache only.
    unset resp.http.xkey;
    unset resp.http.x-nextjs-postponed;
}
