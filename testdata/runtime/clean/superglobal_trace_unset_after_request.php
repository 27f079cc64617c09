<?php
// The same worker collects trace lines in $_SERVER during a request and
// removes them when the request ends.

function handle(int $i): string
{
    $_SERVER['APP_TRACE'][] = sprintf('%d %s %s', $i, microtime(true), str_repeat('t', 600));
    $_SERVER['APP_TRACE'][] = 'done';
    return 'ok';
}

function terminate(): void
{
    unset($_SERVER['APP_TRACE']);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
    terminate();
}
