<?php
// A long-lived leaderboard service caches a rendered page per rating band; the
// band is intdiv() of the player's rating clamped to 0..3000, so at most 13
// bands ever exist however many requests arrive.

final class LeaderboardPages
{
    /** @var array<int, string> */
    private array $pages = [];

    public function pageFor(int $rating): string
    {
        $band = intdiv(max(0, min(3000, $rating)), 250);
        if (!isset($this->pages[$band])) {
            $this->pages[$band] = sprintf('<h2>Band %d</h2>', $band) . str_repeat("<li>player in band {$band}</li>", 30);
        }

        return $this->pages[$band];
    }
}

function handleRequest(LeaderboardPages $pages, array $query): int
{
    $rating = (int) ($query['rating'] ?? 0);

    return strlen($pages->pageFor($rating));
}

$pages = new LeaderboardPages();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $query = ['rating' => (string) (($i * 7919) % 4500 - 400), 'player' => "p{$i}"];
    handleRequest($pages, $query);
}
