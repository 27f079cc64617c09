<?php

declare(strict_types=1);

namespace App\Chat;

final class Member
{
    public ?string $nick = null;
    public array $profile = [];

    public function __construct(public readonly int $connectionId, public readonly string $ip, public readonly float $joinedAt) {}
}
