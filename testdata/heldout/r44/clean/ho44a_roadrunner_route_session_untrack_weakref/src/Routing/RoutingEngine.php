<?php

declare(strict_types=1);

namespace Citymap\Routing;

/**
 * Worker-wide routing engine. Keeps track of the sessions that are solving
 * so a graph hot-swap (new OSM extract) can cancel them instead of letting
 * them finish against the old topology.
 */
final class RoutingEngine
{
    /** @var array<int, \WeakReference<RouteSession>> */
    private array $inFlight = [];

    /** @param class-string<RouteSession> $sessionClass */
    public function __construct(
        private RoadGraph $graph,
        private readonly string $sessionClass = RouteSession::class,
    ) {
    }

    public function open(RouteQuery $query): RouteSession
    {
        $class = $this->sessionClass;

        return new $class($this, $query);
    }

    public function track(RouteSession $session): void
    {
        $this->inFlight[spl_object_id($session)] = \WeakReference::create($session);
    }

    public function untrack(RouteSession $session): void
    {
        unset($this->inFlight[spl_object_id($session)]);
    }

    public function graph(): RoadGraph
    {
        return $this->graph;
    }

    public function swapGraph(RoadGraph $graph): void
    {
        foreach ($this->inFlight as $ref) {
            $ref->get()?->cancel();
        }
        $this->graph = $graph;
    }

    public function inFlightCount(): int
    {
        return count($this->inFlight);
    }
}
