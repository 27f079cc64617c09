<?php

namespace App\Message;

final class ModerateReview
{
    public function __construct(public readonly array $payload)
    {
    }
}
