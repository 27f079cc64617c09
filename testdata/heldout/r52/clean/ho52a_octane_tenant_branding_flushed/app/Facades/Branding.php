<?php

namespace App\Facades;

use App\Services\BrandingService;
use Illuminate\Support\Facades\Facade;

/**
 * @method static \App\Services\BrandingProfile forHost(string $host)
 */
final class Branding extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return BrandingService::class;
    }
}
