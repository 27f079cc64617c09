<?php

namespace App;

use Workerman\Timer;

final class FeedPoller
{
    /** @var array<string, string> */
    private array $etags = [];

    public function poll(string $url, int $status, string $body): int
    {
        $startedAt = microtime(true);
        $watchdog = Timer::add(5.0, function () use ($url, $startedAt): void { // leak
            error_log(sprintf('%s still downloading after %.1fs', $url, microtime(true) - $startedAt));
        });
        if ($status === 304) {
            return 0;
        }
        $this->etags[$url] = md5($body);
        $items = substr_count($body, '<item>');
        Timer::del($watchdog);

        return $items;
    }
}
