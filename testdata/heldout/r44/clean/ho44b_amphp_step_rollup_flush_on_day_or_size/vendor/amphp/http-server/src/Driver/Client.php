<?php

declare(strict_types=1);

namespace Amp\Http\Server\Driver;

/**
 * Local stand-in for amphp/http-server's client connection.
 */
final class Client
{
    private static int $nextId = 1;

    private int $id;

    public function __construct(private string $remoteAddress)
    {
        $this->id = self::$nextId++;
    }

    public function getId(): int
    {
        return $this->id;
    }

    public function getRemoteAddress(): string
    {
        return $this->remoteAddress;
    }
}
