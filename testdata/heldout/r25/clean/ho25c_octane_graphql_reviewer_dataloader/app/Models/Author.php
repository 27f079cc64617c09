<?php

namespace App\Models;

final class Author
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $handle,
        public readonly string $avatarUrl,
        public readonly string $bio,
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self($row['id'], $row['name'], $row['handle'], $row['avatar_url'], $row['bio']);
    }
}
