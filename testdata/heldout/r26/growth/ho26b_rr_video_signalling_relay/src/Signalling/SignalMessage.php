<?php

declare(strict_types=1);

namespace App\Signalling;

final class SignalMessage
{
    public function __construct(
        public readonly string $type,
        public readonly string $from,
        public readonly string $to,
        public readonly array $body,
    ) {
    }

    public static function fromJson(string $json): self
    {
        $data = \json_decode($json, true, 16, \JSON_THROW_ON_ERROR);

        return new self((string) $data['type'], (string) $data['from'], (string) $data['to'], (array) ($data['payload'] ?? []));
    }
}
