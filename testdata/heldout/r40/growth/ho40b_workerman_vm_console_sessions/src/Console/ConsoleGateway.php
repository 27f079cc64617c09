<?php

namespace Panel\Console;

use Workerman\Connection\TcpConnection;
use Workerman\Worker;

final class ConsoleGateway
{
    public function __construct(
        private SerialConsoleProxy $proxy,
        private string $ticketSecret,
    ) {
    }

    public function listen(Worker $worker): void
    {
        $worker->onMessage = $this->onMessage(...);
        $worker->onClose = $this->onClose(...);
    }

    public function onMessage(TcpConnection $connection, string $frame): void
    {
        $message = json_decode($frame, true);
        $session = SessionRegistry::of($connection);

        if (($message['type'] ?? null) === 'attach') {
            if (!$this->ticketIsValid($message)) {
                $connection->send('{"type":"error","reason":"ticket"}');
                $connection->close();

                return;
            }
            SessionRegistry::attach($connection, new ConsoleSession(
                $connection,
                $message['vm'],
                $message['node'],
                $message['operator'],
                $message['ua'],
                (int) $message['ts'],
            ));
            $connection->send('{"type":"attached"}');

            return;
        }

        if ($session !== null && ($message['type'] ?? null) === 'keys') {
            $session->keystrokes += strlen($message['data']);
            $session->push($this->proxy->forward($session->node, $session->vmUuid, $message['data']));
        }
    }

    public function onClose(TcpConnection $connection): void
    {
        $session = SessionRegistry::of($connection);
        if ($session !== null) {
            $session->closedAt = time();
        }
    }

    private function ticketIsValid(array $message): bool
    {
        $expected = hash_hmac('sha256', $message['vm'] . '|' . $message['operator'] . '|' . $message['ts'], $this->ticketSecret);

        return hash_equals($expected, (string) ($message['ticket'] ?? ''));
    }
}
