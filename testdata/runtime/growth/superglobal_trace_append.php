<?php
// A RoadRunner-style worker loop: the handler appends a trace line to
// $_SERVER on every request. Outside FrankenPHP's worker, nothing fills
// the superglobals afresh between requests, so the list stays.

function handle(int $i): string
{
    $_SERVER['APP_TRACE'][] = sprintf('%d %s %s', $i, microtime(true), str_repeat('t', 600)); // leak
    return 'ok';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
