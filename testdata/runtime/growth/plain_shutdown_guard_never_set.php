<?php
// Every request calls installRequestFlush(); the static guard is checked but never set, so each request registers another shutdown function.

final class AccessLog
{
    public static function write(array $request): void
    {
        $line = sprintf('%s %s %d', $request['method'], $request['path'], strlen($request['body']));
    }
}

function installRequestFlush(array $request): void
{
    static $installed = false;
    if ($installed) {
        return;
    }
    register_shutdown_function(static function () use ($request): void { // leak
        AccessLog::write($request);
    });
}

function handle_request(array $request): int
{
    installRequestFlush($request);
    return strlen($request['body']) > 0 ? 200 : 204;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request(['method' => 'POST', 'path' => "/invoices/{$i}/pay", 'body' => str_repeat("invoice {$i} ", 60)]);
}
