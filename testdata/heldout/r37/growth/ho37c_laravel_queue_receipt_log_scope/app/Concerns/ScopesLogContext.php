<?php

namespace App\Concerns;

use Illuminate\Support\Facades\Log;

trait ScopesLogContext
{
    protected function enterLogScope(array $context): void
    {
        Log::pushProcessor(static function (array $record) use ($context): array { // leak
            $record['extra'] = $context + $record['extra'];

            return $record;
        });
    }

    protected function leaveLogScope(): void
    {
        Log::popProcessor();
    }
}
