<?php
// A request-logging worker enriches each access-log entry with the visitor's country through a GeoIP resolver that caches lookups in memory.

declare(strict_types=1);

namespace Analytics\Geo;

final class GeoLocation
{
    public function __construct(
        public readonly string $ip,
        public readonly string $countryCode,
        public readonly string $city,
        public readonly float $latitude,
        public readonly float $longitude,
        public readonly string $asnOrganisation,
        public readonly string $network,
        public readonly string $timeZone,
        public readonly array $subdivisions = [],
    ) {
    }
}

interface GeoResolverInterface
{
    public function resolve(string $ip): ?GeoLocation;
}

/**
 * Stand-in for a MaxMind database reader.
 */
final class DatabaseResolver implements GeoResolverInterface
{
    private const CITIES = [
        ['DE', 'Berlin', 52.52, 13.40, 'Europe/Berlin'],
        ['FR', 'Paris', 48.85, 2.35, 'Europe/Paris'],
        ['US', 'Boston', 42.36, -71.06, 'America/New_York'],
    ];

    public function resolve(string $ip): ?GeoLocation
    {
        $long = ip2long($ip);
        if ($long === false) {
            return null;
        }
        [$cc, $city, $lat, $lon, $tz] = self::CITIES[$long % 3];

        return new GeoLocation(
            $ip,
            $cc,
            $city,
            $lat,
            $lon,
            'AS' . ($long % 65000) . ' Example Hosting Provider GmbH & Co. KG',
            long2ip($long & 0xFFFFFF00) . '/24',
            $tz,
            [['iso_code' => $cc . '-' . ($long % 16), 'name' => $city . ' region ' . ($long % 16)]],
        );
    }
}

/**
 * Least-recently-used cache in front of another resolver.
 */
final class CachingResolver implements GeoResolverInterface
{
    /** @var array<string, GeoLocation|null> */
    private array $entries = [];
    private int $hits = 0;
    private int $misses = 0;

    public function __construct(
        private GeoResolverInterface $inner,
        private int $capacity = 256,
    ) {
        if ($capacity < 1) {
            throw new \InvalidArgumentException('Capacity must be positive.');
        }
    }

    public function resolve(string $ip): ?GeoLocation
    {
        if (array_key_exists($ip, $this->entries)) {
            $this->hits++;
            $location = $this->entries[$ip];
            unset($this->entries[$ip]);

            return $this->entries[$ip] = $location;
        }
        $this->misses++;
        if (count($this->entries) >= $this->capacity) {
            unset($this->entries[array_key_first($this->entries)]);
        }

        return $this->entries[$ip] = $this->inner->resolve($ip);
    }

    public function stats(): array
    {
        return ['hits' => $this->hits, 'misses' => $this->misses, 'size' => count($this->entries)];
    }
}

final class AccessLogEnricher
{
    public function __construct(private GeoResolverInterface $geo)
    {
    }

    public function enrich(array $entry): array
    {
        $location = $this->geo->resolve($entry['remote_addr']);
        $entry['geo'] = $location === null ? null : [
            'country' => $location->countryCode,
            'city' => $location->city,
            'asn' => $location->asnOrganisation,
        ];

        return $entry;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$enricher = new AccessLogEnricher(new CachingResolver(new DatabaseResolver(), 64));
$countries = [];
for ($i = 0; $i < $n; $i++) {
    $entry = $enricher->enrich([
        'remote_addr' => long2ip(0x5DB8D822 + $i * 7),
        'method' => 'GET',
        'path' => '/blog/' . ($i % 40),
        'user_agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36',
    ]);
    $cc = $entry['geo']['country'] ?? '??';
    $countries[$cc] = ($countries[$cc] ?? 0) + 1;
}
