<?php

declare(strict_types=1);

namespace App\Delivery;

final class Frame
{
    public function __construct(
        public readonly string $type,
        public readonly string $id,
        public readonly string $topic,
        public readonly string $body,
    ) {
    }

    public static function decode(string $raw): self
    {
        $data = json_decode($raw, true, 16, JSON_THROW_ON_ERROR);

        return new self($data['type'], $data['id'], $data['topic'] ?? '', $data['body'] ?? '');
    }
}
