<?php
// A legacy front controller run as a worker: the script makes its audit
// trail once, at the top, in $GLOBALS, and the request handler (a plain
// function) records each request in it, but the trail keeps only the
// last entry per HTTP method family, two entries each request overwrites.

final class AuditTrail
{
    /** @var array<string, string> */
    private array $last = [];

    public function add(string $method, string $line): void
    {
        $family = match ($method) {
            'GET', 'HEAD' => 'read',
            default => 'write',
        };
        $this->last[$family] = $line;
    }
}

function handle_request(array $request): string
{
    $GLOBALS['audit']->add($request['method'], sprintf('%s %s by %s', $request['method'], $request['path'], $request['user']));
    return 'ok';
}

$GLOBALS['audit'] = new AuditTrail();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request(['method' => 'POST', 'path' => '/tickets/' . (12000 + $i) . '/comments', 'user' => 'agent-' . ($i % 40) . str_repeat('.', 500)]);
}
