<?php

namespace Social\Graph;

final class SuggestionService
{
    /** Graphs bigger than this are unlinked eagerly; small ones are left to PHP. */
    private const EAGER_RELEASE_NODES = 50;

    public function __construct(
        private readonly FriendRepository $repo,
        private readonly int $firstDegreeLimit,
    ) {
    }

    /** @return list<array{id: string, mutual: int}> */
    public function suggest(string $userId, int $limit): array
    {
        $graph = $this->buildGraph($userId);
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
        if ($graph->size() > self::EAGER_RELEASE_NODES) {
            $graph->release();
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
