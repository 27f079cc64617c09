<?php

namespace Lite\WebSocket;

class Server
{
    public int $sent = 0;

    public function push(int $fd, string $data): bool
    {
        $this->sent += strlen($data) > 0 ? 1 : 0;

        return true;
    }
}
