<?php
// The same worker records the last request's trace under a fixed key of
// $_SERVER: each request overwrites it.

function handle(int $i): string
{
    $_SERVER['APP_TRACE'] = sprintf('%d %s %s', $i, microtime(true), str_repeat('t', 600));
    return 'ok';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
