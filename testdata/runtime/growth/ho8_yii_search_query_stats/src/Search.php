<?php

namespace App\Search;

use Psr\EventDispatcher\EventDispatcherInterface;

final class SearchPerformed
{
    public function __construct(public readonly string $query, public readonly array $filters, public readonly int $hits, public readonly float $tookMs) {}
}

final class QuerySample
{
    public function __construct(public readonly string $query, public readonly array $filters, public readonly int $hits, public readonly float $tookMs) {}
}

final class QueryStatsListener
{
    /** @var list<QuerySample> */
    private array $samples = [];

    public function __invoke(SearchPerformed $event): void
    {
        $this->samples[] = new QuerySample($event->query, $event->filters, $event->hits, $event->tookMs); // leak
    }
}

final class SearchController
{
    public function __construct(private EventDispatcherInterface $dispatcher) {}

    public function search(string $query, array $filters): array
    {
        $started = hrtime(true);
        $hits = strlen($query) * 3 + count($filters);
        $this->dispatcher->dispatch(new SearchPerformed($query, $filters, $hits, (hrtime(true) - $started) / 1e6));
        return ['query' => $query, 'hits' => $hits];
    }
}
