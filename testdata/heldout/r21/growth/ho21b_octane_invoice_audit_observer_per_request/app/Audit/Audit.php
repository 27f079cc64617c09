<?php

declare(strict_types=1);

namespace App\Audit;

use App\Models\Model;

final class AuditContext
{
    /** @param array<string, string> $claims */
    public function __construct(
        public readonly string $actor,
        public readonly string $ip,
        public readonly string $userAgent,
        public readonly array $claims,
    ) {}
}

final class AuditSink
{
    /** @var list<string> */
    public array $entries = [];

    public function write(string $line): void
    {
        $this->entries[] = $line;
    }

    public function reset(): void
    {
        $this->entries = [];
    }
}

final class AuditTrailObserver
{
    public function __construct(private readonly AuditContext $context, private readonly AuditSink $sink) {}

    public function updated(Model $model): void
    {
        $this->sink->write(sprintf(
            '%s #%d changed by %s from %s: %s',
            $model::class,
            $model->getKey(),
            $this->context->actor,
            $this->context->ip,
            json_encode($model->getDirty()),
        ));
    }
}
