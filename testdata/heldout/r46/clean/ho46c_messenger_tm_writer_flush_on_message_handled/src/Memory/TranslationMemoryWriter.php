<?php

namespace App\Memory;

use Doctrine\DBAL\Connection;

/**
 * Buffers new translation units and writes them in one multi-row INSERT
 * when flush() is called (wired to a lifecycle event, see TmFlushSubscriber).
 */
final class TranslationMemoryWriter
{
    /** @var list<TmUnit> */
    private array $pending = [];

    public function __construct(private Connection $db)
    {
    }

    public function queue(TmUnit $unit): void
    {
        $this->pending[] = $unit;
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $params = [];
        foreach ($this->pending as $unit) {
            array_push($params, $unit->hash, $unit->job->message->targetLocale, $unit->source, $unit->target);
        }
        $this->db->executeStatement('INSERT INTO tm_unit (hash, locale, source, target) VALUES ...', $params);
        $this->pending = [];
    }
}
