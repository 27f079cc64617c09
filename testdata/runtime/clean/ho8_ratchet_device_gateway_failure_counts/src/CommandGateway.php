<?php

declare(strict_types=1);

namespace Fleet\Gateway;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

final class InvalidCommand extends \InvalidArgumentException {}

final class CommandGateway implements MessageComponentInterface
{
    private const OPERATIONS = ['reboot', 'locate', 'lock', 'unlock', 'firmware'];

    private \SplObjectStorage $devices;

    /** @var array<class-string, int> shown on the diagnostics page */
    private array $failures = [];

    public function __construct()
    {
        $this->devices = new \SplObjectStorage();
    }

    public function onOpen(ConnectionInterface $conn)
    {
        $this->devices->attach($conn);
    }

    public function onMessage(ConnectionInterface $from, $msg)
    {
        $command = json_decode($msg, true, flags: JSON_THROW_ON_ERROR);
        if (!in_array($command['op'] ?? null, self::OPERATIONS, true)) {
            throw new InvalidCommand(sprintf('Unsupported operation "%s" from %s', $command['op'] ?? '', $from->remoteAddress));
        }
        $from->send(json_encode(['ack' => $command['op'], 'device' => $command['device']]));
    }

    public function onClose(ConnectionInterface $conn)
    {
        $this->devices->detach($conn);
    }

    public function onError(ConnectionInterface $conn, \Exception $e)
    {
        $this->failures[$e::class] = ($this->failures[$e::class] ?? 0) + 1;
        $conn->send(json_encode(['error' => $e->getMessage()]));
    }
}
