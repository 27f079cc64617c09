<?php
// An HTTP kernel pushes a frame per middleware call onto a global SplStack for debug traces and pops it when the call returns.

$GLOBALS['callTrace'] = new SplStack();

function traced(string $name, callable $next, array $request): array
{
    $GLOBALS['callTrace']->push(['middleware' => $name, 'path' => $request['path'], 'headers' => $request['headers']]);
    try {
        return $next($request);
    } finally {
        $GLOBALS['callTrace']->pop();
    }
}

function kernel(array $request): array
{
    return traced('auth', static function (array $req): array {
        return ['status' => 200, 'body' => 'hello ' . $req['path']];
    }, $request);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    kernel([
        'path' => "/api/items/{$i}",
        'headers' => ['user-agent' => 'curl/8.0', 'cookie' => 'sid=' . md5((string) $i) . ';' . str_repeat('pref=1;', 90)],
    ]);
}
