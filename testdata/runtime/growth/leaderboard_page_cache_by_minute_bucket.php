<?php
// A long-lived leaderboard service caches a rendered page per time bucket; the
// bucket is floor() of the request's timestamp in minutes, so every new minute
// adds a page that is never dropped.

final class LeaderboardPages
{
    /** @var array<int, string> */
    private array $pages = [];

    public function pageFor(int $requestedAt): string
    {
        $minute = (int) floor($requestedAt / 60);
        if (!isset($this->pages[$minute])) {
            $this->pages[$minute] = sprintf('<h2>Minute %d</h2>', $minute) . str_repeat("<li>player at minute {$minute}</li>", 30); // leak
        }

        return $this->pages[$minute];
    }
}

function handleRequest(LeaderboardPages $pages, array $server): int
{
    $requestedAt = (int) ($server['REQUEST_TIME'] ?? 0);

    return strlen($pages->pageFor($requestedAt));
}

$pages = new LeaderboardPages();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server = ['REQUEST_TIME' => 1700000000 + $i * 75, 'REQUEST_URI' => "/leaderboard?p={$i}"];
    handleRequest($pages, $server);
}
