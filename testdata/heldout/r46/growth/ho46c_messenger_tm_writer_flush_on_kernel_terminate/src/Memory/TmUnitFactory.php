<?php

namespace App\Memory;

final class TmUnitFactory
{
    public function create(TranslationJob $job, string $source, string $target): TmUnit
    {
        $unit = new TmUnit($job, $source, $target, hash('xxh64', $job->message->sourceLocale . $source));
        $job->recordUnit($unit->hash);
        return $unit;
    }
}
