<?php
namespace App\Services;

use App\Models\User;

final class FeedItem
{
    public function __construct(public readonly string $actor, public readonly string $text) {}
}

final class ActivityFeed
{
    private array $open = [];

    public function stream(User $user, string $cursor): \Generator
    {
        return $this->open[$cursor] = $this->entries($user, $cursor);
    }

    public function resume(string $cursor): ?\Generator
    {
        return $this->open[$cursor] ?? null;
    }

    private function entries(User $user, string $cursor): \Generator
    {
        try {
            for ($k = 0; $k < 6; $k++) {
                yield new FeedItem($user->name, "{$user->name} liked post #{$k}: " . substr($user->bio, 0, 40));
            }
        } finally {
            unset($this->open[$cursor]);
        }
    }
}
