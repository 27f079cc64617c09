<?php

namespace App\Gateway;

use React\Socket\ConnectionInterface;
use React\Socket\ServerInterface;

final class WebhookGateway
{
    private int $accepted = 0;
    private ?string $lastServerError = null;

    public function __construct(private ServerInterface $server, private WebhookQueue $queue)
    {
    }

    public function listen(): void
    {
        $this->server->on('error', function (\Throwable $e): void {
            $this->lastServerError = $e->getMessage();
        });
    }

    public function accept(ConnectionInterface $connection): void
    {
        $this->accepted++;
        $session = new GatewaySession((string) $connection->getRemoteAddress(), microtime(true));

        $connection->on('data', function (string $chunk) use ($session, $connection): void {
            $session->buffer .= $chunk;
            if (str_contains($session->buffer, "\r\n\r\n")) {
                $session->deliveries++;
                $this->queue->push($session->peer, strlen($session->buffer));
                $connection->end("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");
            }
        });
        $connection->on('error', function (\Throwable $e) use ($session): void {
            $session->fail($e->getMessage());
        });
    }
}
