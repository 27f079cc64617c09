<?php

namespace App\Support;

use App\Campaigns\Campaign;

final class CacheKeys
{
    public const PREFIX = 'campaign-page:v3';

    /**
     * Cached page fragments vary by campaign, locale and the referral source
     * so that the "thanks for coming from X" banner is baked in.
     */
    public static function campaignPage(Campaign $campaign, string $locale, string $referral): string
    {
        return implode(':', [self::PREFIX, $campaign->slug, $locale, self::normaliseReferral($referral)]);
    }

    private static function normaliseReferral(string $referral): string
    {
        return strtolower(trim($referral)) ?: 'direct';
    }
}
