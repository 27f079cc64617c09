<?php

namespace App\Chat;

final class ClientInfo
{
    public string $name = 'guest';
    public string $lastMessage = '';
    public bool $online = true;

    public function __construct(
        public readonly int $resourceId,
        public readonly string $remoteAddress,
        public readonly string $userAgent,
    ) {
    }
}
