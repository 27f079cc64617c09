<?php

declare(strict_types=1);

namespace App\Alerts;

/**
 * The "current disruptions" timeline shown on the website and in the
 * journey planner banner. One per process.
 */
final class AlertBoard
{
    /** Alerts kept for the banner and the website's disruption list. */
    private const WINDOW = 40;

    /** @var list<ServiceAlert> newest last */
    private array $timeline = [];

    public function publish(ServiceAlert $alert): void
    {
        $this->timeline[] = $alert;
        if (count($this->timeline) > self::WINDOW) {
            $this->timeline = array_slice($this->timeline, -self::WINDOW);
        }
    }

    /** @return list<ServiceAlert> */
    public function latest(int $count): array
    {
        return array_reverse(array_slice($this->timeline, -$count));
    }

    /** @return list<ServiceAlert> */
    public function forRoute(string $routeId): array
    {
        return array_values(array_filter($this->timeline, static fn (ServiceAlert $a): bool => in_array($routeId, $a->routes, true)));
    }
}
