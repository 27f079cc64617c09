<?php

declare(strict_types=1);

namespace App\Helpdesk;

use Workerman\Connection\TcpConnection;
use Workerman\Worker;

final class AgentSocketGateway
{
    private int $tick = 0;

    public function __construct(private AgentPresence $presence)
    {
    }

    public function bind(Worker $worker): void
    {
        $worker->onConnect = function (TcpConnection $connection): void {
            $this->presence->join($connection, $this->profileFrom($connection));
        };
        $worker->onMessage = function (TcpConnection $connection, string $frame): void {
            $this->tick++;
            $this->presence->touch($connection, $this->tick);
            $message = json_decode($frame, true, 16, JSON_THROW_ON_ERROR);
            if (($message['type'] ?? '') === 'ping') {
                $connection->send('{"type":"pong"}');
                return;
            }
            $out = json_encode([
                'type' => 'message',
                'room' => $message['room'] ?? 'lobby',
                'body' => $message['body'] ?? '',
                'online' => $this->presence->onlineCount(),
            ], JSON_THROW_ON_ERROR);
            $connection->send($out);
        };
        $worker->onClose = function (TcpConnection $connection): void {
            $this->presence->leave($connection, $this->tick);
        };
    }

    private function profileFrom(TcpConnection $connection): array
    {
        $headers = $connection->handshakeHeaders;
        parse_str(parse_url($headers['Request-Uri'] ?? '', PHP_URL_QUERY) ?: '', $query);

        return [
            'user_id' => (int) ($query['uid'] ?? 0),
            'agent' => $headers['User-Agent'] ?? 'unknown',
            'origin' => $headers['Origin'] ?? '',
            'protocols' => explode(',', $headers['Sec-WebSocket-Protocol'] ?? ''),
            'remote' => $connection->remoteAddress,
        ];
    }
}
