<?php

declare(strict_types=1);

namespace App\Flags;

use App\Http\Request;
use App\Http\Response;
use App\Http\TerminableInterface;

final class EvaluationContext
{
    public function __construct(
        public readonly string $userKey,
        public readonly array $attributes,
    ) {
    }
}

final class EvaluationEvent
{
    public function __construct(
        public readonly string $flag,
        public readonly string $variation,
        public readonly EvaluationContext $context,
        public readonly float $evaluatedAt,
    ) {
    }
}

interface EventSink
{
    /** @param list<EvaluationEvent> $events */
    public function publish(array $events): void;
}

final class HttpEventSink implements EventSink
{
    public int $published = 0;

    public function publish(array $events): void
    {
        $this->published += count($events);
    }
}

/**
 * Evaluates flags locally from a ruleset and reports every evaluation to the
 * flag service's analytics endpoint in batches.
 */
final class ToggleClient implements TerminableInterface
{
    /** @var list<EvaluationEvent> */
    private array $pending = [];

    /** @param array<string, int> $rollout percentage per flag */
    public function __construct(
        private readonly array $rollout,
        private readonly EventSink $sink,
    ) {
        register_shutdown_function([$this, 'flush']);
    }

    public function isEnabled(string $flag, EvaluationContext $context): bool
    {
        $bucket = crc32($flag . ':' . $context->userKey) % 100;
        $enabled = $bucket < ($this->rollout[$flag] ?? 0);
        $this->pending[] = new EvaluationEvent($flag, $enabled ? 'on' : 'off', $context, microtime(true)); // leak

        return $enabled;
    }

    public function flush(): void
    {
        if ($this->pending !== []) {
            $this->sink->publish($this->pending);
            $this->pending = [];
        }
    }

    public function terminate(Request $request, Response $response): void
    {
        $this->flush();
    }
}
