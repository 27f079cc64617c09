<?php

namespace App\Search;

final class ResultPage
{
    /** @var list<Hit> */
    private array $hits = [];

    public function __construct(public readonly string $query, public readonly int $page) {}

    public function addHit(Hit $hit): void
    {
        $this->hits[] = $hit; // leak
    }

    public function toArray(): array
    {
        return ['query' => $this->query, 'page' => $this->page, 'hits' => array_map(static fn (Hit $h): array => $h->toArray(), $this->hits)];
    }
}

final class Hit
{
    public function __construct(
        private ResultPage $page, // leak
        public readonly string $id,
        public readonly float $score,
        public readonly string $snippet,
    ) {}

    public function toArray(): array
    {
        return ['id' => $this->id, 'score' => $this->score, 'snippet' => $this->snippet, 'query' => $this->page->query];
    }
}

final class SearchService
{
    public function __construct(private string $index) {}

    public function search(string $query, int $page): ResultPage
    {
        $result = new ResultPage($query, $page);
        foreach ([0.93, 0.71, 0.42] as $rank => $score) {
            $snippet = '…' . str_repeat(ucfirst($query) . ' appears in the product description. ', 4) . '…';
            $result->addHit(new Hit($result, sprintf('%s-%d-%d', $this->index, $page, $rank), $score, $snippet));
        }
        return $result;
    }
}
