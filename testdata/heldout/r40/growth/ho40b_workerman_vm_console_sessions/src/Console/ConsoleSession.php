<?php

namespace Panel\Console;

use Workerman\Connection\TcpConnection;

/**
 * One browser tab attached to a VM's serial console through the gateway.
 */
final class ConsoleSession
{
    public int $keystrokes = 0;
    public ?int $closedAt = null;

    public function __construct(
        private TcpConnection $connection,
        public readonly string $vmUuid,
        public readonly string $node,
        public readonly string $operator,
        public readonly string $userAgent,
        public readonly int $openedAt,
    ) {
    }

    public function push(string $output): void
    {
        $this->connection->send(json_encode(['type' => 'output', 'vm' => $this->vmUuid, 'data' => base64_encode($output)]));
    }
}
