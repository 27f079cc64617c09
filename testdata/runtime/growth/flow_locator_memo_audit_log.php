<?php
// A small service locator makes each service once from its class name and
// keeps it; the request handler asks it for the audit log on every request and
// appends to it.

final class Locator
{
    /** @var array<string, object> */
    private array $services = [];

    public function get(string $id): object
    {
        return $this->services[$id] ??= new $id();
    }
}

final class AuditLog
{
    private array $entries = [];

    public function add(string $entry): void
    {
        $this->entries[] = $entry; // leak
    }
}

final class OrderHandler
{
    public function __construct(private Locator $locator) {}

    public function handle(array $request): int
    {
        $this->locator->get(AuditLog::class)->add(str_repeat("order {$request['id']} ", 90));
        return $request['id'];
    }
}

$handler = new OrderHandler(new Locator());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['id' => $i]);
}
