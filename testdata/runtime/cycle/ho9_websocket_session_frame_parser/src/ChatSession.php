<?php

namespace App\Realtime;

use Swoole\WebSocket\Server;

final class ChatSession
{
    private FrameParser $parser;
    private array $received = [];

    public function __construct(private Server $server, public readonly int $fd)
    {
        $this->parser = new FrameParser();
        $this->parser->onFrame($this->handleFrame(...)); // leak
    }

    public function receive(string $data): void
    {
        $this->parser->feed($data);
    }

    private function handleFrame(string $line): void
    {
        $this->received[] = $line;
        if ($line === 'PING') {
            $this->server->push($this->fd, 'PONG');
        }
    }
}
