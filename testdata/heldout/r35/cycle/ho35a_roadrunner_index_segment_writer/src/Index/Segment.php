<?php

namespace App\Index;

/**
 * An in-memory index segment: postings per term for the documents written
 * to it, flushed to disk when the writer commits.
 */
class Segment
{
    /** @var array<string, array<string, list<int>>> term => docId => positions */
    private array $postings = [];

    /** @var array<string, array<string, string>> docId => stored fields */
    private array $stored = [];

    public function __construct(
        private readonly IndexWriter $writer, // leak
        public readonly string $name,
    ) {
    }

    public function add(string $docId, array $fields): void
    {
        $position = 0;
        foreach ($fields as $field => $value) {
            foreach ($this->writer->analyzer()->tokens($value) as $token) {
                $this->postings["{$field}:{$token}"][$docId][] = $position++;
            }
        }
        $this->stored[$docId] = array_intersect_key($fields, array_flip($this->writer->storedFields()));
    }

    public function docCount(): int
    {
        return count($this->stored);
    }

    public function termCount(): int
    {
        return count($this->postings);
    }

    public function flushTo(string $dir): string
    {
        // The real writer serialises to $dir/<segment>.seg; here the size is enough.
        return sprintf('%s/%s.seg (%d terms, %d docs)', $dir, $this->name, $this->termCount(), $this->docCount());
    }
}
