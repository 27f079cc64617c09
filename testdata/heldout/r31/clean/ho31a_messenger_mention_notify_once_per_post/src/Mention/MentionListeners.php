<?php

namespace Community\Mention;

final class MentionListeners
{
    /** @param list<string> $mutedPairs "thread:handle" pairs loaded at boot from mention_mutes */
    public function __construct(private PushGateway $push, private array $mutedPairs)
    {
    }

    public static function dedupeKey(int $threadId, string $handle): string
    {
        return "t{$threadId}:{$handle}";
    }

    /** A member mentioned several times in one post is pushed once; muted pairs never. */
    public function notifyOnce(): \Closure
    {
        $notified = array_fill_keys($this->mutedPairs, 'muted');

        return function (MentionsDetected $event) use ($notified): void {
            foreach ($event->mentions as $mention) {
                $key = self::dedupeKey($event->threadId, $mention->handle);
                if (isset($notified[$key])) {
                    continue;
                }
                $this->push->notify($mention->handle, 'You were mentioned', $mention->context);
                $notified[$key] = "post {$event->postId}: {$mention->context}";
            }
        };
    }

    public function skipSelfMentions(): \Closure
    {
        return static function (MentionsDetected $event): void {
            if ($event->mentions === []) {
                $event->stopPropagation();
            }
        };
    }
}
