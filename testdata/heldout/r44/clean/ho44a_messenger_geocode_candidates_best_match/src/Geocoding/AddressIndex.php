<?php

declare(strict_types=1);

namespace App\Geocoding;

/**
 * In-memory street index loaded at worker boot from the nightly extract.
 * Shared by every message the consumer handles.
 */
final class AddressIndex
{
    /** @var array<string, list<StreetSegment>> street => segments */
    private array $byStreet = [];
    /** @var array<string, list<StreetSegment>> postcode => segments */
    private array $byPostcode = [];
    /** @var array<string, LookupTrace> */
    private array $running = [];

    public function __construct(private readonly GeocoderStats $stats)
    {
    }

    public function add(StreetSegment $segment): void
    {
        $this->byStreet[$segment->street][] = $segment;
        $this->byPostcode[$segment->postcode][] = $segment;
    }

    /** @return array<string, LookupTrace> */
    public function running(): array
    {
        return $this->running;
    }

    /**
     * Candidates in index order: exact street hits first, then the postcode
     * area as a fallback for misspelled streets.
     *
     * @return \Generator<int, Candidate>
     */
    public function candidates(NormalizedAddress $address): \Generator
    {
        $key = $address->fingerprint();
        $trace = new LookupTrace($address, gethostname() . ':' . getmypid(), microtime(true));
        $this->running[$key] = $trace;

        $trace->shards[] = 'street:' . $address->street;
        foreach ($this->byStreet[$address->street] ?? [] as $segment) {
            if (!$segment->covers($address->houseNumber)) {
                continue;
            }
            $trace->candidates++;
            [$lat, $lon] = $segment->interpolate($address->houseNumber);
            $confidence = $segment->postcode === $address->postcode ? 0.95 : ($segment->city === $address->city ? 0.8 : 0.55);
            yield new Candidate($segment, $lat, $lon, $confidence, 'street');
        }

        $trace->shards[] = 'postcode:' . $address->postcode;
        foreach ($this->byPostcode[$address->postcode] ?? [] as $segment) {
            $trace->candidates++;
            [$lat, $lon] = $segment->interpolate(min($segment->toNumber, max($segment->fromNumber, $address->houseNumber)));
            similar_text($segment->street, $address->street, $percent);
            yield new Candidate($segment, $lat, $lon, 0.5 * $percent / 100, 'postcode');
        }

        unset($this->running[$key]);
        $this->stats->record($trace);
    }
}
