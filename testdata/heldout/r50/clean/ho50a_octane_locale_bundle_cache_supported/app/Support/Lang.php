<?php

namespace App\Support;

use App\Services\TranslationRepository;
use Illuminate\Support\Facades\Facade;

/**
 * @method static string get(string $key, array $replace = [])
 * @method static void setLocale(string $locale)
 * @method static string getLocale()
 */
class Lang extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return TranslationRepository::class;
    }
}
