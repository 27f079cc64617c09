<?php

namespace App\Events;

use App\Models\User;

final class EmailVerified
{
    public function __construct(public readonly User $user) {}
}
