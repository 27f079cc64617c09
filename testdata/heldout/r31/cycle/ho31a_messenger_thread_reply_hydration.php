<?php

// Symfony Messenger consumer (messenger:consume async) that rebuilds a
// thread's summary card whenever a reply is posted.

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(private object $message, private array $stamps = [])
        {
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    interface TransportInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;
    }

    /** Stand-in for Symfony\Component\Messenger\Worker: one envelope per tick. */
    final class Worker
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private TransportInterface $transport, private array $handlers)
        {
        }

        public function run(int $limit): void
        {
            $handled = 0;
            while ($handled < $limit) {
                foreach ($this->transport->get() as $envelope) {
                    $message = $envelope->getMessage();
                    ($this->handlers[$message::class])($message);
                    $this->transport->ack($envelope);
                    $handled++;
                }
            }
        }
    }
}

namespace App\Forum\Entity {
    final class Thread
    {
        /** @var list<Reply> */
        private array $replies = [];

        public function __construct(
            public readonly int $id,
            public readonly string $title,
            public readonly string $boardSlug,
            public readonly bool $locked,
        ) {
        }

        public function addReply(Reply $reply): void
        {
            $this->replies[] = $reply; // leak
            $reply->setThread($this);
        }

        /** @return list<Reply> */
        public function getReplies(): array
        {
            return $this->replies;
        }
    }

    final class Reply
    {
        private ?Thread $thread = null;

        public function __construct(
            public readonly int $id,
            public readonly int $authorId,
            public readonly string $body,
            public readonly int $createdAt,
        ) {
        }

        public function setThread(Thread $thread): void
        {
            $this->thread = $thread; // leak
        }

        public function getThread(): ?Thread
        {
            return $this->thread;
        }

        public function permalink(): string
        {
            $thread = $this->getThread();

            return sprintf('/%s/t/%d#reply-%d', $thread?->boardSlug ?? 'general', $thread?->id ?? 0, $this->id);
        }
    }
}

namespace App\Forum\Repository {
    use App\Forum\Entity\Reply;
    use App\Forum\Entity\Thread;

    /** Reads rows through a DBAL-like connection; hydrates fresh objects each call. */
    final class ThreadRepository
    {
        public function __construct(private \Closure $fetchRows)
        {
        }

        public function findWithLatestReplies(int $threadId, int $limit): Thread
        {
            $rows = ($this->fetchRows)($threadId, $limit);
            $thread = new Thread($threadId, $rows['thread']['title'], $rows['thread']['board'], $rows['thread']['locked']);
            foreach ($rows['replies'] as $row) {
                $thread->addReply($this->hydrateReply($row));
            }

            return $thread;
        }

        private function hydrateReply(array $row): Reply
        {
            return new Reply((int) $row['id'], (int) $row['author_id'], $row['body'], (int) $row['created_at']);
        }
    }
}

namespace App\Forum\Message {
    final class ReplyPosted
    {
        public function __construct(public readonly int $threadId, public readonly int $replyId, public readonly int $postedAt)
        {
        }
    }
}

namespace App\Forum\MessageHandler {
    use App\Forum\Message\ReplyPosted;
    use App\Forum\Repository\ThreadRepository;

    final class RefreshThreadCardHandler
    {
        private int $published = 0;

        public function __construct(private ThreadRepository $threads, private \Closure $publish)
        {
        }

        public function __invoke(ReplyPosted $message): void
        {
            $thread = $this->threads->findWithLatestReplies($message->threadId, 2);
            $latest = $thread->getReplies()[0] ?? null;
            $card = [
                'thread' => $thread->id,
                'title' => $thread->title,
                'locked' => $thread->locked,
                'latest' => $latest ? substr($latest->body, 0, 120) : null,
                'url' => $latest?->permalink(),
            ];
            ($this->publish)('thread-card/' . $thread->id, json_encode($card));
            $this->published++;
        }
    }
}

namespace {
    use App\Forum\Message\ReplyPosted;
    use App\Forum\MessageHandler\RefreshThreadCardHandler;
    use App\Forum\Repository\ThreadRepository;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\TransportInterface;
    use Symfony\Component\Messenger\Worker;

    final class InMemoryTransport implements TransportInterface
    {
        private int $next = 0;
        public int $acked = 0;

        public function get(): iterable
        {
            $i = $this->next++;

            return [new Envelope(new ReplyPosted(7000 + ($i % 250), 300000 + $i, 1700000000 + $i * 11))];
        }

        public function ack(Envelope $envelope): void
        {
            $this->acked++;
        }
    }

    $fetchRows = static function (int $threadId, int $limit): array {
        $replies = [];
        for ($r = 0; $r < $limit; $r++) {
            $replies[] = [
                'id' => $threadId * 100 + $r,
                'author_id' => ($threadId + $r * 31) % 900,
                'body' => str_repeat("Re thread {$threadId}: I tried the firmware from the pinned post and the fan curve is fine now. ", 3),
                'created_at' => 1700000000 + $threadId + $r,
            ];
        }

        return ['thread' => ['title' => "Fan noise after update ({$threadId})", 'board' => 'hardware', 'locked' => false], 'replies' => $replies];
    };

    $bytesPublished = 0;
    $handler = new RefreshThreadCardHandler(
        new ThreadRepository($fetchRows),
        static function (string $topic, string $payload) use (&$bytesPublished): void {
            $bytesPublished += strlen($topic) + strlen($payload);
        },
    );

    $worker = new Worker(new InMemoryTransport(), [ReplyPosted::class => $handler]);
    $worker->run((int) (getenv('PHPLEAK_N') ?: 100));
}
