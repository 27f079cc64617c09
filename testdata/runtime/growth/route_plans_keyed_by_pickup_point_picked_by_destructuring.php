<?php
// A courier dispatch worker caches the route plan from the nearest depot
// for each job. The search also keeps the pickup point itself, picked
// with a destructuring assignment ([$best, $bestDist] = [$point, $d]);
// the cache key is that point, the job's own coordinates, so every job
// at a new address adds a plan that is never taken out.

final class DepotLocator
{
    /** @param array<string, array{0: float, 1: float}> $depots */
    public function __construct(private array $depots)
    {
    }

    public function nearest(float $lat, float $lng): string
    {
        $best = '';
        $bestDist = INF;
        foreach ($this->depots as $depot => [$dLat, $dLng]) {
            $d = ($lat - $dLat) ** 2 + ($lng - $dLng) ** 2;
            if ($d < $bestDist) {
                [$best, $bestDist] = [sprintf('%.4f,%.4f', $lat, $lng), $d];
            }
        }
        return $best;
    }
}

final class PlanCache
{
    /** @var array<string, array{depot: string, legs: list<string>}> */
    private array $plans = [];

    public function get(string $key): ?array
    {
        return $this->plans[$key] ?? null;
    }

    public function put(string $key, array $plan): void
    {
        $this->plans[$key] = $plan; // leak
    }
}

final class RoutePlanner
{
    public function __construct(private DepotLocator $locator, private PlanCache $cache)
    {
    }

    public function plan(array $job): array
    {
        $origin = $this->locator->nearest((float) $job['lat'], (float) $job['lng']);
        $key = $origin . '|' . ($job['express'] ? 'express' : 'standard');
        $plan = $this->cache->get($key);
        if ($plan === null) {
            $plan = ['depot' => $origin, 'legs' => array_fill(0, 12, str_repeat('leg via ' . $origin . ' ', 4))];
            $this->cache->put($key, $plan);
        }
        return $plan;
    }
}

$planner = new RoutePlanner(new DepotLocator([
    'north' => [52.55, 13.40],
    'south' => [52.45, 13.38],
    'east' => [52.51, 13.50],
    'west' => [52.50, 13.28],
]), new PlanCache());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = json_decode(json_encode(['lat' => 52.40 + $i / 10000, 'lng' => 13.25 + ($i * 13 % 300) / 1000, 'express' => $i % 5 === 0]), true);
    $planner->plan($job);
}
