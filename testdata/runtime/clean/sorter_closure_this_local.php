<?php
// A ranking service sorts and maps search hits with closures that use $this, locally.

final class SearchRanker
{
    public function __construct(private array $boosts) {}

    private function score(array $hit): float
    {
        return $hit['relevance'] * ($this->boosts[$hit['type']] ?? 1.0);
    }

    public function rank(array $hits): array
    {
        usort($hits, function (array $a, array $b): int {
            return $this->score($b) <=> $this->score($a);
        });
        return array_map(fn (array $hit): string => $hit['id'] . ':' . round($this->score($hit), 2), $hits);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$ranker = new SearchRanker(['product' => 1.5, 'article' => 0.8]);
for ($i = 0; $i < $n; $i++) {
    $ranker->rank([
        ['id' => "p{$i}", 'type' => 'product', 'relevance' => 0.4, 'snippet' => str_repeat('s', 200)],
        ['id' => "a{$i}", 'type' => 'article', 'relevance' => 0.9, 'snippet' => str_repeat('t', 200)],
        ['id' => "c{$i}", 'type' => 'category', 'relevance' => 0.5, 'snippet' => str_repeat('u', 200)],
    ]);
}
