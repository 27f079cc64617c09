<?php

namespace App\Audience;

final class Recipient
{
    public function __construct(
        public readonly int $id,
        public readonly string $email,
        public readonly string $firstName,
        public readonly string $locale,
        public readonly array $tags,
    ) {
    }

    public static function fromPayload(array $row): self
    {
        return new self(
            (int) $row['id'],
            strtolower(trim($row['email'])),
            $row['first_name'] ?? 'there',
            $row['locale'] ?? 'en',
            $row['tags'] ?? [],
        );
    }
}
