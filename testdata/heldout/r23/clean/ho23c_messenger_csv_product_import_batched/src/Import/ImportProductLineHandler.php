<?php

declare(strict_types=1);

namespace App\Import;

final class ImportProductLine
{
    public function __construct(
        public readonly string $feed,
        public readonly int $lineNo,
        public readonly string $line,
    ) {
    }
}

final class ImportProductLineHandler
{
    public function __construct(private readonly ProductImporter $importer)
    {
    }

    public function __invoke(ImportProductLine $message): void
    {
        if ($message->lineNo === 0) {
            return; // header row
        }

        $this->importer->importLine($message->line, $message->feed, new \DateTimeImmutable('@' . (1700000000 + $message->lineNo)));
    }
}
