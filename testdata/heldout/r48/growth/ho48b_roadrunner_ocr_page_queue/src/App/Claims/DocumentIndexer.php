<?php

declare(strict_types=1);

namespace App\Claims;

use App\Ocr\RecognizedPage;

/** Pushes extracted text to the claims search index (here: a null sink). */
final class DocumentIndexer
{
    private int $indexed = 0;

    /** @var resource */
    private $sink;

    public function __construct(string $dsn = 'file:///dev/null')
    {
        $this->sink = fopen(substr($dsn, 7), 'wb');
    }

    /** @param list<RecognizedPage> $pages */
    public function index(string $claimNumber, string $kind, array $pages): int
    {
        $body = json_encode([
            'claim' => $claimNumber,
            'kind' => $kind,
            'text' => implode("\n", array_map(static fn (RecognizedPage $p): string => $p->text, $pages)),
        ]);
        fwrite($this->sink, $body . "\n");
        $this->indexed++;

        return count($pages);
    }
}
