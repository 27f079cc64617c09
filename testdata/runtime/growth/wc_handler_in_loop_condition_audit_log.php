<?php
// A worker script in the style of FrankenPHP: the request loop hands a
// fresh callback to the request handler in its condition, and stops when
// the handler says there is nothing more to serve. The audit service
// behind the callback keeps every request's entry.

final class AuditTrail
{
    private array $entries = [];

    public function record(string $user, string $path, array $input): void
    {
        $this->entries[] = ['user' => $user, 'path' => $path, 'input' => $input, 'at' => microtime(true)]; // leak
    }
}

final class ApiController
{
    public function __construct(private readonly AuditTrail $audit) {}

    public function handle(array $request): string
    {
        $this->audit->record($request['user'], $request['path'], $request['input']);

        return json_encode(['ok' => true]);
    }
}

$controller = new ApiController(new AuditTrail());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$served = 0;
$next = static function (callable $handler) use (&$served, $n): bool {
    if ($served >= $n) {
        return false;
    }
    $handler(['user' => 'u' . ($served % 40), 'path' => '/api/orders/' . $served, 'input' => ['note' => str_repeat('n', 300)]]);
    $served++;

    return true;
};

while ($next(static function (array $request) use ($controller): void {
    $controller->handle($request);
})) {
    gc_collect_cycles();
}
