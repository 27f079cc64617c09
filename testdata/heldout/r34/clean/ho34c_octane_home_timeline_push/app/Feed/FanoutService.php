<?php

namespace App\Feed;

use App\Models\Post;

final class FanoutService
{
    public function __construct(
        private FollowerGraph $graph,
        private int $excerptLength,
    ) {
    }

    public function publish(Post $post): int
    {
        $entry = $this->entryFor($post);
        $delivered = 0;
        foreach ($this->graph->followersOf($post->authorId) as $followerId) {
            Timeline::prepend($followerId, $entry + ['seen' => false, 'for' => $followerId]);
            $delivered++;
        }
        // the author sees their own post too
        Timeline::prepend($post->authorId, $entry + ['seen' => true, 'for' => $post->authorId]);
        return $delivered;
    }

    private function entryFor(Post $post): array
    {
        return [
            'post_id' => $post->id,
            'author_id' => $post->authorId,
            'excerpt' => substr($post->body, 0, $this->excerptLength),
            'visibility' => $post->visibility,
            'at' => date(DATE_ATOM, $post->createdAt),
        ];
    }
}
