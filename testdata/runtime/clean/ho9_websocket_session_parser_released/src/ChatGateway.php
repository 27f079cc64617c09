<?php

namespace App\Realtime;

use Swoole\Http\Request;
use Swoole\WebSocket\Frame;
use Swoole\WebSocket\Server;

final class ChatGateway
{
    /** @var array<int, ChatSession> */
    private array $sessions = [];

    public function onOpen(Server $server, Request $request): void
    {
        $this->sessions[$request->fd] = new ChatSession($server, $request->fd);
    }

    public function onMessage(Server $server, Frame $frame): void
    {
        $this->sessions[$frame->fd]?->receive($frame->data);
    }

    public function onClose(Server $server, int $fd): void
    {
        $this->sessions[$fd]?->close();
        unset($this->sessions[$fd]);
    }
}
