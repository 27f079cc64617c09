<?php

namespace App\Api;

/**
 * One dated API version, linked to the versions released before and after it.
 */
final class ApiVersion
{
    public ?ApiVersion $previous = null;
    public ?ApiVersion $next = null;

    public function __construct(public readonly string $date, public readonly string $changelog)
    {
    }
}
