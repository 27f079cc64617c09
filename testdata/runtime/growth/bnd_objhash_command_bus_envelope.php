<?php
// The same command bus wraps each command in an envelope stored under spl_object_hash($command): the envelope keeps the command alive.

final class PlaceOrder
{
    public function __construct(public readonly int $cartId, public readonly array $lines, public readonly string $note) {}
}

final class Envelope
{
    public string $status = 'dispatched';

    public function __construct(public readonly object $command) {}
}

final class CommandBus
{
    /** @var array<string, Envelope> */
    private static array $status = [];

    public static function dispatch(object $command): void
    {
        $key = spl_object_hash($command);
        self::$status[$key] = new Envelope($command); // leak
        // ... handler runs here ...
        self::$status[$key]->status = 'handled';
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
