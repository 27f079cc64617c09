<?php

declare(strict_types=1);

namespace Ticketing\Protocol;

final class ValidatorFrame
{
    private function __construct(
        public readonly string $type,
        public readonly string $device,
        public readonly int $timestamp,
        public readonly array $fields,
        public readonly string $raw,
    ) {
    }

    public static function parse(string $line): self
    {
        $raw = rtrim($line, "\r\n");
        $data = json_decode($raw, true, 8, JSON_THROW_ON_ERROR);

        return new self((string) $data['type'], (string) $data['device'], (int) $data['ts'], $data, $raw);
    }
}
