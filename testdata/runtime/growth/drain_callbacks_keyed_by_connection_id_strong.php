<?php
// A server keeps, per open connection, a callback that drains it on
// shutdown, under 'conn#' . spl_object_id($connection). The callback,
// made by a helper function, captures the connection itself: no
// connection is ever freed, no id is reused, and the map grows by one
// entry per connection.

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
    return static function (string $reason) use ($connection): string {
        return $reason . ' ' . $connection->peer;
    };
}

final class ShutdownDrain
{
    /** @var array<string, Closure> */
    private array $pending = [];

    public function track(Connection $connection): void
    {
        $this->pending[connection_key($connection)] = drainer_for($connection); // leak
    }
}

$drain = new ShutdownDrain();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $drain->track(new Connection('10.0.0.' . ($i % 250) . ':' . (40000 + $i), str_repeat('x', 500)));
}
