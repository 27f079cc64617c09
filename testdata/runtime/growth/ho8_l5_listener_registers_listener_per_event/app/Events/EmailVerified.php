<?php

namespace App\Events;

final class EmailVerified
{
    public function __construct(public readonly int $userId) {}
}
