<?php

namespace App\MessageHandler;

use App\Memory\TmUnitFactory;
use App\Memory\TranslationJob;
use App\Memory\TranslationMemoryWriter;
use App\Message\TranslateDocument;

final class TranslateDocumentHandler
{
    public function __construct(
        private TmUnitFactory $units,
        private TranslationMemoryWriter $writer,
    ) {
    }

    public function __invoke(TranslateDocument $message): void
    {
        $job = new TranslationJob($message);
        foreach ($message->segments as $segment) {
            $target = $this->machineTranslate($segment, $message->targetLocale);
            $this->writer->queue($this->units->create($job, $segment, $target));
        }
    }

    private function machineTranslate(string $segment, string $locale): string
    {
        return '[' . $locale . '] ' . strrev($segment);
    }
}
