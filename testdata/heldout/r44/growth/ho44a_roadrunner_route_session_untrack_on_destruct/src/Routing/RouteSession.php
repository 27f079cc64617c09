<?php

declare(strict_types=1);

namespace Citymap\Routing;

final class RouteSession
{
    private bool $cancelled = false;
    /** @var array<int, float> */
    private array $settled = [];
    /** @var array<int, int> */
    private array $previous = [];

    public function __construct(
        private readonly RoutingEngine $engine,
        public readonly RouteQuery $query,
    ) {
        $engine->track($this);
    }

    public function __destruct()
    {
        $this->engine->untrack($this);
    }

    public function cancel(): void
    {
        $this->cancelled = true;
    }

    public function solve(): RoutePlan
    {
        $graph = $this->engine->graph();
        $source = $graph->nearest($this->query->fromLat, $this->query->fromLon);
        $target = $graph->nearest($this->query->toLat, $this->query->toLon);

        $queue = new \SplPriorityQueue();
        $queue->setExtractFlags(\SplPriorityQueue::EXTR_DATA);
        $distance = [$source => 0.0];
        $queue->insert($source, 0.0);
        while (!$queue->isEmpty()) {
            if ($this->cancelled) {
                throw new RouteCancelled($this->query->requestId);
            }
            $node = $queue->extract();
            if (isset($this->settled[$node])) {
                continue;
            }
            $this->settled[$node] = $distance[$node];
            if ($node === $target) {
                break;
            }
            foreach ($graph->neighbours($node) as $next => $metres) {
                $candidate = $distance[$node] + $metres;
                if (!isset($distance[$next]) || $candidate < $distance[$next]) {
                    $distance[$next] = $candidate;
                    $this->previous[$next] = $node;
                    $queue->insert($next, -$candidate);
                }
            }
        }

        $path = [$target];
        while (end($path) !== $source && isset($this->previous[end($path)])) {
            $path[] = $this->previous[end($path)];
        }
        $path = array_reverse($path);
        $metres = $this->settled[$target] ?? 0.0;

        return new RoutePlan(
            $path,
            $metres,
            (int) round($metres / ($this->query->speedKph() / 3.6)),
            PolylineEncoder::encode(array_map($graph->coordinate(...), $path)),
            $graph->version,
        );
    }
}
