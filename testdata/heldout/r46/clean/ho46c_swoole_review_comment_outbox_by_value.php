<?php

namespace Swoole\Http {

    final class Request
    {
        public array $header = [];

        public function __construct(private string $body, array $header)
        {
            $this->header = $header;
        }

        public function rawContent(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public function header(string $key, string $value): void
        {
        }

        public function end(string $content = ''): void
        {
        }
    }

    /**
     * Stand-in for Swoole\Http\Server: callbacks are registered once at
     * bootstrap and the same closures serve every request of the worker.
     */
    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[strtolower($event)] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['workerstart'] ?? static fn () => null)($this, 0);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $body = json_encode([
                    'segment' => "seg-$i",
                    'reviewer' => 'reviewer-' . ($i % 7),
                    'comments' => [
                        ['severity' => 'major', 'text' => str_repeat("Terminology mismatch with glossary entry in segment $i. ", 9)],
                        ['severity' => 'info', 'text' => 'Looks good.'],
                        ['severity' => 'minor', 'text' => str_repeat("Punctuation differs from the style guide for segment $i. ", 9)],
                    ],
                ]);
                ($this->callbacks['request'])(new Request($body, ['content-type' => 'application/json']), new Response());
            }
            ($this->callbacks['workerstop'] ?? static fn () => null)($this, 0);
        }
    }
}

namespace App {

    use Closure;

    final class ReviewComment
    {
        public function __construct(
            public readonly string $segmentId,
            public readonly string $reviewer,
            public readonly string $severity,
            public readonly string $text,
        ) {
        }
    }

    final class ReviewService
    {
        /** Routes every actionable comment of the payload to $sink; returns how many were accepted. */
        public function submit(array $payload, Closure $sink): int
        {
            $accepted = 0;
            foreach ($payload['comments'] as $row) {
                $comment = new ReviewComment($payload['segment'], $payload['reviewer'], $row['severity'], $row['text']);
                if ($comment->severity !== 'info') {
                    $sink($comment);
                }
                $accepted++;
            }
            return $accepted;
        }
    }

    final class TranslatorNotifier
    {
        /** @var array<string, int> */
        private array $sentBySeverity = [];

        /** @param list<ReviewComment> $outbox */
        public function notify(array $outbox): void
        {
            foreach ($outbox as $comment) {
                $this->sentBySeverity[$comment->severity] = ($this->sentBySeverity[$comment->severity] ?? 0) + 1;
            }
        }
    }

    /** Returns a callback that appends every comment it receives to $outbox. */
    function outbox_sink(array &$outbox): Closure
    {
        return static function (ReviewComment $comment) use (&$outbox): void {
            $outbox[] = $comment;
        };
    }
}

namespace {

    use App\ReviewService;
    use App\TranslatorNotifier;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;
    use function App\outbox_sink;

    $server = new Server('0.0.0.0', 9501);
    $service = new ReviewService();
    $notifier = new TranslatorNotifier();

    // Comments that translators must be told about, filled by the review service.
    $outbox = [];

    // Captured by value: every request starts from this empty outbox.
    $server->on('request', function (Request $request, Response $response) use ($service, $notifier, $outbox): void {
        $accepted = $service->submit(json_decode($request->rawContent(), true), outbox_sink($outbox));
        $notifier->notify($outbox);

        $response->header('Content-Type', 'application/json');
        $response->end(json_encode(['accepted' => $accepted, 'notified' => count($outbox)]));
    });

    $server->start();
}
