<?php

final class Server
{
    private int $accepted = 0;

    public function accept(int $fd): Connection
    {
        $this->accepted++;
        $conn = new Connection($fd, "10.0.0.{$fd}:6379");
        $conn->on('data', static function (string $chunk) use ($conn): void { // leak
            $conn->buffer .= $chunk;
        });
        $conn->on('end', static function () use ($conn): void { // leak
            $conn->ended = true;
        });
        return $conn;
    }
}
