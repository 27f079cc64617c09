<?php

namespace App\Tracking;

interface Enricher
{
    public function enrich(OpenEvent $event, Annotations $annotations): void;
}

/** Apple Mail Privacy Protection and Gmail's image proxy pre-fetch pixels. */
final class MachineOpenDetector implements Enricher
{
    private const PROXIES = ['GoogleImageProxy', 'YahooMailProxy', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15) AppleWebKit/605.1.15 (KHTML, like Gecko)'];

    public function enrich(OpenEvent $event, Annotations $annotations): void
    {
        $ctx = $annotations->for($event);
        foreach (self::PROXIES as $needle) {
            if (str_contains($event->userAgent, $needle)) {
                $ctx->machineOpen = true;
                $ctx->client = $needle === self::PROXIES[0] ? 'gmail-proxy' : ($needle === self::PROXIES[1] ? 'yahoo-proxy' : 'apple-mpp');

                return;
            }
        }
        $ctx->client = str_contains($event->userAgent, 'Outlook') ? 'outlook' : 'other';
    }
}

final class GeoEnricher implements Enricher
{
    public function __construct(private array $prefixes)
    {
    }

    public function enrich(OpenEvent $event, Annotations $annotations): void
    {
        $prefix = implode('.', array_slice(explode('.', $event->ip), 0, 2));
        $annotations->for($event)->country = $this->prefixes[$prefix] ?? 'ZZ';
    }
}

final class OpenTracker
{
    private array $counters = [];
    private ?string $lastDedupKey = null;

    /** @param Enricher[] $enrichers */
    public function __construct(private Annotations $annotations, private array $enrichers)
    {
    }

    public function record(OpenEvent $event): void
    {
        $this->annotations->begin($event);
        foreach ($this->enrichers as $enricher) {
            $enricher->enrich($event, $this->annotations);
        }

        $ctx = $this->annotations->for($event);
        if ($ctx->dedupKey === $this->lastDedupKey) {
            return;
        }
        $this->lastDedupKey = $ctx->dedupKey;
        $bucket = $event->campaignId . ':' . ($ctx->machineOpen ? 'machine' : 'human');
        $this->counters[$bucket] = ($this->counters[$bucket] ?? 0) + 1;
    }
}
