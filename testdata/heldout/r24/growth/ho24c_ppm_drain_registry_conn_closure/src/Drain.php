<?php

namespace PhpPm;

use React\Socket\Connection;

function connection_key(Connection $connection): string
{
    return 'conn#' . spl_object_id($connection);
}

function drainer_for(Connection $connection): \Closure
{
    return static function (string $reason) use ($connection): void {
        if (!$connection->isClosed()) {
            $connection->end("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nX-Reason: {$reason}\r\n\r\n");
        }
    };
}

/**
 * On reload (code change detected by the file watcher) the manager asks
 * every in-flight connection to finish with a 503 before the slaves restart.
 */
final class GracefulDrain
{
    /** @var array<string, \Closure> */
    private array $pending = [];

    public function track(Connection $connection): void
    {
        $key = connection_key($connection);
        $this->pending[$key] = drainer_for($connection); // leak
        $connection->on('end', function () use ($key): void {
            unset($this->pending[$key]);
        });
    }

    public function drainAll(string $reason): int
    {
        $drained = 0;
        foreach ($this->pending as $key => $drain) {
            $drain($reason);
            unset($this->pending[$key]);
            $drained++;
        }

        return $drained;
    }
}
