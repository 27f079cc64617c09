<?php
namespace App\Chat;

final class Member
{
    public function __construct(
        public readonly string $nick,
        public readonly string $userAgent,
        public readonly int $joinedAt,
    ) {}
}
