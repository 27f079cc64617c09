<?php

namespace App\Audit;

use SplStack;

final class AuditFrame
{
    public function __construct(
        public readonly string $operation,
        public readonly string $subjectId,
        public readonly string $actor,
        public readonly array $attributes,
        public readonly float $openedAt,
    ) {
    }
}

/**
 * Ambient audit context: whatever is written to the audit log while a frame
 * is open is attributed to that frame's actor and operation.
 */
final class AuditScope
{
    private static ?SplStack $frames = null;

    public static function enter(AuditFrame $frame): void
    {
        self::frames()->push($frame);
    }

    public static function leave(): void
    {
        if (!self::frames()->isEmpty()) {
            self::frames()->pop();
        }
    }

    public static function current(): ?AuditFrame
    {
        return self::frames()->isEmpty() ? null : self::frames()->top();
    }

    private static function frames(): SplStack
    {
        return self::$frames ??= new SplStack();
    }
}

/** Stand-in for the append-only audit store: keeps counters per event. */
final class AuditLog
{
    /** @var array<string, int> */
    private array $written = [];

    public function write(string $event, array $data = []): void
    {
        $frame = AuditScope::current();
        $record = [
            'event' => $event,
            'actor' => $frame?->actor ?? 'system',
            'operation' => $frame?->operation,
            'subject' => $frame?->subjectId,
            'data' => $data,
        ];
        $this->written[$record['event']] = ($this->written[$record['event']] ?? 0) + 1;
    }
}
