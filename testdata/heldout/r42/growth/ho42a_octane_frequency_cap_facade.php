<?php

declare(strict_types=1);

/*
 * Octane-style bid endpoint: services are bound once in the application
 * container and reached through static facades for the worker's lifetime.
 */

final class Application
{
    private static ?Application $instance = null;

    /** @var array<string, Closure> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function singleton(string $abstract, Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
    }

    public function make(string $abstract): object
    {
        if (!isset($this->instances[$abstract])) {
            $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }

        return $this->instances[$abstract];
    }
}

abstract class Facade
{
    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        return Application::getInstance()->make(static::getFacadeAccessor());
    }

    public static function __callStatic(string $method, array $arguments): mixed
    {
        return static::getFacadeRoot()->{$method}(...$arguments);
    }
}

final class UserContext
{
    public const ID_TYPES = ['cookie', 'maid', 'ip'];

    public function __construct(
        public readonly string $buyerUid,
        public readonly string $idType,
        public readonly ?string $country,
    ) {
    }

    public static function fromOpenRtb(array $user, array $device): self
    {
        if (isset($user['buyeruid'])) {
            return new self((string) $user['buyeruid'], 'cookie', $device['geo']['country'] ?? null);
        }
        if (isset($device['ifa'])) {
            return new self((string) $device['ifa'], 'maid', $device['geo']['country'] ?? null);
        }

        return new self((string) ($device['ip'] ?? '0.0.0.0'), 'ip', $device['geo']['country'] ?? null);
    }
}

final class CapKey
{
    public static function forUser(string $campaignId, UserContext $user, int $windowStart): string
    {
        return sprintf('fcap:%s:%s:%s:%d', $campaignId, $user->idType, $user->buyerUid, $windowStart);
    }
}

final class FrequencyCapRepository
{
    /** @var array<string, array{count: int, first_seen: int, last_seen: int, last_creative: string}> */
    private array $counters = [];

    public function current(string $key): int
    {
        return $this->counters[$key]['count'] ?? 0;
    }

    public function hit(string $key, int $timestamp, string $creativeId): int
    {
        $counter = $this->counters[$key] ?? [
            'count' => 0,
            'first_seen' => $timestamp,
            'last_seen' => $timestamp,
            'last_creative' => $creativeId,
        ];
        $counter['count']++;
        $counter['last_seen'] = $timestamp;
        $counter['last_creative'] = $creativeId;
        $this->counters[$key] = $counter; // leak

        return $counter['count'];
    }
}

final class FrequencyCapService
{
    /**
     * @param array<string, array{impressions: int, window: int}> $caps
     */
    public function __construct(
        private readonly FrequencyCapRepository $repository,
        private readonly array $caps,
    ) {
    }

    public function allows(string $campaignId, UserContext $user, int $now): bool
    {
        $cap = $this->caps[$campaignId] ?? null;
        if ($cap === null) {
            return true;
        }

        return $this->repository->current($this->keyFor($campaignId, $user, $now)) < $cap['impressions'];
    }

    public function record(string $campaignId, UserContext $user, string $creativeId, int $now): void
    {
        $this->repository->hit($this->keyFor($campaignId, $user, $now), $now, $creativeId);
    }

    private function keyFor(string $campaignId, UserContext $user, int $now): string
    {
        $window = $this->caps[$campaignId]['window'] ?? 86400;

        return CapKey::forUser($campaignId, $user, $now - ($now % $window));
    }
}

/**
 * @method static bool allows(string $campaignId, UserContext $user, int $now)
 * @method static void record(string $campaignId, UserContext $user, string $creativeId, int $now)
 */
final class FrequencyCap extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'frequency-cap';
    }
}

final class CampaignCatalog
{
    /** @param array<string, array{bid: float, creatives: list<string>, sizes: list<string>}> $campaigns */
    public function __construct(private readonly array $campaigns)
    {
    }

    /** @return array<string, array{bid: float, creatives: list<string>, sizes: list<string>}> */
    public function matching(string $size): array
    {
        return array_filter($this->campaigns, static fn (array $c): bool => in_array($size, $c['sizes'], true));
    }
}

final class BidController
{
    public function __construct(private readonly CampaignCatalog $catalog)
    {
    }

    public function __invoke(array $bidRequest): array
    {
        $user = UserContext::fromOpenRtb($bidRequest['user'] ?? [], $bidRequest['device'] ?? []);
        $now = (int) $bidRequest['ext']['ts'];
        $seatbid = [];

        foreach ($bidRequest['imp'] as $imp) {
            $size = $imp['banner']['w'] . 'x' . $imp['banner']['h'];
            foreach ($this->catalog->matching($size) as $campaignId => $campaign) {
                if (!FrequencyCap::allows($campaignId, $user, $now)) {
                    continue;
                }
                $creativeId = $campaign['creatives'][$now % count($campaign['creatives'])];
                FrequencyCap::record($campaignId, $user, $creativeId, $now);
                $seatbid[] = [
                    'impid' => $imp['id'],
                    'price' => $campaign['bid'],
                    'crid' => $creativeId,
                    'cid' => $campaignId,
                ];
            }
        }

        return ['id' => $bidRequest['id'], 'seatbid' => [['bid' => $seatbid]]];
    }
}

// --- boot -----------------------------------------------------------------

$app = Application::getInstance();
$app->singleton('frequency-cap', static fn (): FrequencyCapService => new FrequencyCapService(
    new FrequencyCapRepository(),
    [
        'cmp-summer-sale' => ['impressions' => 3, 'window' => 86400],
        'cmp-retarget-shoes' => ['impressions' => 5, 'window' => 3600],
    ],
));
$controller = new BidController(new CampaignCatalog([
    'cmp-summer-sale' => ['bid' => 1.25, 'creatives' => ['cr-1001', 'cr-1002'], 'sizes' => ['300x250', '728x90']],
    'cmp-retarget-shoes' => ['bid' => 2.10, 'creatives' => ['cr-2001'], 'sizes' => ['300x250']],
    'cmp-brand-video' => ['bid' => 4.00, 'creatives' => ['cr-3001'], 'sizes' => ['640x360']],
]));

// --- worker loop ------------------------------------------------------------

$requests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $requests; $i++) {
    $payload = json_encode([
        'id' => sprintf('req-%08x-%04x', $i * 7919, $i % 65536),
        'imp' => [['id' => '1', 'banner' => ['w' => 300, 'h' => 250]]],
        'user' => ['buyeruid' => md5('uid' . $i) . substr(sha1((string) $i), 0, 12)],
        'device' => ['ip' => '10.0.' . ($i % 255) . '.1', 'geo' => ['country' => ['USA', 'DEU', 'FRA'][$i % 3]]],
        'ext' => ['ts' => 1700000000 + $i * 3],
    ]);
    $response = $controller(json_decode($payload, true));
    unset($payload, $response);
}
