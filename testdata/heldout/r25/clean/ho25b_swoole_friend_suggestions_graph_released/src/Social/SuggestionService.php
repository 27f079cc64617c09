<?php

namespace Social\Graph;

final class SuggestionService
{
    public function __construct(
        private readonly FriendRepository $repo,
        private readonly int $firstDegreeLimit,
    ) {
    }

    /** @return list<array{id: string, mutual: int}> */
    public function suggest(string $userId, int $limit): array
    {
        $graph = $this->buildGraph($userId);
        try {
            return $this->rank($graph, $userId, $limit);
        } finally {
            $graph->release();
        }
    }

    /** @return list<array{id: string, mutual: int}> */
    private function rank(EgoGraph $graph, string $userId, int $limit): array
    {
        $scores = [];
        foreach ($graph->ego->friends() as $friend) {
            foreach ($friend->friendIds as $candidate) {
                if ($candidate === $userId || isset($graph->ego->friends()[$candidate])) {
                    continue;
                }
                $scores[$candidate] = ($scores[$candidate] ?? 0) + 1;
            }
        }
        arsort($scores);
        $out = [];
        foreach (array_slice($scores, 0, $limit, true) as $id => $mutual) {
            $out[] = ['id' => (string) $id, 'mutual' => $mutual];
        }
        return $out;
    }

    private function buildGraph(string $userId): EgoGraph
    {
        $ego = $this->repo->load($userId);
        $graph = new EgoGraph($ego);
        foreach (array_slice($ego->friendIds, 0, $this->firstDegreeLimit) as $friendId) {
            $graph->add($this->repo->load($friendId));
        }
        return $graph;
    }
}
