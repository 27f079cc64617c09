<?php
// The same locator, but it makes a fresh service on every lookup: the audit
// log the handler appends to is dropped after each request.

final class Locator
{
    public function get(string $id): object
    {
        return new $id();
    }
}

final class AuditLog
{
    private array $entries = [];

    public function add(string $entry): void
    {
        $this->entries[] = $entry;
    }
}

final class OrderHandler
{
    public function __construct(private Locator $locator) {}

    public function handle(array $request): int
    {
        $this->locator->get(AuditLog::class)->add(str_repeat("order {$request['id']} ", 40));
        return $request['id'];
    }
}

$handler = new OrderHandler(new Locator());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['id' => $i]);
}
