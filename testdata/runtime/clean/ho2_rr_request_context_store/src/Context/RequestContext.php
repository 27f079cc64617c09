<?php

declare(strict_types=1);

namespace App\Context;

final class RequestContext
{
    public ?int $userId = null;
    public ?string $organization = null;
    public string $locale = 'en';
    public string $theme = 'light';
    /** @var list<string> */
    public array $permissions = [];
    /** @var array<string, float> */
    public array $timings = [];
}
