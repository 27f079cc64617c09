<?php
// A server keeps, per open connection, a callback that drains it on
// shutdown, under 'conn#' . spl_object_id($connection). The callback,
// made by a helper function, keeps the connection only through a
// WeakReference: each connection is freed when it is done, the next one
// reuses its id, and the map keeps one entry.

final class Connection
{
    public function __construct(public readonly string $peer, public readonly string $buffer)
    {
    }
}

function connection_key(Connection $connection): string
{
    return 'conn#' . spl_object_id($connection);
}

function drainer_for(Connection $connection): Closure
{
    $ref = WeakReference::create($connection);

    return static function (string $reason) use ($ref): string {
        return $reason . ' ' . ($ref->get()?->peer ?? 'gone');
    };
}

final class ShutdownDrain
{
    /** @var array<string, Closure> */
    private array $pending = [];

    public function track(Connection $connection): void
    {
        $this->pending[connection_key($connection)] = drainer_for($connection);
    }
}

$drain = new ShutdownDrain();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $drain->track(new Connection('10.0.0.' . ($i % 250) . ':' . (40000 + $i), str_repeat('x', 500)));
}
