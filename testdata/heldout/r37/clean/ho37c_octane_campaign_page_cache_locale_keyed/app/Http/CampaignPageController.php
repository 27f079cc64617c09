<?php

namespace App\Http;

use App\Campaigns\Campaign;
use App\Campaigns\CampaignRepository;
use App\Support\CacheKeys;
use Illuminate\Support\Facades\Cache;

final class CampaignPageController
{
    private const BANNER_SLOT = '<!--ref-banner-->';

    public function __construct(private CampaignRepository $campaigns)
    {
    }

    /** @param array{path: array<string,string>, query: array<string,string>, headers: array<string,string>} $request */
    public function show(array $request): array
    {
        $campaign = $this->campaigns->findBySlug($request['path']['slug']);
        if ($campaign === null) {
            return [404, 'Campaign not found'];
        }
        $locale = CacheKeys::supportedLocale(substr($request['headers']['accept-language'] ?? 'en', 0, 2));
        $referral = $request['query']['ref'] ?? '';

        $html = Cache::remember(
            CacheKeys::campaignPage($campaign, $locale),
            3600,
            fn () => $this->render($campaign, $locale),
        );

        return [200, str_replace(self::BANNER_SLOT, $this->banner($referral), $html)];
    }

    private function banner(string $referral): string
    {
        $referral = strtolower(trim($referral));

        return $referral !== '' ? sprintf('<p class="ref">Welcome, friend of %s!</p>', htmlspecialchars($referral)) : '';
    }

    private function render(Campaign $campaign, string $locale): string
    {
        return sprintf(
            '<html lang="%s"><h1>%s</h1>%s<div class="thermo" style="width:%d%%"></div><article>%s</article><form action="/donate/%d"></form></html>',
            $locale,
            htmlspecialchars($campaign->title),
            self::BANNER_SLOT,
            $campaign->percentRaised(),
            htmlspecialchars($campaign->story),
            $campaign->id,
        );
    }
}
