<?php

namespace App\Security;

final class LoginAttempt
{
    public function __construct(public readonly string $ip, public readonly string $userAgent, public readonly int $at)
    {
    }
}
