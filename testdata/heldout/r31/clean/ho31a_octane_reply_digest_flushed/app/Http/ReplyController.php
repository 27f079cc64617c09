<?php

namespace App\Http;

use App\Facades\Digest;
use App\Notifications\ReplyNotification;

final class ReplyController
{
    /** @param array<int, array{title:string, watchers:list<int>}> $threads */
    public function __construct(private array $threads)
    {
    }

    public function store(array $body): int
    {
        $threadId = (int) $body['thread_id'];
        $thread = $this->threads[$threadId] ?? null;
        if ($thread === null) {
            return 404;
        }

        $excerpt = $this->excerpt((string) $body['markdown']);
        foreach ($thread['watchers'] as $watcherId) {
            if ($watcherId === (int) $body['author_id']) {
                continue;
            }
            Digest::queue(new ReplyNotification(
                $watcherId,
                $threadId,
                $thread['title'],
                (int) $body['reply_id'],
                (string) $body['author_name'],
                $excerpt,
                (int) $body['posted_at'],
            ));
        }

        return 201;
    }

    private function excerpt(string $markdown): string
    {
        $plain = trim(preg_replace('/[*_`>#\[\]()]+/', '', $markdown));

        return strlen($plain) > 140 ? substr($plain, 0, 137) . '...' : $plain;
    }
}
