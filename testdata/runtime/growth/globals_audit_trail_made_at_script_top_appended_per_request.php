<?php
// A legacy front controller run as a worker: the script makes its audit
// trail once, at the top, in $GLOBALS, and the request handler (a plain
// function) appends every request to it. The global outlives every
// request, so the trail keeps them all.

final class AuditTrail
{
    /** @var list<string> */
    private array $entries = [];

    public function add(string $line): void
    {
        $this->entries[] = $line; // leak
    }
}

function handle_request(array $request): string
{
    $GLOBALS['audit']->add(sprintf('%s %s by %s', $request['method'], $request['path'], $request['user']));
    return 'ok';
}

$GLOBALS['audit'] = new AuditTrail();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request(['method' => 'POST', 'path' => '/tickets/' . (12000 + $i) . '/comments', 'user' => 'agent-' . ($i % 40) . str_repeat('.', 500)]);
}
