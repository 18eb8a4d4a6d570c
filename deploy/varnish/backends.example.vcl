# Copy to backends.vcl beside default.vcl and list every app instance. `npm run cluster`
# generates its own. Varnish probes /api/health and skips an instance that does not answer.
backend app1 {
    .host = "10.0.0.11";
    .port = "3000";
    .probe = { .url = "/api/health"; .interval = 2s; .timeout = 1s; .window = 3; .threshold = 2; }
}
backend app2 {
    .host = "10.0.0.12";
    .port = "3000";
    .probe = { .url = "/api/health"; .interval = 2s; .timeout = 1s; .window = 3; .threshold = 2; }
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}
