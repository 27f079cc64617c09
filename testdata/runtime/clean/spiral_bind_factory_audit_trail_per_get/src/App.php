<?php

namespace App;

use Spiral\Core\Container;

final class AuditTrail
{
    /** @var list<string> */
    private array $entries = [];

    public function record(string $actor, string $action): void
    {
        $this->entries[] = sprintf('%s %s %s', date('c'), $actor, $action) . str_repeat(' ', 600);
    }
}

final class OrderController
{
    public function __construct(private Container $container) {}

    public function update(array $request): string
    {
        $this->container->get(AuditTrail::class)->record($request['user'], 'order.update:' . $request['order']);
        return 'ok';
    }
}
