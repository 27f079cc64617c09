<?php

namespace App\Support;

use App\Campaigns\Campaign;

final class CacheKeys
{
    public const PREFIX = 'campaign-page:v3';

    public const LOCALES = ['en', 'es', 'fr'];

    /**
     * Cached page fragments vary by campaign and locale only; the referral
     * banner is spliced in after the cache lookup.
     */
    public static function campaignPage(Campaign $campaign, string $locale): string
    {
        return implode(':', [self::PREFIX, $campaign->slug, self::supportedLocale($locale)]);
    }

    public static function supportedLocale(string $locale): string
    {
        return in_array($locale, self::LOCALES, true) ? $locale : self::LOCALES[0];
    }
}
