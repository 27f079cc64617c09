<?php
// A command bus records a status string per command under spl_object_hash($command); each command is freed after dispatch.

final class PlaceOrder
{
    public function __construct(public readonly int $cartId, public readonly array $lines, public readonly string $note) {}
}

final class CommandBus
{
    /** @var array<string, string> */
    private static array $status = [];

    public static function dispatch(object $command): void
    {
        $key = spl_object_hash($command);
        self::$status[$key] = 'dispatched';
        // ... handler runs here ...
        self::$status[$key] = 'handled';
    }
}

function checkout(int $cartId): void
{
    $cmd = new PlaceOrder($cartId, ['sku-1' => 1, 'sku-7' => 3], str_repeat('leave at the door ', 45));
    CommandBus::dispatch($cmd);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    checkout($i);
}
