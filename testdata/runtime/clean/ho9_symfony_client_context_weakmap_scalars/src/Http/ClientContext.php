<?php
namespace App\Http;

final class ClientContext
{
    public function __construct(
        public readonly string $clientIp,
        public readonly string $locale,
        public readonly string $userAgent,
    ) {}

    public function ip(): string
    {
        return $this->clientIp;
    }
}
